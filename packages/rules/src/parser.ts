/**
 * A hand-written parser for the Prisma schema language.
 *
 * Why hand-written: the linter must start and finish in a few milliseconds on a 3,500-line schema, keep the line
 * and column of every node, and keep comments (they document intent that rules read). Parser generators on npm
 * either drop comments, lose positions or cost hundreds of milliseconds to load.
 *
 * How it stays safe on any input: one forward scan over the text (every loop consumes at least one character or
 * stops), no regular expressions on unbounded input, a nesting limit for values, and every problem is thrown as a
 * `SchemaParseError` carrying file, line and column.
 *
 * Comment rules (what a comment documents):
 * - `///` lines directly above a block, field or enum value become its `doc`;
 * - `//` lines directly above, and a `//` comment at the end of its line, become its `comment`;
 * - a blank line breaks that attachment;
 * - `// lint-ignore <rule-id>[, <rule-id>]: <reason>` is a suppression, not a comment: on its own line it applies
 *   to the next declaration line, at the end of a line it applies to that line.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import {
  SchemaParseError,
  UsageError,
  type Attribute,
  type AttributeArg,
  type BlockKind,
  type BlockNode,
  type EnumValueNode,
  type Expr,
  type FieldNode,
  type Position,
  type SchemaFileAst,
  type Suppression,
} from './types.js';

export { SchemaParseError };
export type { Expr };

/** The one empty list every node without attributes, arguments or items shares (most fields have no attribute). */
const NONE: readonly never[] = Object.freeze([]);

const BLOCK_KINDS: ReadonlySet<string> = new Set<BlockKind>(['model', 'view', 'type', 'enum', 'datasource', 'generator']);
/** Deeper nesting than this is certainly not a schema; the limit keeps recursion far from the stack's end. */
const MAX_VALUE_DEPTH = 32;

const CH_NL = 10;
const CH_CR = 13;
const CH_SPACE = 32;
const CH_TAB = 9;
const CH_SLASH = 47;
const CH_AT = 64;
const CH_QUOTE = 34;
const CH_BACKSLASH = 92;

function isIdentStart(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
}
function isIdentPart(c: number): boolean {
  return isIdentStart(c) || (c >= 48 && c <= 57);
}
function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}
/** Horizontal white space: space, tab, carriage return, form feed, vertical tab, no-break space, BOM. */
function isBlank(c: number): boolean {
  return c === CH_SPACE || c === CH_TAB || c === CH_CR || c === 12 || c === 11 || c === 0xa0 || c === 0xfeff;
}

function describeChar(c: number): string {
  if (Number.isNaN(c)) return 'end of file';
  if (c === CH_NL) return 'end of line';
  const ch = String.fromCharCode(c);
  return c < 32 ? `character U+${c.toString(16).padStart(4, '0')}` : `'${ch}'`;
}

interface PendingNotes {
  doc: string[];
  comment: string[];
  suppressions: Suppression[];
}

/** A node that comments can attach to. */
interface Documented {
  doc?: string;
  comment?: string;
}

/** `lint-ignore a, b: reason` -> ids and reason; undefined when the comment is not a suppression. */
function parseSuppressionText(text: string): { ids: string[]; reason?: string } | undefined {
  if (text.indexOf('lint-ignore') < 0) return undefined; // the common case, without allocating
  const body = text.trimStart();
  if (!body.startsWith('lint-ignore')) return undefined;
  const after = body.slice('lint-ignore'.length);
  if (after.length > 0 && !isBlank(after.charCodeAt(0)) && after[0] !== ':') return undefined;
  const colon = after.indexOf(':');
  const idsText = colon < 0 ? after : after.slice(0, colon);
  const reason = colon < 0 ? '' : after.slice(colon + 1).trim();
  const ids = idsText.split(/[\s,]+/).filter(Boolean);
  return { ids: ids.length > 0 ? ids : [''], reason: reason || undefined };
}

