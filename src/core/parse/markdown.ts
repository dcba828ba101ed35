import type { Nodes, Root, RootContent } from 'mdast';
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
function gfmForStrategies(this: Processor, options: { tables: boolean }): void {
  const data = this.data();
  (data.micromarkExtensions ??= []).push(...(options.tables ? [gfmTable()] : []), gfmFootnote(), gfmStrikethrough());
  (data.fromMarkdownExtensions ??= []).push(...(options.tables ? [gfmTableFromMarkdown()] : []), gfmFootnoteFromMarkdown(), gfmStrikethroughFromMarkdown());
}

/**
 * The one Markdown parser of the project: CommonMark, the GFM constructs
 * above and YAML frontmatter. Each variant is built once, because freezing
 * a unified processor is the costly part.
 */
const parser = (tables: boolean) => unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(gfmForStrategies, { tables }).freeze();
const withTables = parser(true);

/**
 * The same parser without GFM tables, for text that cannot hold a table: no
 * pipe, and no colon beside a dash (micromark reads `x` over `:-:` as a
 * table of one column). The table construct is tried at the start of every
 * line and reads the whole line before it gives up, so on long lines it
 * costs as much as the paragraph itself (a 1 MB line: 1.1 of 2.4 s); the
 * tree is the same (test/unit/parseWithoutTables.test.ts).
 */
const withoutTables = parser(false);

const MAY_HOLD_TABLE = /\||:-|-:/;

const processor = { parse: (text: string): Root => (MAY_HOLD_TABLE.test(text) ? withTables : withoutTables).parse(text) };

/**
 * Texts above this size are parsed in chapters. micromark's cost grows
 * faster than linearly with the lists of one document (3.5 MB of strategy
 * took 21 s in one piece, 167 KB of nested bullets 13 s), while chapters
 * split at top-level headings parse independently with the same tree, and
 * long lists are cut between top-level items (see `safeSplitPoints`). Most
 * strategies are below the limit and are parsed whole.
 */
const CHUNKED_PARSE_ABOVE = 64 * 1024;
const CHUNK_SIZE = 16 * 1024;

export interface ParseOptions {
  /** Chapters parsed before are reused by their text (see `createParseCache`). */
  cache?: ParseCache;
  /** For tests: parse in chapters above this length (default `CHUNKED_PARSE_ABOVE`). */
  chunkAbove?: number;
  /** For tests: the least length of a chapter (default 16 KB). */
  chunkSize?: number;
}

/** A link reference or footnote definition of a chapter, offsets within the chapter. */
interface Definition {
  kind: 'definition' | 'footnoteDefinition';
  identifier: string;
  start: number;
  end: number;
}

interface CachedChapter {
  tree: Root;
  /** Where the tree's positions currently point: offset and line shift. */
  offset: number;
  lines: number;
  definitions: Definition[];
  /** Definitions somewhere below the top level (in a list or quote). */
  nestedDefinitions: boolean;
  /** The `parseMarkdown` call that last used the tree. */
  used: number;
  /** The chapter parsed beside other chapters' definitions (the last such parse, positions like `tree`'s). */
  withDefinitions?: { definitions: string; tree: Root };
}

/**
 * Chapters parsed before, by their text, for an incremental linter: after an
 * edit only the chapter that changed is parsed again. Chapters a parse did
 * not use are dropped, so the cache holds one document's worth.
 */
export interface ParseCache {
  chapters: Map<string, CachedChapter>;
  run: number;
}

export function createParseCache(): ParseCache {
  return { chapters: new Map(), run: 0 };
}

/**
 * Parses Markdown. Above `CHUNKED_PARSE_ABOVE` the text is parsed in
 * chapters split at safe headings (see `safeSplitPoints`), with the same
 * result as one parse: link reference and footnote definitions apply
 * across chapters, because each chapter that lacks another's definitions is
 * parsed again with them (or, when a label is defined in two chapters or a
 * definition sits inside a container, the text is parsed whole).
 */
