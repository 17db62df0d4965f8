import type { SchemaParseError } from '../types.js';
import type { Report, Rule } from '../types.js';

/** What a formatter needs: every report of the run, the parse errors, and the rules (for SARIF's rule table). */
export interface FormatInput {
  reports: Report[];
  errors: SchemaParseError[];
  suppressedCount: number;
  rules: Rule[];
  /** The tool's version, for SARIF. */
  version: string;
  /** Turns a report's file into the path to show (relative to the working directory). */
  displayPath(file: string): string;
  color: boolean;
}

export type Formatter = (input: FormatInput) => string;