class Parser {
  private i = 0;
  private line = 1;
  private lineStart = 0;
  /** True while nothing but white space has been read on the current line. */
  private atLineStart = true;
  private depth = 0;
  private readonly len: number;
  private readonly blocks: BlockNode[] = [];
  private readonly suppressions: Suppression[] = [];
  /**
   * Children of the node being parsed (attributes, arguments, list items), pushed on one shared stack and copied out
   * at their exact length by takeFrom: an array grown by push keeps room for 17 entries or more, and most of these
   * lists hold one or two, so the AST would be several times larger than its content.
   */
  private readonly scratch: unknown[] = [];
  private readonly interned = new Map<string, string>();
  /** Duplicate detection inside blocks (see checkDuplicate). */
  private blockSerial = 0;
  private readonly declaredIn = new Map<string, number>();
  private readonly declaredOnLine = new Map<string, number>();
  /** Doc and comment lines handed to the declaration being parsed (see claimNotes). */
  private claimedDoc: string | undefined;
  private claimedComment: string | undefined;
  /** What the value being parsed belongs to (`@default`, `argument 'fields' of @@index`...), for error messages. */
  private ctxPrefix = '';
  private ctxName = '';
  private ctxSuffix = '';
  private ctxArg: string | undefined;

  constructor(
    private readonly src: string,
    private readonly file: string,
  ) {
    this.len = src.length;
    if (src.charCodeAt(0) === 0xfeff) this.i = 1;
  }

  parse(): SchemaFileAst {
    const notes: PendingNotes = { doc: [], comment: [], suppressions: [] };
    const namesSeen = new Map<string, BlockNode>();
    while (this.i < this.len) {
      this.skipBlanks();
      if (this.i >= this.len) break;
      const c = this.peek();
      if (c === CH_NL) {
        this.newLine(notes);
        continue;
      }
      if (this.isCommentStart()) {
        this.readLineComment(notes, undefined, -1);
        continue;
      }
      if (isIdentStart(c)) {
        const block = this.parseBlock(notes);
        const namespace = block.kind === 'datasource' || block.kind === 'generator' ? block.kind : 'type';
        const key = `${namespace}:${block.name}`;
        const earlier = namesSeen.get(key);
        if (earlier) {
          throw new SchemaParseError(
            `${block.kind} "${block.name}" is declared twice (first as ${earlier.kind} on line ${earlier.pos.line}); rename or merge one of them`,
            block.pos,
          );
        }
        namesSeen.set(key, block);
        this.blocks.push(block);
        continue;
      }
      throw this.error(
        `Unexpected ${describeChar(c)}: expected a block (model, enum, view, type, datasource or generator) or a comment`,
      );
    }
    this.flushDangling(notes);
    // A final line break ends the last line rather than starting an empty one.
    const lineCount = this.len > 0 && this.src.charCodeAt(this.len - 1) === CH_NL ? this.line - 1 : this.line;
    return { file: this.file, blocks: this.blocks, suppressions: this.suppressions, lineCount };
  }

  // ------------------------------------------------------------ low-level scanning

  /**
   * One string per distinct name or value: `String`, `id`, `tenantId`, `now()` recur thousands of times in a large
   * schema, and each slice would otherwise stay alive as a copy of its own for as long as the AST does.
   */
  private intern(text: string): string {
    const known = this.interned.get(text);
    if (known !== undefined) return known;
    this.interned.set(text, text);
    return text;
  }

  /** The entries pushed on the scratch stack since `base`, as an array of their own; pops them. */
  private takeFrom<T>(base: number): readonly T[] {
    if (this.scratch.length === base) return NONE;
    const taken = this.scratch.slice(base) as T[];
    this.scratch.length = base;
    return taken;
  }

  private peek(offset = 0): number {
    return this.src.charCodeAt(this.i + offset);
  }

  private pos(): Position {
    return { file: this.file, line: this.line, column: this.i - this.lineStart + 1 };
  }

  private posAt(index: number, line: number, lineStart: number): Position {
    return { file: this.file, line, column: index - lineStart + 1 };
  }

