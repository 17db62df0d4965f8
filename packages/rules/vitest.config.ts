import { defineLeadmetricsConfig } from '../../vitest.shared.ts';

export default defineLeadmetricsConfig();
