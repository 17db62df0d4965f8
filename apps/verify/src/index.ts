// @leadmetrics/verify: the end-to-end proof as a library (the CLI is src/cli.ts).
export { runVerify, STEPS, VerifyUsageError, defaultReportDir, type VerifyOptions, type VerifyRun } from './run-verify.js';
export { renderMarkdown } from './report/markdown.js';
export { writeReports } from './report/write.js';
export { ALL_GOOD } from './findings-table.js';
export type { VerifyResult, StepResult, FindingRow, Problem, StepId, StepStatus } from './types.js';
export type { RunnerEvent } from './runner.js';