  private error(message: string, pos: Position = this.pos()): SchemaParseError {
    return new SchemaParseError(message, pos);
  }

  private skipBlanks(): void {
    while (this.i < this.len && isBlank(this.src.charCodeAt(this.i))) this.i++;
  }

  /** Consumes a line break (the current character must be '\n'). */
  private consumeNewline(): void {
    this.i++;
    this.line++;
    this.lineStart = this.i;
    this.atLineStart = true;
  }

  /** A line break at the top level or in a block body: a blank line ends doc/comment attachment. */
  private newLine(notes: PendingNotes): void {
    if (this.atLineStart) {
      if (notes.doc.length !== 0) notes.doc = [];
      if (notes.comment.length !== 0) notes.comment = [];
    }
    this.consumeNewline();
  }

  private isCommentStart(): boolean {
    return this.peek() === CH_SLASH && this.peek(1) === CH_SLASH;
  }

  /** Skips white space, line breaks and comments inside parentheses and brackets, where lines do not matter. */
  private skipInsideValue(): void {
    while (this.i < this.len) {
      const c = this.peek();
      if (isBlank(c)) this.i++;
      else if (c === CH_NL) this.consumeNewline();
      else if (this.isCommentStart()) this.skipToLineEnd();
      else break;
    }
    this.atLineStart = false;
  }

  private skipToLineEnd(): void {
    while (this.i < this.len && this.src.charCodeAt(this.i) !== CH_NL) this.i++;
  }

  private readIdent(): string {
    const start = this.i;
    if (!isIdentStart(this.peek())) return '';
    this.i++;
    while (this.i < this.len && isIdentPart(this.src.charCodeAt(this.i))) this.i++;
    this.atLineStart = false;
    return this.intern(this.src.slice(start, this.i));
  }

  /** Reads `a.b.c` (attribute names such as `db.VarChar`). */
  private readDottedIdent(): string {
    let name = this.readIdent();
    while (name && this.peek() === 46 /* . */ && isIdentStart(this.peek(1))) {
      this.i++;
      name += `.${this.readIdent()}`;
    }
    return name;
  }

  // ------------------------------------------------------------ comments

  /**
   * Reads a `//` comment up to the end of the line (leaving the line break). `owner` is the node whose line the
   * comment ends (a trailing comment), or undefined for a comment on a line of its own.
   */
  private readLineComment(notes: PendingNotes, owner: Documented | undefined, ownerLine: number): void {
    const start = this.i;
    const line = this.line;
    const lineStart = this.lineStart;
    this.skipToLineEnd();
    this.atLineStart = false;
    // Bounds first, one slice at the end: comments are a large part of a documented schema.
    let end = this.i;
    if (end > start && this.src.charCodeAt(end - 1) === CH_CR) end--;
    const isDoc = end - start >= 3 && this.src.charCodeAt(start + 2) === CH_SLASH;
    const textStart = start + (isDoc ? 3 : 2);
    if (!isDoc) {
      // A suppression starts with `lint-ignore` after optional blanks; look only there (an unbounded indexOf would
      // scan the rest of the file for every comment).
      let k = textStart;
      while (k < end && isBlank(this.src.charCodeAt(k))) k++;
      const suppression = this.src.startsWith('lint-ignore', k) && k < end ? parseSuppressionText(this.src.slice(textStart, end)) : undefined;
      if (suppression) {
        const pos = this.posAt(start, line, lineStart);
        for (const ruleId of suppression.ids) {
          const entry: Suppression = { ruleId, reason: suppression.reason, targetLine: ownerLine < 0 ? pos.line : ownerLine, pos };
          this.suppressions.push(entry);
          if (ownerLine < 0) notes.suppressions.push(entry);
        }
        return;
      }
    }
    // One space after the slashes is layout, not text; trailing white space never is.
    const text = this.src.slice(this.src.charCodeAt(textStart) === CH_SPACE && textStart < end ? textStart + 1 : textStart, end).trimEnd();
    if (isDoc) {
      if (ownerLine < 0) notes.doc.push(text);
      else if (owner) owner.doc = owner.doc ? `${owner.doc}\n${text}` : text;
    } else if (ownerLine < 0) notes.comment.push(text);
    else if (owner) owner.comment = owner.comment ? `${owner.comment}\n${text}` : text;
  }