export function parseMarkdown(text: string, options: ParseOptions = {}): Root {
  if (text.length <= (options.chunkAbove ?? CHUNKED_PARSE_ABOVE)) return processor.parse(text);
  const cache = options.cache ?? createParseCache();
  const run = ++cache.run;
  const kept = new Map<string, CachedChapter>();
  const chapters: Array<{ start: number; line: number; text: string; entry: CachedChapter }> = [];
  let start = 0;
  let line = 1;
  for (const point of [...safeSplitPoints(text, options.chunkSize ?? CHUNK_SIZE), { offset: text.length, line: -1 }]) {
    if (point.offset <= start) continue;
    const chapterText = text.slice(start, point.offset);
    let entry = cache.chapters.get(chapterText);
    if (!entry || entry.used === run) entry = parseChapter(chapterText);
    entry.used = run;
    kept.set(chapterText, entry);
    moveTo(entry, start, line - 1);
    chapters.push({ start, line, text: chapterText, entry });
    start = point.offset;
    line = point.line;
  }
  cache.chapters = kept;

  const children: RootContent[] = [];
  const defined = chapters.filter((c) => c.entry.definitions.length > 0 || c.entry.nestedDefinitions);
  if (defined.length === 0) for (const chapter of chapters) children.push(...chapter.entry.tree.children);
  else {
    if (defined.some((c) => c.entry.nestedDefinitions) || definedTwice(chapters)) return processor.parse(text);
    chapters.forEach((chapter, index) => {
      // The definitions of every other chapter, as written there.
      const foreign = chapters
        .filter((other, i) => i !== index && other.entry.definitions.length > 0)
        .flatMap((other) => other.entry.definitions.map((d) => other.text.slice(d.start, d.end)));
      if (foreign.length === 0 || !chapter.text.includes('[')) children.push(...chapter.entry.tree.children);
      else children.push(...withDefinitions(chapter.entry, chapter.text, foreign.join('\n\n'), index === 0));
    });
  }
  // The end of the text, as one parse gives it: the last chapter's end, moved to where that chapter sits.
  const lastChapter = chapters[chapters.length - 1];
  const end = lastChapter.entry.tree.position?.end ?? { line: 1, column: 1, offset: 0 };
  return {
    type: 'root',
    children,
    position: { start: { line: 1, column: 1, offset: 0 }, end: { line: end.line + lastChapter.line - 1, column: end.column, offset: (end.offset ?? 0) + lastChapter.start } },
  };
}

function parseChapter(text: string): CachedChapter {
  const tree = processor.parse(text);
  const definitions: Definition[] = [];
  let nestedDefinitions = false;
  for (const node of tree.children) {
    if ((node.type === 'definition' || node.type === 'footnoteDefinition') && node.position) {
      definitions.push({ kind: node.type, identifier: node.identifier, start: node.position.start.offset ?? 0, end: node.position.end.offset ?? 0 });
    } else if ('children' in node && hasDefinition(node)) nestedDefinitions = true;
  }
  return { tree, offset: 0, lines: 0, definitions, nestedDefinitions, used: 0 };
}

function hasDefinition(top: Nodes): boolean {
  const pending: Nodes[] = [top];
  while (pending.length > 0) {
    const node = pending.pop()!;
    if (node.type === 'definition' || node.type === 'footnoteDefinition') return true;
    if ('children' in node) pending.push(...(node.children as Nodes[]));
  }
  return false;
}

function definedTwice(chapters: Array<{ entry: CachedChapter }>): boolean {
  const seen = new Set<string>();
  for (const chapter of chapters) {
    const own = new Set(chapter.entry.definitions.map((d) => `${d.kind}\n${d.identifier}`));
    for (const key of own) {
      if (seen.has(key)) return true;
      seen.add(key);
    }
  }
  return false;
}

/**
 * Parses a chapter with other chapters' definitions beside it and returns
 * the chapter's own nodes at their place in the whole text. The definitions
 * go after the first chapter (whose frontmatter must stay at its start) and
 * before every other, which starts with a heading that nothing before it
 * can continue into.
 */
function withDefinitions(entry: CachedChapter, chapter: string, definitions: string, first: boolean): RootContent[] {
  const cached = entry.withDefinitions;
  if (cached?.definitions === definitions) return cached.tree.children;
  let own: RootContent[];
  if (first) {
    own = processor.parse(`${chapter}\n\n${definitions}`).children.filter((node) => (node.position?.start.offset ?? 0) < chapter.length);
    shiftNodes(own, entry.offset, entry.lines);
  } else {
    const prefix = `${definitions}\n\n`;
    own = processor.parse(prefix + chapter).children.filter((node) => (node.position?.start.offset ?? 0) >= prefix.length);
    shiftNodes(own, entry.offset - prefix.length, entry.lines - (prefix.match(/\r\n|\r|\n/g)?.length ?? 0));
  }
  entry.withDefinitions = { definitions, tree: { type: 'root', children: own } };
  return own;
}

/** Moves a cached chapter's positions to where the chapter now sits. */
function moveTo(entry: CachedChapter, offset: number, lines: number): void {
  if (entry.offset === offset && entry.lines === lines) return;
  shiftNodes(entry.tree.children, offset - entry.offset, lines - entry.lines);
  if (entry.withDefinitions) shiftNodes(entry.withDefinitions.tree.children, offset - entry.offset, lines - entry.lines);
  entry.offset = offset;
  entry.lines = lines;
}

function shiftNodes(nodes: Nodes[], offset: number, lines: number): void {
  if (offset === 0 && lines === 0) return;
  const pending: Nodes[] = [...nodes];
  while (pending.length > 0) {
    const node = pending.pop()!;
    const position = node.position;
    if (position) {
      // Moved in place: the parser gives every node points of its own, and a chapter below an edit has thousands
      // of nodes, which would otherwise each make two new objects on every keystroke above them.
      position.start.line += lines;
      position.start.offset = (position.start.offset ?? 0) + offset;
      position.end.line += lines;
      position.end.offset = (position.end.offset ?? 0) + offset;
    }
    if ('children' in node) for (const child of node.children as Nodes[]) pending.push(child);
  }
}
