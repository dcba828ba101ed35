import type { Nodes, Root } from 'mdast';
import { gfmFootnoteFromMarkdown } from 'mdast-util-gfm-footnote';
import { gfmStrikethroughFromMarkdown } from 'mdast-util-gfm-strikethrough';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import { gfmFootnote } from 'micromark-extension-gfm-footnote';
import { gfmStrikethrough } from 'micromark-extension-gfm-strikethrough';
import { gfmTable } from 'micromark-extension-gfm-table';
import remarkFrontmatter from 'remark-frontmatter';
import remarkParse from 'remark-parse';
import { unified, type Processor } from 'unified';
import { safeSplitPoints } from './splitPoints';

/**
 * The GFM constructs strategies use: tables (roles are often a table),
 * footnotes and strikethrough. These are the parts remark-gfm is made of,
 * without autolink literals and task lists, which carry no strategy content
 * and made parsing 1.7 times slower.
 */
function gfmForStrategies(this: Processor): void {
  const data = this.data();
  (data.micromarkExtensions ??= []).push(gfmTable(), gfmFootnote(), gfmStrikethrough());
  (data.fromMarkdownExtensions ??= []).push(gfmTableFromMarkdown(), gfmFootnoteFromMarkdown(), gfmStrikethroughFromMarkdown());
}

/**
 * The one Markdown parser of the project: CommonMark, the GFM constructs
 * above and YAML frontmatter. Built once, because freezing a unified
 * processor is the costly part.
 */
const processor = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(gfmForStrategies).freeze();

/**
 * Texts above this size are parsed in chapters. micromark's cost grows
 * faster than linearly with the number of lists in one document (3.5 MB of
 * strategy took 21 s in one piece), while chapters split at top-level
 * headings parse independently with the same result. Real strategies are far
 * below the limit and are always parsed whole.
 */
export const CHUNKED_PARSE_ABOVE = 256 * 1024;
const CHUNK_SIZE = 16 * 1024;

export function parseMarkdown(text: string): Root {
  if (text.length <= CHUNKED_PARSE_ABOVE) return processor.parse(text);
  const root: Root = { type: 'root', children: [], position: { start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 1, offset: 0 } } };
  let start = 0;
  let line = 1;
  for (const point of [...safeSplitPoints(text, CHUNK_SIZE), { offset: text.length, line: -1 }]) {
    if (point.offset <= start) continue;
    const chunk = processor.parse(text.slice(start, point.offset));
    shiftPositions(chunk, start, line - 1);
    root.children.push(...chunk.children);
    start = point.offset;
    line = point.line;
  }
  const last = root.children[root.children.length - 1];
  if (last?.position) root.position!.end = { ...last.position.end };
  return root;
}

/** Moves every position of a chunk's tree to where the chunk sits in the whole text. */
function shiftPositions(tree: Root, offset: number, lines: number): void {
  if (offset === 0 && lines === 0) return;
  const pending: Nodes[] = [tree];
  while (pending.length > 0) {
    const node = pending.pop()!;
    const position = node.position;
    if (position) {
      position.start = { ...position.start, line: position.start.line + lines, offset: (position.start.offset ?? 0) + offset };
      position.end = { ...position.end, line: position.end.line + lines, offset: (position.end.offset ?? 0) + offset };
    }
    if ('children' in node) pending.push(...(node.children as Nodes[]));
  }
}