  /** Gives pending `// lint-ignore` lines the line of the declaration they precede. */
  private claimNotes(notes: PendingNotes, line: number): void {
    this.claimedDoc = undefined;
    this.claimedComment = undefined;
    if (notes.suppressions.length !== 0) {
      for (const s of notes.suppressions) s.targetLine = line;
      notes.suppressions = [];
    }
    if (notes.doc.length !== 0) {
      this.claimedDoc = notes.doc.join('\n');
      notes.doc = [];
    }
    if (notes.comment.length !== 0) {
      this.claimedComment = notes.comment.join('\n');
      notes.comment = [];
    }
  }

  /** Suppressions with nothing below them keep their own line (the engine reports them as unused). */
  private flushDangling(notes: PendingNotes): void {
    notes.suppressions = [];
    notes.doc = [];
    notes.comment = [];
  }

  /**
   * After a declaration: optional trailing comment, then a line break or the end of the file. Anything else is an
   * error that names what was being declared.
   */
  private endOfDeclaration(notes: PendingNotes, owner: Documented | undefined, line: number, noun: string, name: string): void {
    this.skipBlanks();
    if (this.i >= this.len) return;
    if (this.isCommentStart()) this.readLineComment(notes, owner, line);
    const c = this.peek();
    if (this.i >= this.len || c === CH_NL) return;
    throw this.error(`Unexpected ${describeChar(c)} after ${noun} ${name}: each declaration goes on its own line`);
  }

  // ------------------------------------------------------------ blocks

  private parseBlock(notes: PendingNotes): BlockNode {
    const pos = this.pos();
    const keyword = this.readIdent();
    if (!BLOCK_KINDS.has(keyword)) {
      throw this.error(
        `Unknown block type '${keyword}': expected model, enum, view, type, datasource or generator`,
        pos,
      );
    }
    const kind = keyword as BlockKind;
    this.skipBlanks();
    const namePos = this.pos();
    const name = this.readIdent();
    if (!name) throw this.error(`Expected a name after '${kind}', found ${describeChar(this.peek())}`, namePos);
    this.skipBlanks();
    if (this.peek() !== 123 /* { */) {
      throw this.error(`Expected '{' after '${kind} ${name}', found ${describeChar(this.peek())}`);
    }
    this.i++;
    this.claimNotes(notes, pos.line);
    const block: BlockNode = {
      kind,
      name,
      doc: this.claimedDoc,
      comment: this.claimedComment,
      fields: [],
      blockAttributes: [],
      values: [],
      assignments: [],
      pos,
      endLine: pos.line,
    };
    this.skipBlanks();
    if (this.isCommentStart()) this.readLineComment(notes, block, pos.line);
    if (this.i < this.len && this.peek() !== CH_NL) {
      throw this.error(
        `Unexpected ${describeChar(this.peek())} after '{' of ${kind} "${name}": start the body on a new line`,
      );
    }
    this.parseBody(block);
    return block;
  }

