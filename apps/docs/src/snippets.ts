// Schema excerpts for the before/after pages: a legacy excerpt around the line a finding cites, and the corrected
// declaration of each model (or enum) the finding is about. Short blocks are shown whole; long ones are cut to the
// lines that matter, with `// ...` where lines were left out, so each side stays readable next to the other.
import type { BlockNode, GraphModel, SchemaFileAst } from '@leadmetrics/rules';

/** Blocks up to this many lines (doc comment included) are shown whole. */
export const WHOLE_BLOCK_LINES = 40;
/** Lines of context kept on each side of a cited line inside a long block. */
const CONTEXT = 8;
const ELISION = '  // ...';

export interface Snippet {
  /** 1-based first and last line of the excerpt in its file. */
  from: number;
  to: number;
  text: string;
}

/** Contiguous comment lines directly above `line` (1-based), returned as the first line of that run. */
function commentStart(lines: string[], line: number): number {
  let start = line;
  while (start > 1 && lines[start - 2]!.trim().startsWith('//')) start--;
  return start;
}

/** The block holding `line`, counting the comment lines directly above a block as part of it. */
function blockAt(ast: SchemaFileAst, lines: string[], line: number): BlockNode | undefined {
  return ast.blocks.find((b) => commentStart(lines, b.pos.line) <= line && line <= b.endLine);
}

/** Renders the chosen 1-based line numbers, inserting an elision wherever numbers are not consecutive. */
function excerpt(lines: string[], chosen: number[], marks: Map<number, string>): Snippet {
  const sorted = [...new Set(chosen)].filter((n) => n >= 1 && n <= lines.length).sort((a, b) => a - b);
  const out: string[] = [];
  sorted.forEach((n, i) => {
    if (i > 0 && n !== sorted[i - 1]! + 1) out.push(ELISION);
    const mark = marks.get(n);
    out.push(mark ? `${lines[n - 1]!.replace(/\s+$/, '')}  // <- ${mark}` : lines[n - 1]!);
  });
  return { from: sorted[0] ?? 1, to: sorted[sorted.length - 1] ?? 1, text: out.join('\n') };
}

function range(from: number, to: number): number[] {
  const out: number[] = [];
  for (let n = from; n <= to; n++) out.push(n);
  return out;
}

/**
 * Legacy excerpts for cited lines: each cited line's block whole when it is short, else the block's header, the
 * cited line with CONTEXT lines around it and the closing brace. Cited lines whose excerpts overlap share one
 * excerpt; the others get one each, in line order. `marks` labels cited lines (`line 139`).
 */
export function legacySnippets(ast: SchemaFileAst, lines: string[], cited: number[], marks: Map<number, string>): Snippet[] {
  const groups: number[][] = [];
  const inBlocks = cited.filter((line) => blockAt(ast, lines, line));
  // A cited line between blocks (a range's end on a blank line) adds nothing when another cited line is in a block.
  const shown = inBlocks.length > 0 ? inBlocks : cited;
  for (const line of [...new Set(shown)].sort((a, b) => a - b)) {
    const block = blockAt(ast, lines, line);
    let chosen: number[];
    if (!block) {
      chosen = range(line - CONTEXT, line + CONTEXT);
    } else {
      const start = commentStart(lines, block.pos.line);
      chosen =
        block.endLine - start + 1 <= WHOLE_BLOCK_LINES
          ? range(start, block.endLine)
          : [block.pos.line, ...range(Math.max(block.pos.line, line - CONTEXT), Math.min(block.endLine, line + CONTEXT)), block.endLine];
    }
    const last = groups[groups.length - 1];
    if (last && Math.min(...chosen) <= Math.max(...last) + 1) last.push(...chosen);
    else groups.push(chosen);
  }
  return groups.map((chosen) => excerpt(lines, chosen, marks));
}

/**
 * The corrected declaration of a model: whole when short, else its doc comment, header, the `focus` fields (with
 * their own doc comments), the block attributes (`@@...`) and the closing brace.
 */
export function modelSnippet(model: GraphModel, lines: string[], focus: Set<string>): Snippet {
  const block = model.node;
  const start = commentStart(lines, block.pos.line);
  if (block.endLine - start + 1 <= WHOLE_BLOCK_LINES) return excerpt(lines, range(start, block.endLine), new Map());
  const chosen = range(start, block.pos.line);
  for (const field of block.fields) {
    if (!focus.has(field.name)) continue;
    chosen.push(...range(commentStart(lines, field.pos.line), field.pos.line));
  }
  for (const attribute of block.blockAttributes) chosen.push(attribute.pos.line);
  chosen.push(block.endLine);
  return excerpt(lines, chosen, new Map());
}

/** An enum's declaration with its doc comment (enums are short). */
export function enumSnippet(block: BlockNode, lines: string[]): Snippet {
  return excerpt(lines, range(commentStart(lines, block.pos.line), block.endLine), new Map());
}
