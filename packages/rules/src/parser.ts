/**
 * A hand-written parser for the Prisma schema language.
 *
 * Why hand-written: the linter must start and finish in a few milliseconds on a 3,500-line schema, keep the line
 * and column of every node, and keep comments (they document intent that rules read). Parser generators on npm
 * either drop comments, lose positions or cost hundreds of milliseconds to load.
 *
 * What it accepts is what Prisma's own grammar accepts (prisma-engines' `psl/schema-ast`), checked by a
 * differential test against Prisma's engine: declarations and attribute arguments on one line each, blanks (tab
 * and Unicode space separators) between tokens, `\n`, `\r\n` or a lone `\r` as line ends, JSON string escapes.
 *
 * How it stays safe on any input: one forward scan over the text (every loop consumes at least one character or
 * stops), no regular expressions on unbounded input, a nesting limit for values, and every problem is thrown as a
 * `SchemaParseError` carrying file, line and column.
 *
 * Comment rules (what a comment documents), as Prisma reads them:
 * - consecutive comment lines form a comment block; its `///` lines and `/* *\/` comments become the `doc` of the
 *   declaration below it. Inside a block body the last comment block since the previous field or value counts, even
 *   across blank lines and `@@` attributes; at the top level a block documents the model, view, type or enum right
 *   below it (a block above a datasource or generator is kept for the next model);
 * - a `///` or `/* *\/` comment at the end of a field's or value's line is added to its `doc`;
 * - `//` lines directly above (no blank line between) and a `//` comment at the end of the line become its `comment`;
 * - `// lint-ignore <rule-id>[, <rule-id>]: <reason>` is a suppression, not a comment: on its own line it applies
 *   to the next declaration line, at the end of a line it applies to that line.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import {
  SchemaParseError,
  UsageError,
  unreadablePathError,
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
/** Keywords in the order Prisma's grammar tries them when a keyword is written without a blank before the name. */
const KEYWORD_PREFIXES: readonly BlockKind[] = ['model', 'type', 'view', 'enum', 'datasource', 'generator'];
/** Deeper nesting than this is certainly not a schema; the limit keeps recursion far from the stack's end. */
const MAX_VALUE_DEPTH = 32;

const CH_NL = 10;
const CH_CR = 13;
const CH_SPACE = 32;
const CH_TAB = 9;
const CH_SLASH = 47;
const CH_STAR = 42;
const CH_AT = 64;
const CH_QUOTE = 34;
const CH_BACKSLASH = 92;

const ALPHABETIC = /^\p{Alphabetic}$/u;

/**
 * Names start with a letter (any alphabet: Prisma accepts `prénom` or `名前`) and go on with letters, ASCII digits
 * and underscores. This tests one UTF-16 unit; Parser.atIdentStart also reads letters outside the BMP.
 */
function isIdentStart(c: number): boolean {
  if (c < 0x80) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return ALPHABETIC.test(String.fromCharCode(c));
}
function isIdentPart(c: number): boolean {
  return isIdentStart(c) || (c >= 48 && c <= 57) || c === 95;
}
function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}
function isHexDigit(c: number): boolean {
  return isDigit(c) || (c >= 65 && c <= 70) || (c >= 97 && c <= 102);
}
/**
 * Blanks between tokens, as Prisma's grammar has them: tab and the Unicode space separators. Form feed, vertical
 * tab and a byte-order mark are not blanks there, so they are not here either.
 */
function isBlank(c: number): boolean {
  return (
    c === CH_SPACE ||
    c === CH_TAB ||
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000
  );
}
/** `\n`, `\r\n` and a lone `\r` all end a line. */
function isLineEnd(c: number): boolean {
  return c === CH_NL || c === CH_CR;
}

function describeChar(c: number): string {
  if (Number.isNaN(c)) return 'end of file';
  if (isLineEnd(c)) return 'end of line';
  const ch = String.fromCharCode(c);
  return c < 32 || c === 0xfeff ? `character U+${c.toString(16).padStart(4, '0').toUpperCase()}` : `'${ch}'`;
}