  private parseBody(block: BlockNode): void {
    const notes: PendingNotes = { doc: [], comment: [], suppressions: [] };
    const serial = ++this.blockSerial;
    const what = `${block.kind} "${block.name}"`;
    for (;;) {
      this.skipBlanks();
      if (this.i >= this.len) {
        throw this.error(`${what} is never closed: add '}' after its last line`, block.pos);
      }
      const c = this.peek();
      if (c === CH_NL) {
        this.newLine(notes);
        continue;
      }
      if (this.isCommentStart()) {
        this.readLineComment(notes, undefined, -1);
        continue;
      }
      if (c === 125 /* } */) {
        block.endLine = this.line;
        trimLists(block);
        this.i++;
        this.atLineStart = false;
        this.flushDangling(notes);
        this.skipBlanks();
        if (this.isCommentStart()) this.skipToLineEnd();
        if (this.i < this.len && this.peek() !== CH_NL) {
          throw this.error(`Unexpected ${describeChar(this.peek())} after the '}' closing ${what}: start it on a new line`);
        }
        return;
      }
      if (c === CH_AT) {
        if (this.peek(1) !== CH_AT) {
          throw this.error(`A field attribute cannot stand alone in ${what}: put it after a field, or use '@@' for a block attribute`);
        }
        if (block.kind === 'datasource' || block.kind === 'generator') {
          throw this.error(`A ${block.kind} block takes 'key = value' lines, not attributes`);
        }
        const line = this.line;
        this.claimNotes(notes, line);
        const attribute = this.parseAttribute(true);
        block.blockAttributes.push(attribute);
        this.endOfDeclaration(notes, undefined, line, 'the attribute @@', attribute.name);
        continue;
      }
      if (!isIdentStart(c)) {
        throw this.error(`Unexpected ${describeChar(c)} in ${what}: expected ${entryWord(block.kind)}, a comment or '}'`);
      }
      const entryLine = this.line;
      if (block.kind === 'enum') {
        const value = this.parseEnumValue(notes, what);
        this.checkDuplicate(serial, value.name, value.pos, what, 'Value');
        block.values.push(value);
        this.endOfDeclaration(notes, value, value.pos.line, 'the value', `"${value.name}"`);
      } else if (block.kind === 'datasource' || block.kind === 'generator') {
        const assignment = this.parseAssignment(notes, what);
        this.checkDuplicate(serial, assignment.key, assignment.pos, what, 'Key');
        block.assignments.push(assignment);
        this.endOfDeclaration(notes, undefined, entryLine, 'the value of', assignment.key);
      } else {
        const field = this.parseField(notes, what);
        this.checkDuplicate(serial, field.name, field.pos, what, 'Field');
        block.fields.push(field);
        this.endOfDeclaration(notes, field, field.pos.line, 'the field', field.name);
      }
    }
  }

  /**
   * Throws when `name` was already declared in the block numbered `serial`. One pair of maps serves every block
   * (a name maps to the last block that declared it, and the line there): names such as `id` or `createdAt` recur
   * in every block, so the maps stay small, and no block allocates a map of its own.
   */
  private checkDuplicate(serial: number, name: string, pos: Position, what: string, noun: string): void {
    if (this.declaredIn.get(name) === serial) {
      const earlier = this.declaredOnLine.get(name);
      throw this.error(`${noun} "${name}" is declared twice in ${what} (first on line ${earlier}); remove or rename one`, pos);
    }
    this.declaredIn.set(name, serial);
    this.declaredOnLine.set(name, pos.line);
  }

