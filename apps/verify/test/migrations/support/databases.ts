// The seeded legacy database the whole-chain tests start from (built once per file as a template; each test
// works on its own copy).
export { templateDatabase, type TemplateDatabase } from '@leadmetrics/db/testing';
export { buildLegacyDatabase, SEED, type LegacyData } from '../../../src/legacy-database.js';
