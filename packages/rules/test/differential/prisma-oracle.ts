/**
 * Prisma's own answer for a schema, from the engine build the repository already uses
 * (`@prisma/prisma-schema-wasm`): does it accept the schema, and if so, its DMMF reduced to what the linter's
 * graph also holds (see `normalized.ts`).
 *
 * Errors about configuration that Prisma 7 moved to `prisma.config.ts` (a datasource `url` or `directUrl`, preview
 * feature names) say nothing about the schema language, so they do not count as a rejection; the DMMF is then
 * read from the text with those lines blanked.
 */
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const wasm = require('@prisma/prisma-schema-wasm') as {
  validate(params: string): void;
  get_dmmf(params: string): string;
};

export interface DmmfField {
  name: string;
  kind: 'scalar' | 'object' | 'enum' | 'unsupported';
  type: string;
  isList: boolean;
  isRequired: boolean;
  dbName?: string | null;
  documentation?: string;
  relationName?: string;
  relationFromFields?: string[];
  relationToFields?: string[];
  relationOnDelete?: string;
  relationOnUpdate?: string;
}

export interface DmmfModel {
  name: string;
  dbName: string | null;
  documentation?: string;
  fields: DmmfField[];
}

export interface DmmfIndex {
  model: string;
  type: 'id' | 'unique' | 'normal' | 'fulltext';
  isDefinedOnField: boolean;
  fields: { name: string }[];
}

export interface Dmmf {
  models: DmmfModel[];
  enums: {
    name: string;
    dbName: string | null;
    documentation?: string;
    values: { name: string; dbName: string | null; documentation?: string }[];
  }[];
  types: DmmfModel[];
  indexes: DmmfIndex[];
}

export interface PrismaVerdict {
  accepted: boolean;
  /** The first line of each error Prisma reported (configuration errors left out). */
  errors: string[];
  /**
   * True when Prisma rejected the schema and at least one error is about the language (grammar, names, types,
   * fields a list names); false when every error is one of Prisma's semantic checks (see SEMANTIC_CHECKS).
   */
  languageError: boolean;
  dmmf?: Dmmf;
}

/**
 * Errors about names the schema does not declare, or declares twice. The linter checks these itself: its graph
 * would be wrong without them.
 */
const NAME_RESOLUTION = [
  /unknown fields?/i,
  /must refer only to existing fields/,
  /is neither a built-in type/,
  /is already defined/,
  /cannot be defined because a/,
];

/** Errors of the grammar itself, whatever their wording starts with. */
const GRAMMAR = [
  /This line is (invalid|not a valid)/,
  /This block is invalid/,
  /This field declaration is invalid/,
  /is not allowed in \S+( \S+)? names/,
  /must not start with a number/,
  /Invalid type definition/,
];

/**
 * Prisma's semantic checks: what attribute arguments, defaults, native types and referential actions mean, whether
 * relations and ids are complete, constraint names, and what a database provider supports. The linter makes them
 * too (`src/validate.ts`) and must reject such a schema like any other; they are told apart only to count them.
 */
const SEMANTIC_CHECKS = [
  /^Error parsing attribute "[^"]*": /,
  /^Attribute not known/,
  /^Property not known/,
  /^Invalid model: /,
  /^Argument "[^"]*" is missing\.$/,
  /^Unexpected token\. Expected one of: /,
  /^Error validating: The relation field /,
  /^Attribute "[^"]*" can only be defined once/,
  /^No such argument/,
  /^Unknown function in @default/,
  /^Expected an? .* value, but received/,
  /^Argument "[^"]*" is already specified/,
  /can't be a list\. The current connector does not support/,
  /is not supported by the provider/,
  /is not supported for \S+ connector/,
  /^Datasource provider not known/,
  /^Argument "[^"]*" is missing in (data source|generator) block/,
  /^Property \S+ in \S+ \S+ needs to be assigned a value/,
  /^Error validating (model|field|datasource|enum|composite type|view) /,
  /^Error validating: /,
  /^The prefix \S+ is invalid/,
  /^Native type .* is not supported/,
  /is a reserved scalar type name/,
];