  private parseField(notes: PendingNotes, what: string): FieldNode {
    const pos = this.pos();
    const name = this.readIdent();
    this.claimNotes(notes, pos.line);
    const doc = this.claimedDoc;
    const comment = this.claimedComment;
    this.skipBlanks();
    if (!isIdentStart(this.peek())) {
      throw this.error(
        `Field "${name}" in ${what} needs a type (String, Int, a model or enum name...), found ${describeChar(this.peek())}`,
      );
    }
    const typeStart = this.i;
    const typeName = this.readIdent();
    let type = typeName;
    if (typeName === 'Unsupported' && this.peek() === 40 /* ( */) {
      this.parseArgs('', 'Unsupported', '');
      type = this.src.slice(typeStart, this.i);
    } else if (this.peek() === 46 /* . */) {
      throw this.error(`Type "${typeName}." of field "${name}" is not a type name`);
    }
    let optional = false;
    let list = false;
    if (this.peek() === 91 /* [ */) {
      if (this.peek(1) !== 93 /* ] */) throw this.error(`Expected '[]' after the type of field "${name}"`);
      this.i += 2;
      list = true;
    }
    if (this.peek() === 63 /* ? */) {
      if (list) throw this.error(`Field "${name}" cannot be an optional list ('[]?'): lists are never null in Prisma`);
      this.i++;
      optional = true;
      if (this.peek() === 91) throw this.error(`Field "${name}" cannot be an optional list ('?[]'): lists are never null in Prisma`);
    }
    const next = this.peek();
    if (this.i < this.len && !isBlank(next) && next !== CH_NL && next !== CH_AT && !this.isCommentStart()) {
      throw this.error(`Unexpected ${describeChar(next)} after the type of field "${name}"`);
    }
    const base = this.scratch.length;
    for (;;) {
      this.skipBlanks();
      if (this.peek() !== CH_AT) break;
      if (this.peek(1) === CH_AT) {
        throw this.error(`Block attribute on the line of field "${name}": put '@@' attributes on a line of their own`);
      }
      const attribute = this.parseAttribute(false);
      this.scratch.push(attribute);
      const after = this.peek();
      if (this.i < this.len && !isBlank(after) && after !== CH_NL && after !== CH_AT && !this.isCommentStart()) {
        throw this.error(`Unexpected ${describeChar(after)} after the attribute '@${attribute.name}' of field "${name}"`);
      }
    }
    const attributes = this.takeFrom<Attribute>(base);
    return { kind: 'field', name, type, optional, list, attributes, doc, comment, pos };
  }

  private parseEnumValue(notes: PendingNotes, what: string): EnumValueNode {
    const pos = this.pos();
    const name = this.readIdent();
    this.claimNotes(notes, pos.line);
    const doc = this.claimedDoc;
    const comment = this.claimedComment;
    const base = this.scratch.length;
    for (;;) {
      this.skipBlanks();
      if (this.peek() !== CH_AT) break;
      if (this.peek(1) === CH_AT) throw this.error(`Block attribute on the line of value "${name}": put it on a line of its own`);
      this.scratch.push(this.parseAttribute(false));
    }
    const attributes = this.takeFrom<Attribute>(base);
    const c = this.peek();
    if (this.i < this.len && c !== CH_NL && !this.isCommentStart()) {
      throw this.error(`Unexpected ${describeChar(c)} after the value "${name}" of ${what}: enum values are bare names, one per line`);
    }
    return { name, attributes, doc, comment, pos };
  }

  private parseAssignment(notes: PendingNotes, what: string): { key: string; value: string; pos: Position } {
    const pos = this.pos();
    const key = this.readIdent();
    this.claimNotes(notes, pos.line);
    this.skipBlanks();
    if (this.peek() !== 61 /* = */) {
      throw this.error(`Expected '=' after '${key}' in ${what}, found ${describeChar(this.peek())}`);
    }
    this.i++;
    this.skipBlanks();
    const start = this.i;
    this.ctxPrefix = "'";
    this.ctxName = key;
    this.ctxSuffix = "'";
    this.ctxArg = undefined;
    this.parseExpr();
    return { key, value: this.src.slice(start, this.i).trim(), pos };
  }

  // ------------------------------------------------------------ attributes and values

  private parseAttribute(block: boolean): Attribute {
    const pos = this.pos();
    this.i += block ? 2 : 1;
    const name = this.readDottedIdent();
    if (!name) {
      throw this.error(`Expected an attribute name after '${block ? '@@' : '@'}', found ${describeChar(this.peek())}`);
    }
    const args = this.peek() === 40 /* ( */ ? this.parseArgs(block ? '@@' : '@', name, '') : NONE;
    return { name, args, pos };
  }

