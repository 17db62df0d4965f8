/**
 * The shape every rule is written in, after typescript-eslint's: message templates with ids (`meta.messages`, data
 * filled into `{{placeholders}}`), options declared with a strict parser each (typed in the rule, checked when the
 * config is loaded), and visitors called per model and per field, so a rule does not loop over the schema itself.
 */
import type { GraphField, GraphModel, Position, Rule, RuleContext, RuleMeta, SchemaGraph } from '../types.js';
import { modelBlocks } from './support/structure.js';

/** One option: its doc entry, and the strict parser that turns a configured value into what the rule uses. */
export interface OptionSpec<T> {
  description: string;
  default: unknown;
  parse(value: unknown): T;
}

type OptionValues<S> = { [K in keyof S]: S[K] extends OptionSpec<infer T> ? T : never };

function expectStrings(value: unknown): string[] {
  if (!Array.isArray(value)) throw new Error(`expected a list of strings, got ${describe(value)}`);
  value.forEach((item, i) => {
    if (typeof item !== 'string') throw new Error(`item ${i}: expected a string, got ${describe(item)}`);
  });
  return value as string[];
}

function describe(value: unknown): string {
  return value === null ? 'null' : Array.isArray(value) ? 'a list' : typeof value;
}

/** Builders for the option kinds rules take. */
export const option = {
  boolean(description: string, fallback: boolean): OptionSpec<boolean> {
    return {
      description,
      default: fallback,
      parse(value) {
        if (typeof value !== 'boolean') throw new Error(`expected true or false, got ${describe(value)}`);
        return value;
      },
    };
  },
  /** A whole number of at least `min`. */
  integer(description: string, fallback: number, min: number): OptionSpec<number> {
    return {
      description,
      default: fallback,
      parse(value) {
        if (typeof value !== 'number' || !Number.isInteger(value) || value < min) {
          throw new Error(`expected a whole number of at least ${min}, got ${typeof value === 'number' ? value : describe(value)}`);
        }
        return value;
      },
    };
  },
  /** A list of strings, used as given. */
  strings(description: string, fallback: readonly string[]): OptionSpec<string[]> {
    return { description, default: [...fallback], parse: expectStrings };
  },
  /** A list of phrases matched case-insensitively: returned lower-cased. */
  phrases(description: string, fallback: readonly string[]): OptionSpec<string[]> {
    return { description, default: [...fallback], parse: (value) => expectStrings(value).map((p) => p.toLowerCase()) };
  },
  /** A list of regular expressions written as strings; each must compile. */
  patterns(description: string, fallback: readonly string[]): OptionSpec<RegExp[]> {
    return {
      description,
      default: [...fallback],
      parse(value) {
        return expectStrings(value).map((source, i) => {
          try {
            return new RegExp(source);
          } catch (error) {
            throw new Error(`item ${i}: ${JSON.stringify(source)} is not a valid regular expression (${(error as Error).message})`, {
              cause: error,
            });
          }
        });
      },
    };
  },
};

export interface TypedReport<M extends string> {
  model?: GraphModel;
  field?: GraphField;
  /** Where to point; defaults to the field's, else the model's position. */
  pos?: Position;
  messageId: M;
  /** Values for the template's `{{placeholders}}`. */
  data?: Record<string, string | number>;
  /** Help naming what this report knows (its columns, the tenant key), instead of the rule's generic help. */
  help?: string;
}

export interface TypedContext<S, M extends string> {
  graph: SchemaGraph;
  options: OptionValues<S>;
  report(input: TypedReport<M>): void;
}

export interface RuleDefinition<S extends Record<string, OptionSpec<unknown>>, M extends string> {
  meta: Omit<RuleMeta, 'options' | 'messages'> & { messages: Record<M, string> };
  options?: S;
  /** Runs once per run, before the visitors (build what they share). */
  check?(context: TypedContext<S, M>): void;
  /** Called for every model the rules lint (not views, not `@@ignore`d models), in declaration order. */
  model?(model: GraphModel, context: TypedContext<S, M>): void;
  /** Called for every field of those models. */
  field?(field: GraphField, context: TypedContext<S, M>): void;
}

/** Fills `{{name}}` placeholders; a placeholder without data is a bug in the rule, so it throws. */
export function formatMessage(template: string, data: Record<string, string | number> = {}, id = ''): string {
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (_, name: string) => {
    if (!(name in data)) throw new Error(`message "${id}" needs data "${name}"`);
    return String(data[name]);
  });
}

export function defineRule<S extends Record<string, OptionSpec<unknown>>, M extends string>(definition: RuleDefinition<S, M>): Rule {
  const specs = (definition.options ?? {}) as S;
  const meta: RuleMeta = {
    ...definition.meta,
    messages: definition.meta.messages,
    options: Object.keys(specs).length > 0 ? (specs as RuleMeta['options']) : undefined,
  };
  return {
    meta,
    check(context: RuleContext) {
      const options = {} as Record<string, unknown>;
      for (const [name, spec] of Object.entries(specs)) options[name] = spec.parse(context.options[name] ?? spec.default);
      const typed: TypedContext<S, M> = {
        graph: context.graph,
        options: options as OptionValues<S>,
        report({ messageId, data, ...where }) {
          const template = definition.meta.messages[messageId];
          if (template === undefined) throw new Error(`unknown message id "${messageId}"`);
          context.report({ ...where, messageId, message: formatMessage(template, data, messageId) });
        },
      };
      definition.check?.(typed);
      if (!definition.model && !definition.field) return;
      for (const model of modelBlocks(context.graph)) {
        definition.model?.(model, typed);
        if (definition.field) for (const field of model.fields) definition.field(field, typed);
      }
    },
  };
}