interface PendingNotes {
  /** `//` lines since the last blank line or declaration (the `comment` of the next declaration). */
  comment: string[];
  suppressions: Suppression[];
}

/**
 * Documentation (`///` lines and `/* *\/` comments) follows Prisma: the comment lines directly above a declaration
 * form one comment block; its documentation lines become the declaration's `doc`.
 */
interface CommentBlock {
  /** True while the lines read since the last declaration, blank line or attribute are comment lines. */
  open: boolean;
  /** Documentation lines of the current (or, inside a block body, the last) comment block; undefined when none. */
  doc: string[] | undefined;
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
  /**
   * How many entries of `scratch` are in use. The array itself never shrinks: setting its length lower lets V8 trim
   * the backing store, and the next push allocates it again, which on a large schema was megabytes of garbage.
   */
  private scratchTop = 0;
  private readonly interned = new Map<string, string>();
  /** Duplicate detection inside blocks (see checkDuplicate). */
  private blockSerial = 0;
  private readonly declaredIn = new Map<string, number>();
  private readonly declaredOnLine = new Map<string, number>();
  /** Comment lines handed to the declaration being parsed (see claimNotes). */
  private claimedComment: string | undefined;
  /**
   * Where the text of the comment being read starts, for Prisma's reading of `/* *\/` comments: the first comment of
   * a comment block starts at its `/*`, a later one at the end of what came before it (its indentation included).
   */
  private commentItemStart = 0;
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
  }

  parse(): SchemaFileAst {
    if (this.src.charCodeAt(0) === 0xfeff) {
      throw this.error('The file starts with a byte-order mark, which Prisma rejects: save it as UTF-8 without BOM');
    }
    const notes: PendingNotes = { comment: [], suppressions: [] };
    const comments: CommentBlock = { open: false, doc: undefined };
    /** Prisma's pending block documentation: set by a comment block directly above any block, taken by a model, view, type or enum. */
    let pendingDoc: string | undefined;
    const namesSeen = new Map<string, BlockNode>();
    while (this.i < this.len) {
      this.skipBlanks();
      if (this.i >= this.len) break;
      const c = this.peek();
      if (isLineEnd(c)) {
        this.newLine(notes, comments, true);
        continue;
      }
      if (this.isCommentStart()) {
        this.readCommentItem(notes, comments, undefined, -1);
        continue;
      }
      if (this.atIdentStart()) {
        const directDoc = comments.open ? comments.doc?.join('\n') : undefined;
        const directlyDocumented = comments.open;
        comments.open = false;
        comments.doc = undefined;
        const block = this.parseBlock(notes, (kind) => {
          if (kind === 'datasource' || kind === 'generator') {
            if (directlyDocumented) pendingDoc = directDoc;
            return undefined;
          }
          const doc = directlyDocumented ? directDoc : pendingDoc;
          pendingDoc = undefined;
          return doc;
        });
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
        `Unexpected ${this.describeHere()}: expected a block (model, enum, view, type, datasource or generator) or a comment`,
      );
    }
    this.flushDangling(notes);
    const lineCount = this.len > 0 && isLineEnd(this.src.charCodeAt(this.len - 1)) ? this.line - 1 : this.line;
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
    if (this.scratchTop === base) return NONE;
    const taken = this.scratch.slice(base, this.scratchTop) as T[];
    this.scratchTop = base;
    return taken;
  }

  private pushScratch(entry: unknown): void {
    this.scratch[this.scratchTop++] = entry;
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

  private atLineEnd(): boolean {
    return this.i >= this.len || isLineEnd(this.src.charCodeAt(this.i));
  }

  /** Consumes a line break (`\n`, `\r\n` or `\r`; the current character must be one). */
  private consumeNewline(): void {
    if (this.src.charCodeAt(this.i) === CH_CR && this.src.charCodeAt(this.i + 1) === CH_NL) this.i++;
    this.i++;
    this.line++;
    this.lineStart = this.i;
    this.atLineStart = true;
    this.commentItemStart = this.i;
  }

  /**
   * A line break at the top level or in a block body. A blank line ends the comment block above it: at the top level
   * that block documents nothing (`floating`); inside a block body Prisma keeps it for the next field or value.
   */
  private newLine(notes: PendingNotes, comments: CommentBlock, topLevel: boolean): void {
    if (this.atLineStart) {
      if (notes.comment.length !== 0) notes.comment = [];
      if (comments.open) {
        comments.open = false;
        if (topLevel) comments.doc = undefined;
      }
    }
    this.consumeNewline();
  }

  private isCommentStart(): boolean {
    return this.peek() === CH_SLASH && (this.peek(1) === CH_SLASH || this.peek(1) === CH_STAR);
  }

  private skipToLineEnd(): void {
    while (this.i < this.len && !isLineEnd(this.src.charCodeAt(this.i))) this.i++;
  }

  /**
   * Reads a name. Prisma's grammar lets names start with a digit and contain '-', and its validation rejects both in
   * the names of models, fields, enums and their values, but not in the field names of composite types (`lenient`);
   * '-' is also left alone in datasource and generator names (`dashes`).
   */
  private readIdent(lenient = false, dashes = lenient): string {
    const start = this.i;
    if (!this.atIdentStart() && !(lenient && isDigit(this.peek()))) return '';
    while (this.i < this.len) {
      const c = this.src.charCodeAt(this.i);
      if (c < 0x80) {
        if (!(isIdentPart(c) || (dashes && c === 45)) || (this.i === start && !isIdentStart(c) && !(lenient && isDigit(c)))) break;
        this.i++;
      } else {
        const width = this.letterWidth(this.i);
        if (width === 0) break;
        this.i += width;
      }
    }
    if (this.i === start) return '';
    this.atLineStart = false;
    return this.intern(this.src.slice(start, this.i));
  }

  private atIdentStart(): boolean {
    const c = this.peek();
    if (Number.isNaN(c)) return false;
    return c < 0xd800 || c > 0xdbff ? isIdentStart(c) : this.letterWidth(this.i) > 0;
  }

  /** The character at the current position, for an error message (a whole character, also outside the BMP). */
  private describeHere(): string {
    const code = this.src.codePointAt(this.i);
    return code !== undefined && code > 0xffff ? `'${String.fromCodePoint(code)}'` : describeChar(this.peek());
  }

  /** 1 or 2 (a surrogate pair) when a letter of any alphabet starts at `at`, else 0. */
  private letterWidth(at: number): number {
    const code = this.src.codePointAt(at);
    if (code === undefined || !ALPHABETIC.test(String.fromCodePoint(code))) return 0;
    return code > 0xffff ? 2 : 1;
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
   * Reads one comment: `//` or `///` up to the end of the line (leaving the line break), or `/* ... *\/` (which may
   * span lines). `owner` is the node whose line the comment ends (a trailing comment), or undefined for a comment in
   * a comment block of its own.
   */
  private readCommentItem(notes: PendingNotes, comments: CommentBlock, owner: Documented | undefined, ownerLine: number): void {
    if (ownerLine < 0 && !comments.open) {
      // The first comment of a new block: Prisma reads it from its own start, and it replaces the block before.
      comments.open = true;
      comments.doc = undefined;
      this.commentItemStart = this.i;
    }
    const doc = this.peek(1) === CH_STAR ? this.readMultiLineComment() : this.readLineComment(notes, ownerLine);
    this.commentItemStart = this.i;
    if (doc === undefined) return;
    if (ownerLine >= 0) {
      if (owner) owner.doc = owner.doc !== undefined ? `${owner.doc}\n${doc}` : doc;
    } else {
      (comments.doc ??= []).push(doc);
    }
  }

  /**
   * A `/* ... *\/` comment; returns its documentation text. Prisma takes the comment's text from where its item
   * starts (see commentItemStart), drops two characters at each end and trims it, which this reproduces.
   */
  private readMultiLineComment(): string {
    const itemStart = this.commentItemStart;
    const openAt = this.i;
    const openLine = this.line;
    const openLineStart = this.lineStart;
    this.i += 2;
    for (;;) {
      if (this.i >= this.len) throw this.error("A '/*' comment is never closed: add '*/'", this.posAt(openAt, openLine, openLineStart));
      const c = this.src.charCodeAt(this.i);
      if (c === CH_STAR && this.peek(1) === CH_SLASH) break;
      if (isLineEnd(c)) {
        this.consumeNewline();
        continue;
      }
      this.i++;
    }
    this.i += 2;
    this.atLineStart = false;
    return this.src.slice(itemStart + 2, this.i - 2).trim();
  }

  /** A `//` or `///` comment; returns the documentation text of a `///` line, records `//` text and suppressions. */
  private readLineComment(notes: PendingNotes, ownerLine: number): string | undefined {
    const start = this.i;
    const line = this.line;
    const lineStart = this.lineStart;
    this.skipToLineEnd();
    this.atLineStart = false;
    const end = this.i;
    if (end - start >= 3 && this.src.charCodeAt(start + 2) === CH_SLASH) return this.src.slice(start + 3, end).trimStart();
    const textStart = start + 2;
    // A suppression starts with `lint-ignore` after optional blanks; look only there.
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
      return undefined;
    }
    // One space after the slashes is layout, not text; trailing white space never is.
    const text = this.src.slice(this.src.charCodeAt(textStart) === CH_SPACE && textStart < end ? textStart + 1 : textStart, end).trimEnd();
    if (ownerLine < 0) notes.comment.push(text);
    else this.trailingPlainComment = text;
    return undefined;
  }

  /** The `//` comment at the end of the declaration line just read, for the declaration's `comment`. */
  private trailingPlainComment: string | undefined;

  /** Gives pending `// lint-ignore` lines the line of the declaration they precede, and hands over `//` lines. */
  private claimNotes(notes: PendingNotes, line: number): void {
    this.claimedComment = undefined;
    if (notes.suppressions.length !== 0) {
      for (const s of notes.suppressions) s.targetLine = line;
      notes.suppressions = [];
    }
    if (notes.comment.length !== 0) {
      this.claimedComment = notes.comment.join('\n');
      notes.comment = [];
    }
  }

  /** Suppressions with nothing below them keep their own line (the engine reports them as unused). */
  private flushDangling(notes: PendingNotes): void {
    notes.suppressions = [];
    notes.comment = [];
  }

  /**
   * After a declaration: an optional trailing comment, then a line break or the end of the file. Anything else is
   * an error that names what was being declared.
   */
  private endOfDeclaration(
    notes: PendingNotes,
    comments: CommentBlock,
    owner: Documented | undefined,
    line: number,
    noun: string,
    name: string,
  ): void {
    this.skipBlanks();
    if (this.isCommentStart()) {
      this.trailingPlainComment = undefined;
      this.commentItemStart = this.i;
      this.readCommentItem(notes, comments, owner ?? {}, line);
      if (owner && this.trailingPlainComment !== undefined) {
        owner.comment = owner.comment ? `${owner.comment}\n${this.trailingPlainComment}` : this.trailingPlainComment;
      }
      this.skipBlanks();
    }
    if (this.atLineEnd()) return;
    throw this.error(`Unexpected ${describeChar(this.peek())} after ${noun} ${name}: each declaration goes on its own line`);
  }

  // ------------------------------------------------------------ blocks

  /** `takeDoc(kind)` gives the block its documentation, the way Prisma hands it out at the top level. */
  private parseBlock(notes: PendingNotes, takeDoc: (kind: BlockKind) => string | undefined): BlockNode {
    const pos = this.pos();
    let keyword = this.readIdent();
    let name = '';
    if (!BLOCK_KINDS.has(keyword)) {
      // Prisma reads `modelUser {` as `model User {`: its grammar needs no blank after the keyword.
      const prefix = KEYWORD_PREFIXES.find((k) => keyword.startsWith(k) && isIdentStart(keyword.charCodeAt(k.length)));
      if (!prefix) {
        throw this.error(`Unknown block type '${keyword}': expected model, enum, view, type, datasource or generator`, pos);
      }
      name = this.intern(keyword.slice(prefix.length));
      keyword = prefix;
    }
    const kind = keyword as BlockKind;
    this.skipBlanks();
    if (!name) {
      const namePos = this.pos();
      name = this.readIdent(false, kind === 'datasource' || kind === 'generator');
      if (!name) throw this.error(`Expected a name after '${kind}', found ${describeChar(this.peek())}`, namePos);
      this.skipBlanks();
    }
    if (this.peek() !== 123 /* { */) {
      throw this.error(`Expected '{' after '${kind} ${name}', found ${describeChar(this.peek())}`);
    }
    this.i++;
    this.claimNotes(notes, pos.line);
    const block: BlockNode = {
      kind,
      name,
      doc: takeDoc(kind),
      comment: this.claimedComment,
      fields: [],
      blockAttributes: [],
      values: [],
      assignments: [],
      pos,
      endLine: pos.line,
    };
    // Prisma ignores whatever follows '{' on its line, but the body starts on the next line.
    this.skipToLineEnd();
    if (this.i >= this.len) throw this.error(`${kind} "${name}" is never closed: add '}' after its last line`, pos);
    this.atLineStart = false;
    this.parseBody(block);
    return block;
  }

  private parseBody(block: BlockNode): void {
    const notes: PendingNotes = { comment: [], suppressions: [] };
    const comments: CommentBlock = { open: false, doc: undefined };
    const serial = ++this.blockSerial;
    const what = `${block.kind} "${block.name}"`;
    const takeDoc = (): string | undefined => {
      const doc = comments.doc?.join('\n');
      comments.doc = undefined;
      comments.open = false;
      return doc;
    };
    for (;;) {
      this.skipBlanks();
      if (this.i >= this.len) {
        throw this.error(`${what} is never closed: add '}' after its last line`, block.pos);
      }
      const c = this.peek();
      if (isLineEnd(c)) {
        this.newLine(notes, comments, false);
        continue;
      }
      if (this.isCommentStart()) {
        this.readCommentItem(notes, comments, undefined, -1);
        continue;
      }
      if (c === 125 /* } */) {
        block.endLine = this.line;
        trimLists(block);
        this.i++;
        this.atLineStart = false;
        this.flushDangling(notes);
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
        comments.open = false;
        const attribute = this.parseAttribute(true);
        block.blockAttributes.push(attribute);
        this.endOfDeclaration(notes, comments, undefined, line, 'the attribute @@', attribute.name);
        continue;
      }
      // Composite-type fields and configuration keys may start with a digit in Prisma's grammar.
      const digitFirst = block.kind === 'type' || block.kind === 'datasource' || block.kind === 'generator';
      if (!this.atIdentStart() && !(digitFirst && isDigit(c))) {
        throw this.error(`Unexpected ${this.describeHere()} in ${what}: expected ${entryWord(block.kind)}, a comment or '}'`);
      }
      const entryLine = this.line;
      if (block.kind === 'enum') {
        const value = this.parseEnumValue(notes, what, takeDoc());
        this.checkDuplicate(serial, value.name, value.pos, what, 'Value');
        block.values.push(value);
        this.endOfDeclaration(notes, comments, value, value.pos.line, 'the value', `"${value.name}"`);
      } else if (block.kind === 'datasource' || block.kind === 'generator') {
        takeDoc();
        const assignment = this.parseAssignment(notes, what);
        this.checkDuplicate(serial, assignment.key, assignment.pos, what, 'Key');
        block.assignments.push(assignment);
        this.endOfDeclaration(notes, comments, undefined, entryLine, 'the value of', assignment.key);
      } else {
        const field = this.parseField(notes, what, takeDoc(), block.kind === 'type');
        this.checkDuplicate(serial, field.name, field.pos, what, 'Field');
        block.fields.push(field);
        this.endOfDeclaration(notes, comments, field, field.pos.line, 'the field', field.name);
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

  /** True when the next character can follow a token on a declaration line: a blank, `@`, a comment or the line's end. */
  private atTokenBoundary(): boolean {
    const c = this.peek();
    return this.atLineEnd() || isBlank(c) || c === CH_AT || this.isCommentStart();
  }

  private parseField(notes: PendingNotes, what: string, doc: string | undefined, lenientName: boolean): FieldNode {
    const pos = this.pos();
    const name = this.readIdent(lenientName);
    this.claimNotes(notes, pos.line);
    const comment = this.claimedComment;
    this.skipBlanks();
    if (!this.atIdentStart()) {
      throw this.error(`Field "${name}" in ${what} needs a type (String, Int, a model or enum name...), found ${this.describeHere()}`);
    }
    const typeStart = this.i;
    const typeName = this.readIdent();
    let type = typeName;
    if (typeName === 'Unsupported' && this.peek() === 40 /* ( */) {
      this.parseUnsupportedArgument(name);
      type = this.src.slice(typeStart, this.i);
    } else if (this.peek() === 46 /* . */) {
      throw this.error(`Type "${typeName}." of field "${name}" is not a type name`);
    }
    let optional = false;
    let list = false;
    // Prisma allows blanks between a type and its `[]` or `?`.
    const afterType = this.i;
    this.skipBlanks();
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
    if (!list && !optional) this.i = afterType;
    if (!this.atTokenBoundary()) {
      throw this.error(`Unexpected ${describeChar(this.peek())} after the type of field "${name}"`);
    }
    const attributes = this.parseFieldAttributes('field', name);
    return { kind: 'field', name, type, optional, list, attributes, doc, comment, pos };
  }

  /** `Unsupported("...")`: exactly one string, blanks allowed inside the parentheses. */
  private parseUnsupportedArgument(field: string): void {
    this.i++;
    this.skipBlanks();
    if (this.peek() !== CH_QUOTE)
      throw this.error(`Unsupported(...) of field "${field}" takes one string, the database type: Unsupported("circle")`);
    this.readString();
    this.skipBlanks();
    if (this.peek() !== 41 /* ) */)
      throw this.error(`Unsupported(...) of field "${field}" takes one string, the database type: Unsupported("circle")`);
    this.i++;
  }

  /** `@name(args)` attributes up to the end of the declaration (blanks between them are optional). */
  private parseFieldAttributes(noun: 'field' | 'value', name: string): readonly Attribute[] {
    // The owner is described only in an error message, not for every field of a valid schema.
    const base = this.scratchTop;
    for (;;) {
      this.skipBlanks();
      if (this.peek() !== CH_AT) break;
      if (this.peek(1) === CH_AT) {
        throw this.error(`Block attribute on the line of ${noun} "${name}": put '@@' attributes on a line of their own`);
      }
      const attribute = this.parseAttribute(false);
      this.pushScratch(attribute);
      if (!this.atTokenBoundary()) {
        throw this.error(`Unexpected ${describeChar(this.peek())} after the attribute '@${attribute.name}' of ${noun} "${name}"`);
      }
    }
    return this.takeFrom<Attribute>(base);
  }

  private parseEnumValue(notes: PendingNotes, what: string, doc: string | undefined): EnumValueNode {
    const pos = this.pos();
    const name = this.readIdent();
    this.claimNotes(notes, pos.line);
    const comment = this.claimedComment;
    if (!this.atTokenBoundary()) {
      throw this.error(
        `Unexpected ${describeChar(this.peek())} after the value "${name}" of ${what}: enum values are bare names, one per line`,
      );
    }
    const attributes = this.parseFieldAttributes('value', name);
    if (!this.atLineEnd() && !this.isCommentStart()) {
      throw this.error(
        `Unexpected ${describeChar(this.peek())} after the value "${name}" of ${what}: enum values are bare names, one per line`,
      );
    }
    return { name, attributes, doc, comment, pos };
  }

  private parseAssignment(notes: PendingNotes, what: string): { key: string; value: string; pos: Position } {
    const pos = this.pos();
    // Keys are written like Prisma's identifiers at their most lenient: a leading digit and dashes (`out-dir`).
    const key = this.readIdent(true, true);
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
    if (this.atLineEnd() || this.isCommentStart()) throw this.error(`'${key}' in ${what} needs a value after '='`);
    this.parseExpr();
    return { key, value: this.src.slice(start, this.i).trim(), pos };
  }

  // ------------------------------------------------------------ attributes and values

  private parseAttribute(block: boolean): Attribute {
    const pos = this.pos();
    this.i += block ? 2 : 1;
    // Prisma allows blanks between '@' and the name, and between the name and its arguments.
    this.skipBlanks();
    const name = this.readDottedIdent();
    if (!name) {
      throw this.error(`Expected an attribute name after '${block ? '@@' : '@'}', found ${describeChar(this.peek())}`);
    }
    const afterName = this.i;
    this.skipBlanks();
    if (this.peek() !== 40 /* ( */) {
      this.i = afterName;
      return { name, args: NONE, pos };
    }
    return { name, args: this.parseArgs(block ? '@@' : '@', name, ''), pos };
  }

  /**
   * `( [name:] value, ... )` on one line: Prisma allows neither line breaks nor comments inside, nor a trailing comma,
   * except after a native type's arguments (`@db.VarChar(64,)`, even `@db.Text(,)`), which Prisma does not check.
   */
  private parseArgs(prefix: string, ownerName: string, suffix: string): readonly AttributeArg[] {
    const trailingCommaAllowed = prefix === '@' && ownerName.includes('.');
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
    const base = this.scratchTop;
    this.skipBlanks();
    if (trailingCommaAllowed && this.peek() === 44 /* , */) {
      this.i++;
      this.skipBlanks();
      if (this.peek() !== 41) throw this.error(`Expected a value or ')' after '(' in ${prefix}${ownerName}, found ','`);
    }
    while (this.peek() !== 41 /* ) */) {
      // The guard keeps the message from being built for every argument of a valid schema.
      if (this.atOpenValueEnd())
        this.checkOpenValue(
          openAt,
          openLine,
          openLineStart,
          `The arguments of ${prefix}${ownerName}${suffix} are never closed on their line: add ')'`,
        );
      let name: string | undefined;
      if (this.atIdentStart()) {
        const save = this.i;
        const ident = this.readIdent();
        this.skipBlanks();
        if (this.peek() === 58 /* : */) {
          name = ident;
          this.i++;
          this.skipBlanks();
        } else {
          this.i = save;
        }
      }
      const start = this.i;
      this.ctxArg = name;
      const expr = this.parseExpr();
      this.pushScratch({ name, value: this.intern(this.src.slice(start, this.i).trim()), expr } satisfies AttributeArg);
      this.skipBlanks();
      const c = this.peek();
      if (c === 44 /* , */) {
        this.i++;
        this.skipBlanks();
        if (this.peek() === 41 && !trailingCommaAllowed)
          throw this.error(`Trailing comma in the arguments of ${prefix}${ownerName}${suffix}: Prisma does not allow it, remove the ','`);
      } else if (c !== 41) {
        this.checkOpenValue(
          openAt,
          openLine,
          openLineStart,
          `The arguments of ${prefix}${ownerName}${suffix} are never closed on their line: add ')'`,
        );
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

  /** Throws `message` at the opening bracket when the value runs into the end of the line, a comment or a '}'. */
  private checkOpenValue(openAt: number, openLine: number, openLineStart: number, message: string): void {
    if (this.atOpenValueEnd()) throw this.error(message, this.posAt(openAt, openLine, openLineStart));
  }

  /** True when a value that is still open runs into the end of the line, a comment or a '}'. */
  private atOpenValueEnd(): boolean {
    const c = this.peek();
    return this.atLineEnd() || c === 125 || (c === CH_SLASH && (this.peek(1) === CH_SLASH || this.peek(1) === CH_STAR));
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
    if (c === 91 /* [ */) return this.parseList();
    if (isDigit(c) || (c === 45 /* - */ && isDigit(this.peek(1)))) {
      const start = this.i;
      this.i++;
      while (isDigit(this.peek())) this.i++;
      if (this.peek() === 46 /* . */ && isDigit(this.peek(1))) {
        this.i++;
        while (isDigit(this.peek())) this.i++;
      }
      if (isIdentPart(this.peek()) || this.peek() === 46) throw this.error(`Malformed number in ${this.context()}`);
      return { kind: 'number', value: Number(this.src.slice(start, this.i)) };
    }
    if (this.atIdentStart()) {
      const name = this.readDottedIdent();
      const afterName = this.i;
      this.skipBlanks();
      if (this.peek() === 40 /* ( */) return { kind: 'call', name, args: this.parseArgs('', name, '()') };
      this.i = afterName;
      return { kind: 'ident', name };
    }
    throw this.error(`Expected a value (string, number, list, name or function call) in ${this.context()}, found ${describeChar(c)}`);
  }

  /** `[a, b]` on one line, without a trailing comma. */
  private parseList(): Expr {
    const openAt = this.i;
    const openLine = this.line;
    const openLineStart = this.lineStart;
    this.i++;
    this.enter(openAt, openLine, openLineStart);
    const base = this.scratchTop;
    this.skipBlanks();
    if (this.peek() !== 93 /* ] */) {
      for (;;) {
        // The guard keeps the message from being built for every item of a valid list.
        if (this.atOpenValueEnd())
          this.checkOpenValue(openAt, openLine, openLineStart, `A list in ${this.context()} is never closed on its line: add ']'`);
        this.pushScratch(this.parseExpr());
        this.skipBlanks();
        const d = this.peek();
        if (d === 93) break;
        if (d !== 44 /* , */) {
          this.checkOpenValue(openAt, openLine, openLineStart, `A list in ${this.context()} is never closed on its line: add ']'`);
          throw this.error(`Expected ',' or ']' in a list in ${this.context()}, found ${describeChar(d)}`);
        }
        this.i++;
        this.skipBlanks();
        if (this.peek() === 93) throw this.error(`Trailing comma in a list in ${this.context()}: Prisma does not allow it, remove the ','`);
      }
    }
    this.i++;
    this.depth--;
    return { kind: 'array', items: this.takeFrom<Expr>(base) };
  }

  /** A double-quoted string on one line, with JSON's escapes (Prisma rejects any other escape and raw control characters). */
  private readString(): string {
    const openAt = this.i;
    const openLine = this.line;
    const openLineStart = this.lineStart;
    this.i++;
    let out = '';
    let chunkStart = this.i;
    for (;;) {
      if (this.i >= this.len) throw this.error("Unterminated string: add the closing '\"'", this.posAt(openAt, openLine, openLineStart));
      const c = this.src.charCodeAt(this.i);
      if (c === CH_QUOTE) break;
      if (isLineEnd(c))
        throw this.error(
          "Unterminated string: add the closing '\"' before the end of the line",
          this.posAt(openAt, openLine, openLineStart),
        );
      if (c < 32)
        throw this.error(
          `A string holds the control character U+${c.toString(16).padStart(4, '0').toUpperCase()}: write it as an escape such as \\t`,
        );
      if (c === CH_BACKSLASH) {
        out += this.src.slice(chunkStart, this.i);
        out += this.readEscape(openAt, openLine, openLineStart);
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

  /** One escape after a backslash: `\" \\ \/ \b \f \n \r \t \uXXXX`. */
  private readEscape(openAt: number, openLine: number, openLineStart: number): string {
    const e = this.src.charCodeAt(this.i + 1);
    if (Number.isNaN(e) || isLineEnd(e))
      throw this.error('Unterminated string: a backslash ends the line', this.posAt(openAt, openLine, openLineStart));
    const simple = ESCAPES.get(e);
    if (simple !== undefined) {
      this.i += 2;
      return simple;
    }
    if (e === 117 /* u */) {
      const hex = this.src.slice(this.i + 2, this.i + 6);
      if (hex.length === 4 && [...hex].every((h) => isHexDigit(h.charCodeAt(0)))) {
        this.i += 6;
        return String.fromCharCode(parseInt(hex, 16));
      }
      throw this.error('Malformed \\u escape in a string: write \\u and four hex digits');
    }
    throw this.error(`Unknown escape '\\${String.fromCharCode(e)}' in a string: a backslash is written '\\\\'`);
  }
}

const ESCAPES: ReadonlyMap<number, string> = new Map([
  [CH_QUOTE, '"'],
  [CH_BACKSLASH, '\\'],
  [CH_SLASH, '/'],
  [98, '\b'],
  [102, '\f'],
  [110, '\n'],
  [114, '\r'],
  [116, '\t'],
]);

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
    } catch (error) {
      throw unreadablePathError(path, error);
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