  /** `( [name:] value, ... )` with optional trailing comma; line breaks and comments allowed inside. */
  private parseArgs(prefix: string, ownerName: string, suffix: string): readonly AttributeArg[] {
    const openAt = this.i;
    const openLine = this.line;
    const openLineStart = this.lineStart;
    const outerPrefix = this.ctxPrefix;
    const outerName = this.ctxName;
    const outerSuffix = this.ctxSuffix;
    const outerArg = this.ctxArg;
    this.ctxPrefix = prefix;
    this.ctxName = ownerName;
    this.ctxSuffix = suffix;
    this.i++;
    this.enter(openAt, openLine, openLineStart);
    const base = this.scratch.length;
    this.skipInsideValue();
    while (this.peek() !== 41 /* ) */) {
      // A '}' cannot appear in a value: it is the block's end, so the list was left open.
      if (this.i >= this.len || this.peek() === 125) throw this.error(`The arguments of ${prefix}${ownerName}${suffix} are never closed: add ')'`, this.posAt(openAt, openLine, openLineStart));
      let name: string | undefined;
      if (isIdentStart(this.peek())) {
        const save = this.i;
        const ident = this.readIdent();
        this.skipBlanks();
        if (this.peek() === 58 /* : */) {
          name = ident;
          this.i++;
          this.skipInsideValue();
        } else {
          this.i = save;
        }
      }
      const start = this.i;
      this.ctxArg = name;
      const expr = this.parseExpr();
      this.scratch.push({ name, value: this.intern(this.src.slice(start, this.i).trim()), expr } satisfies AttributeArg);
      this.skipInsideValue();
      const c = this.peek();
      if (c === 44 /* , */) {
        this.i++;
        this.skipInsideValue();
      } else if (c !== 41) {
        if (this.i >= this.len || c === 125) throw this.error(`The arguments of ${prefix}${ownerName}${suffix} are never closed: add ')'`, this.posAt(openAt, openLine, openLineStart));
        throw this.error(`Expected ',' or ')' in the arguments of ${prefix}${ownerName}${suffix}, found ${describeChar(c)}`);
      }
    }
    this.i++;
    this.depth--;
    this.ctxPrefix = outerPrefix;
    this.ctxName = outerName;
    this.ctxSuffix = outerSuffix;
    this.ctxArg = outerArg;
    return this.takeFrom<AttributeArg>(base);
  }

  private enter(at: number, line: number, lineStart: number): void {
    if (++this.depth > MAX_VALUE_DEPTH) {
      throw this.error(`Values are nested more than ${MAX_VALUE_DEPTH} levels deep`, this.posAt(at, line, lineStart));
    }
  }

  /** What the value being parsed belongs to, for error messages (built only when one is thrown). */
  private context(): string {
    const owner = this.ctxPrefix + this.ctxName + this.ctxSuffix;
    return this.ctxArg ? `argument '${this.ctxArg}' of ${owner}` : owner;
  }

  private parseExpr(): Expr {
    const c = this.peek();
    if (c === CH_QUOTE) return { kind: 'string', value: this.readString() };
    if (c === 91 /* [ */) {
      const openAt = this.i;
      const openLine = this.line;
      const openLineStart = this.lineStart;
      this.i++;
      this.enter(openAt, openLine, openLineStart);
      const base = this.scratch.length;
      this.skipInsideValue();
      while (this.peek() !== 93 /* ] */) {
        if (this.i >= this.len || this.peek() === 125) throw this.error(`A list in ${this.context()} is never closed: add ']'`, this.posAt(openAt, openLine, openLineStart));
        this.scratch.push(this.parseExpr());
        this.skipInsideValue();
        const d = this.peek();
        if (d === 44 /* , */) {
          this.i++;
          this.skipInsideValue();
        } else if (d !== 93) {
          if (this.i >= this.len || d === 125) throw this.error(`A list in ${this.context()} is never closed: add ']'`, this.posAt(openAt, openLine, openLineStart));
          throw this.error(`Expected ',' or ']' in a list in ${this.context()}, found ${describeChar(d)}`);
        }
      }
      this.i++;
      this.depth--;
      return { kind: 'array', items: this.takeFrom<Expr>(base) };
    }
    if (isDigit(c) || (c === 45 /* - */ && isDigit(this.peek(1)))) {
      const start = this.i;
      this.i++;
      while (isDigit(this.peek())) this.i++;
      if (this.peek() === 46 /* . */ && isDigit(this.peek(1))) {
        this.i++;
        while (isDigit(this.peek())) this.i++;
      }
      if (isIdentPart(this.peek())) throw this.error(`Malformed number in ${this.context()}`);
      return { kind: 'number', value: Number(this.src.slice(start, this.i)) };
    }
    if (isIdentStart(c)) {
      const name = this.readDottedIdent();
      if (this.peek() === 40 /* ( */) return { kind: 'call', name, args: this.parseArgs('', name, '()') };
      return { kind: 'ident', name };
    }
    throw this.error(`Expected a value (string, number, list, name or function call) in ${this.context()}, found ${describeChar(c)}`);
  }