function isLanguageError(message: string): boolean {
  if (NAME_RESOLUTION.some((pattern) => pattern.test(message)) || GRAMMAR.some((pattern) => pattern.test(message))) return true;
  return !SEMANTIC_CHECKS.some((pattern) => pattern.test(message));
}

/**
 * Messages about settings that moved out of the schema in Prisma 7 (configuration, not grammar), each with the
 * setting it is about.
 */
const CONFIGURATION_ERRORS: { message: RegExp; setting: RegExp }[] = [
  {
    message: /The datasource property `(url|directUrl|shadowDatabaseUrl)` is no longer supported/,
    setting: /^\s*(url|directUrl|shadowDatabaseUrl)\s*=/,
  },
  { message: /The preview feature "[^"]*" is not known/, setting: /^\s*previewFeatures\s*=/ },
];

interface ReportedError {
  message: string;
  file?: string;
  line?: number;
}

/** Splits Prisma's error text into its errors, each with the `file:line` it points at. */
function reportedErrors(text: string): ReportedError[] {
  const errors: ReportedError[] = [];
  for (const line of text.split('\n')) {
    if (line.startsWith('error: ')) errors.push({ message: line.slice('error: '.length) });
    const at = /^\s*-->\s+(.*):(\d+)$/.exec(line);
    if (at && errors.length > 0 && errors[errors.length - 1].line === undefined) {
      errors[errors.length - 1].file = at[1];
      errors[errors.length - 1].line = Number(at[2]);
    }
  }
  return errors;
}

/** Prisma's error text, without the colour codes `get_dmmf` adds (it has no `noColor` option). */
function rejection(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  let message: string;
  try {
    message = (JSON.parse(text) as { message: string }).message;
  } catch {
    message = text;
  }
  // eslint-disable-next-line no-control-regex
  return message.replace(/\x1b\[[0-9;]*m/g, '');
}

export function askPrisma(files: [string, string][]): PrismaVerdict {
  let errors: ReportedError[] = [];
  try {
    wasm.validate(JSON.stringify({ prismaSchema: files, noColor: true }));
  } catch (error) {
    errors = reportedErrors(rejection(error));
    if (errors.length === 0) errors = [{ message: rejection(error).split('\n')[0] }];
  }
  const schemaErrors = errors.filter((e) => !CONFIGURATION_ERRORS.some((c) => c.message.test(e.message)));
  if (schemaErrors.length > 0) {
    return {
      accepted: false,
      errors: schemaErrors.map((e) => e.message),
      languageError: schemaErrors.some((e) => isLanguageError(e.message)),
    };
  }
  let input = files;
  if (errors.length > 0) {
    // Only configuration errors: blank the settings they are about and read the DMMF of the rest. By content, not
    // by the line Prisma names: its line numbers count only \n, and a file may end its lines with a lone \r.
    const settings = CONFIGURATION_ERRORS.filter((c) => errors.some((e) => c.message.test(e.message))).map((c) => c.setting);
    input = files.map(([name, text]) => {
      const pieces = text.split(/(\r\n|\r|\n)/);
      return [name, pieces.map((piece, i) => (i % 2 === 0 && settings.some((setting) => setting.test(piece)) ? '' : piece)).join('')];
    });
  }
  try {
    const dmmf = (JSON.parse(wasm.get_dmmf(JSON.stringify({ prismaSchema: input }))) as { datamodel: Dmmf }).datamodel;
    return { accepted: true, errors: [], languageError: false, dmmf };
  } catch (error) {
    // Without the blanked lines the schema is invalid after all (a view without the `views` preview feature).
    const found = reportedErrors(rejection(error)).map((e) => e.message);
    const messages = found.length > 0 ? found : [rejection(error).split('\n')[0]];
    return { accepted: false, errors: messages, languageError: messages.some(isLanguageError) };
  }
}
