// Zero-downtime adoption of the migrations (prisma/ONLINE.md): the phase convention of the folders,
// the batched backfill between expand and contract, the release at the pause point, recovery after
// a killed or failed `prisma migrate deploy`, and one-call phase application for harnesses and tests.
export { runBackfill, planBackfills } from './backfill.js';
export type { BackfillOptions, BackfillProgress, BackfillResult } from './backfill.js';
export type { BackfillDefinition, BackfillStep } from './definition.js';
export { OnlineRefusedError } from './errors.js';
export { ONLINE_PHASES_FOLDER, splitAtPause, phasedFindings, loadBackfillDefinition, checkPhaseConvention } from './phases.js';
export type { PhasedFinding } from './phases.js';
export { releaseContracts, GUARD_REFUSAL_MARK } from './release.js';
export type { ReleaseResult } from './release.js';
export { recoverFailedMigrations } from './recover.js';
export type { RecoveryAction, RecoverOptions } from './recover.js';
export { phaseStatus } from './status.js';
export type { PhaseStatus, PhaseStage } from './status.js';
export { applyExpandPhase, applyContractPhase, applyPhasedChain } from './apply-phases.js';
export type { PhaseApplyOptions, PhasedChainResult } from './apply-phases.js';
export { BACKFILL_LOCK_SQL } from './session.js';
export { createProgressPrinter, formatDuration } from './progress-output.js';