  /** A double-quoted string with backslash escapes; it must close on the same line. */
  private readString(): string {
    const openAt = this.i;
    const openLine = this.line;
    const openLineStart = this.lineStart;
    this.i++;
    let out = '';
    let chunkStart = this.i;
    for (;;) {
      if (this.i >= this.len) throw this.error('Unterminated string: add the closing \'"\'', this.posAt(openAt, openLine, openLineStart));
      const c = this.src.charCodeAt(this.i);
      if (c === CH_QUOTE) break;
      if (c === CH_NL) throw this.error('Unterminated string: add the closing \'"\' before the end of the line', this.posAt(openAt, openLine, openLineStart));
      if (c === CH_BACKSLASH) {
        out += this.src.slice(chunkStart, this.i);
        const e = this.src.charCodeAt(this.i + 1);
        if (Number.isNaN(e) || e === CH_NL) throw this.error('Unterminated string: a backslash ends the line', this.posAt(openAt, openLine, openLineStart));
        out += e === 110 ? '\n' : e === 116 ? '\t' : e === 114 ? '\r' : String.fromCharCode(e);
        this.i += 2;
        chunkStart = this.i;
        continue;
      }
      this.i++;
    }
    out += this.src.slice(chunkStart, this.i);
    this.i++;
    this.atLineStart = false;
    return out;
  }
}

/** Copies a finished block's lists at their exact length (lists grown by push keep spare room as long as the AST lives). */
function trimLists(block: BlockNode): void {
  block.fields = block.fields.slice();
  block.blockAttributes = block.blockAttributes.slice();
  block.values = block.values.slice();
  block.assignments = block.assignments.slice();
}

function entryWord(kind: BlockKind): string {
  if (kind === 'enum') return 'a value';
  if (kind === 'datasource' || kind === 'generator') return "a 'key = value' line";
  return "a field or '@@' attribute";
}

/** Parses one schema file. Throws `SchemaParseError` (with file, line and column) on malformed input. */
export function parseSchema(text: string, file: string): SchemaFileAst {
  return new Parser(text, file).parse();
}

// ---------------------------------------------------------------- files and folders

export interface SchemaSource {
  file: string;
  text: string;
}

/**
 * Reads schema files: each path is a `.prisma` file or a folder whose `*.prisma` files (not sub-folders, sorted by
 * name) form one multi-file schema. Throws a UsageError naming the path when it does not exist or holds no schema.
 */
export function readSchemaSources(paths: string[]): SchemaSource[] {
  const sources: SchemaSource[] = [];
  for (const path of paths) {
    let isDirectory: boolean;
    try {
      isDirectory = statSync(path).isDirectory();
    } catch {
      throw new UsageError(`${path}: no such file or folder`);
    }
    if (isDirectory) {
      const names = readdirSync(path)
        .filter((name) => name.endsWith('.prisma'))
        .sort();
      if (names.length === 0) throw new UsageError(`${path}: the folder holds no .prisma file`);
      for (const name of names) {
        const file = join(path, name);
        sources.push({ file, text: readFileSync(file, 'utf8') });
      }
    } else {
      sources.push({ file: path, text: readFileSync(path, 'utf8') });
    }
  }
  return sources;
}

/** Reads and parses files or folders (see `readSchemaSources`); throws the first `SchemaParseError`. */
export function loadSchemaFiles(paths: string[]): SchemaFileAst[] {
  return readSchemaSources(paths).map((source) => parseSchema(source.text, source.file));
}
