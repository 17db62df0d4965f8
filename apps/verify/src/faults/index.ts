// Fault injection on the phased chain (kill -9 of the running step, immediate server restarts).
export { runFaultSchedule } from './run-faults.js';
export type { FaultRunOptions, FaultOutcome, FaultReport } from './run-faults.js';
export { faultSchedule, seededRandom } from './schedule.js';
export type { Fault, FaultKind } from './schedule.js';
export { startRestartableServer } from './server.js';
export { adopt, AdoptionRunner, StepFailedError } from './adoption.js';
