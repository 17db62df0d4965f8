import type { GraphField, GraphModel } from '../types.js';
import { defineRule, option } from './_define.js';
import { nameParts } from './support/names.js';
import { attributeArg, expiryField, hasAttribute, owningRelations } from './support/structure.js';

const CREATED_FIELDS = ['createdAt', 'created_at', 'insertedAt'];

/**
 * A DateTime the database fills with the insert time (`@default(now())`, not `@updatedAt`) records when the row was
 * created, whatever it is called (`createdDate`, `submittedAt`, `assignedAt`).
 */
function stampedOnInsert(field: GraphField): boolean {
  if (field.type !== 'DateTime' || field.list || attributeArg(field, 'default') !== 'now()') return false;
  // `lastModifiedAt @default(now())` starts at the insert time but is moved by every change.
  return !hasAttribute(field, 'updatedAt') && !nameParts(field.name).some((w) => LATER_CHANGE_WORDS.has(w));
}
/** `created`, `createdOn`, `createdDate`, `insertedOn`: named for the creation, whatever the suffix. */
function namedForCreation(field: GraphField): boolean {
  if (field.type !== 'DateTime' || field.list) return false;
  const first = nameParts(field.name)[0];
  return first === 'created' || first === 'inserted';
}

const LATER_CHANGE_WORDS: ReadonlySet<string> = new Set(['updated', 'modified', 'changed', 'edited', 'last', 'latest', 'seen']);

/**
 * A pure link table: nothing but the keys of two or more relations it owns (and possibly a surrogate id). Its rows
 * carry no data of their own, like the tables Prisma creates for implicit many-to-many relations.
 */
function isPureLink(model: GraphModel): boolean {
  const owning = owningRelations(model);
  if (owning.length < 2) return false;
  return model.fields.every((f) => {
    if (f.isRelation) return owning.some((r) => r.field === f);
    return owning.some((r) => r.fields.includes(f.name)) || hasAttribute(f, 'id');
  });
}

/** The model's primary key columns: a field-level `@id`, or the columns of `@@id`. */
function primaryKey(model: GraphModel): readonly string[] {
  return model.indexes.find((i) => i.kind === 'id')?.fields ?? [];
}

/**
 * One row per parent row (settings, statistics, overrides of a parent): the primary key is a single column that is
 * the key of a relation, or named as another row's id (`userId @id`). The parent row records when it appeared.
 */
function extendsParentRow(model: GraphModel): boolean {
  const key = primaryKey(model);
  if (key.length !== 1) return false;
  if (owningRelations(model).some((r) => r.fields.length === 1 && r.fields[0] === key[0])) return true;
  const words = nameParts(key[0]);
  return words.length > 1 && words[words.length - 1] === 'id';
}

/**
 * A store of named entries (configuration properties, job state): keyed by a natural value (`key`, `name`) with no
 * generated default and linked to nothing; rows are written under fixed keys, not created as events.
 */
function isKeyedStore(model: GraphModel): boolean {
  const key = primaryKey(model);
  if (key.length !== 1 || key[0] === 'id' || model.relations.length > 0) return false;
  const field = model.fieldByName.get(key[0]);
  return field !== undefined && attributeArg(field, 'default') === undefined;
}

/**
 * One value of its parent's list (the niches of an agency): the composite primary key is the parent's key plus the
 * value, and the row holds nothing else. Like a pure link row, it carries no data of its own.
 */
function isValueOfParentList(model: GraphModel): boolean {
  const key = primaryKey(model);
  const owning = owningRelations(model);
  if (key.length < 2 || owning.length === 0) return false;
  const isRelationKey = (name: string) => owning.some((r) => r.fields.includes(name));
  if (!key.some(isRelationKey) || key.every(isRelationKey)) return false;
  return model.fields.every((f) => f.isRelation || key.includes(f.name) || isRelationKey(f.name));
}

/** A required DateTime that says when the row's event happened (`timestamp`, `date`, `occurredAt`, `loggedAt`). */
function hasOwnTime(model: GraphModel): boolean {
  return model.fields.some((f) => {
    if (f.type !== 'DateTime' || f.optional || f.list) return false;
    const words = nameParts(f.name);
    if (words.length === 1) return words[0] === 'timestamp' || words[0] === 'date';
    return words[words.length - 1] === 'at' && EVENT_TIME_WORDS.has(words[words.length - 2]);
  });
}
const EVENT_TIME_WORDS: ReadonlySet<string> = new Set(['occurred', 'recorded', 'logged', 'happened']);

export default defineRule({
  meta: {
    id: 'require-created-at',
    defaultSeverity: 'warning',
    description: 'Require every model to record when each row was created in a DateTime field such as `createdAt`.',
    rationale:
      'Without a creation timestamp nobody can audit when a row appeared, find rows created by a faulty release, or order rows by age; it cannot be recovered later for rows that already exist.',
    help: 'Add `createdAt DateTime @default(now())`.',
    messages: {
      missingCreatedAt:
        '"{{model}}" has no field that looks like a creation timestamp ({{names}}, or a DateTime defaulting to now()): nobody can tell when its rows appeared, and the information cannot be recovered later.',
    },
    examples: {
      incorrect: `model Wallet {
  id        String   @id @default(cuid())
  balance   Int      @default(0)
  updatedAt DateTime @updatedAt
}`,
      correct: `model Wallet {
  id        String   @id @default(cuid())
  balance   Int      @default(0)
  createdAt DateTime @default(now())
  updatedAt DateTime @updatedAt
}`,
    },
    whenNotToUse:
      "Pure link tables (only the keys of the relations they join), models Prisma ignores (`@@ignore`) and short-lived rows with a required expiry (`expires`, `expiresAt`: sessions, one-time tokens), rows that extend a parent row (their primary key is the parent's key), named entries of a store (a natural primary key such as `key` or `name`, no relations), values of a parent's list (a composite key of the parent's key and the value, nothing else) and events with their own required time (`timestamp`, `date`, `occurredAt`) are not reported; a DateTime named `created...` (`created`, `createdOn`) counts as the creation timestamp. Tables whose rows are pure functions of other rows (materialised lookups, caches rebuilt on demand) need none (suppress with that reason); for tables that carry their own domain timestamp (an event's `occurredAt`), add that name to the `fields` option.",
  },
  options: {
    fields: option.strings(
      'Names accepted for the creation timestamp (a DateTime field with any of these names satisfies the rule). A DateTime filled on insert by `@default(now())` (and not `@updatedAt`) is accepted whatever its name.',
      CREATED_FIELDS,
    ),
  },
  model(model, context) {
    const names = context.options.fields;
    if (model.fields.some((f) => (f.type === 'DateTime' && names.includes(f.name)) || stampedOnInsert(f) || namedForCreation(f))) return;
    // Pure link rows carry no data of their own; rows that expire (sessions, one-time tokens) record their
    // lifetime already and are deleted soon after.
    if (isPureLink(model) || expiryField(model)) return;
    // Rows whose creation time says nothing or is recorded elsewhere: extensions of a parent row, named entries of
    // a store, values of a parent's list, and events with their own time.
    if (extendsParentRow(model) || isKeyedStore(model) || isValueOfParentList(model) || hasOwnTime(model)) return;
    context.report({ model, messageId: 'missingCreatedAt', data: { model: model.name, names: names.map((n) => `"${n}"`).join(' / ') } });
  },
});
