/** What comments say about a field or model: its own comment, a comment covering a group of fields, `@property` lines of a model doc. Nothing here knows a model of any particular schema. */
import type { GraphField, GraphModel } from '../../types.js';

/**
 * Everything written about a field, lower-cased; '' when nothing: its own `///` doc and `//` comments, or else what
 * its model's doc says about it JSDoc-style (see modelDocOfField).
 */
export function fieldComment(field: GraphField): string {
  if (field.commentText) return field.commentText.toLowerCase();
  return modelDocOfField(field) || groupComment(field);
}

/**
 * The comment written above a group of fields (`// Stripe billing` over four consecutive fields), for a field of the
 * group that has none of its own: the group runs from the commented field down, line after line, to the first blank
 * line, comment or field with a comment of its own. Lower-cased; '' when the field is in no such group.
 */
function groupComment(field: GraphField): string {
  let byField = groupCommentCache.get(field.model);
  if (!byField) groupCommentCache.set(field.model, (byField = groupComments(field.model)));
  return byField.get(field) ?? '';
}
const groupCommentCache = new WeakMap<GraphModel, Map<GraphField, string>>();

/** One pass over a model's fields: each field without a comment of its own gets its group's comment, if any. */
function groupComments(model: GraphModel): Map<GraphField, string> {
  const byField = new Map<GraphField, string>();
  let current = '';
  model.fields.forEach((field, index) => {
    const previous = index > 0 ? model.fields[index - 1] : undefined;
    const adjacent = previous !== undefined && previous.node.pos.line === field.node.pos.line - 1;
    if (field.commentText) {
      // Only a plain `//` comment on lines of its own heads a group; a `///` doc describes the one field under it.
      current = field.node.comment && commentAbove(field, index) ? field.node.comment.toLowerCase() : '';
      return;
    }
    if (!adjacent) current = '';
    if (current) byField.set(field, current);
  });
  return byField;
}

/**
 * Whether a field's `//` comment can stand on lines of its own above it: between the field and the declaration
 * before it (the previous field, or the model's opening line) there are at least as many lines as its doc and
 * comment have together. A comment at the end of the field's own line leaves no such lines.
 */
function commentAbove(field: GraphField, index: number): boolean {
  const before = index > 0 ? field.model.fields[index - 1].node.pos.line : field.model.node.pos.line;
  const lines = (field.node.doc ? field.node.doc.split('\n').length : 0) + (field.node.comment ?? '').split('\n').length;
  return field.node.pos.line - 1 - before >= lines;
}

/** The model's own comment says its id fields are deliberately not foreign keys (`// No FK constraints: ...`). */
export function modelDeclaresSoftReferences(model: GraphModel): boolean {
  return SOFT_REFERENCE_WORDING.test(modelComment(model));
}

/** Everything written about a model (its doc and comment), lower-cased. */
export function modelComment(model: GraphModel): string {
  return model.commentText.toLowerCase();
}

export function hasComment(field: GraphField): boolean {
  return fieldComment(field).trim().length > 0;
}

/** `@property name - text` (or `@prop` / `@field`, with `:` or nothing before the text) in a model's doc comment. */
const PROPERTY_LINE = /^\s*@(?:property|prop|field)\s+`?([A-Za-z_]\w*)`?\s*[-:\u2013\u2014]?\s*(\S.*)?$/;

/**
 * What a model's doc comment says about one of its fields in JSDoc style (`/// @property userId - id in the
 * customer's own system`), lower-cased; '' when nothing. Some schemas document every field that way instead of
 * commenting the field itself. Each model's doc is read once per run.
 */
function modelDocOfField(field: GraphField): string {
  let byName = propertyDocCache.get(field.model);
  if (!byName) {
    byName = new Map();
    const doc = field.model.node.doc;
    if (doc && doc.includes('@')) {
      for (const line of doc.split('\n')) {
        const m = PROPERTY_LINE.exec(line);
        if (m?.[2]) byName.set(m[1], `${byName.get(m[1]) ?? ''}${m[2].toLowerCase()}\n`);
      }
    }
    propertyDocCache.set(field.model, byName);
  }
  return byName.get(field.name) ?? '';
}
const propertyDocCache = new WeakMap<GraphModel, Map<string, string>>();

/** A comment that says the missing relation is on purpose. */
export const SOFT_REFERENCE_WORDING =
  /soft[\s-]*ref|\bno (fk|foreign[\s-]*key|constraint|relation|db[\s-]*level)|\bnot an? (fk|foreign|relation|constraint)|without (an? )?(fk|foreign|relation|constraint)|intentional|deliberate|on purpose|loose(ly)?[\s-]*coupled/;
