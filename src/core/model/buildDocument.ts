import type { Heading, Nodes, Paragraph, PhrasingContent, RootContent, Strong, Table } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { guardBrackets } from '../parse/bracketGuard';
import { guardPipes } from '../parse/pipeGuard';
import { guardLongParagraphs } from '../parse/lineRunGuard';
import { budgetLines } from '../parse/lineBudget';
import { guardNesting } from '../parse/nestingGuard';
import { frontmatterEnd, readFrontmatter } from '../parse/frontmatter';
import { createParseCache, parseMarkdown, type ParseCache, type ParseOptions } from '../parse/markdown';
import { trailingOpenFence } from '../parse/openFence';
import { LineIndex } from '../text/lineIndex';
import { splitHeadingNumber } from './headingText';
import { countSentences, countWords, emptySubstance, stripPlaceholders } from './substance';
import type { Block, Section, StrategyDocument, Substance, TextRange } from './types';

const MARKER = /<!--\s*strategitjek\s*:\s*([a-z][a-z0-9-]*(?:\s*,\s*[a-z][a-z0-9-]*)*)\s*-->/giu;

/** Longest bold paragraph still read as a heading rather than emphasised prose. */
const PSEUDO_HEADING_MAX_WORDS = 12;

/**
 * What an incremental linter keeps between checks of one document: parsed
 * chapters by their text, and what each node of those chapters gave as a
 * block. A chapter that did not change keeps its nodes (only their positions
 * move), so its blocks are not read, normalised and counted again; the
 * entries go with the nodes when a chapter is parsed anew.
 */
export interface DocumentCache {
  parse: ParseCache;
  blocks: WeakMap<object, NodeBlock>;
  headings: WeakMap<object, NodeHeading>;
  /** For tests: chapter sizes, so small texts are parsed in chapters too. */
  parseOptions?: Pick<ParseOptions, 'chunkAbove' | 'chunkSize'>;
}

export function createDocumentCache(parseOptions?: DocumentCache['parseOptions']): DocumentCache {
  return { parse: createParseCache(), blocks: new WeakMap(), headings: new WeakMap(), parseOptions };
}

/** A block as its node gave it: what does not depend on where the node now stands. */
interface NodeBlock {
  kind: Block['kind'];
  text: string;
  substance: Substance;
  lead?: string;
}

/** Blocks read from nodes before, by node; absent for a one-off build. */
type BlockMemo = WeakMap<object, NodeBlock> | undefined;

/** A heading as its node gave it, like `NodeBlock`: its text without numbering, and the markers in its source. */
interface NodeHeading {
  text: string;
  number: string | undefined;
  markers: string[];
}

/** Builds the document model: text → Markdown tree → sections and blocks. */
export function buildDocument(input: string, cache?: DocumentCache): StrategyDocument {
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  // The parser guards defuse the body only: the frontmatter is YAML, read as written (a long run of
  // `key: value` lines is not a paragraph to join, deep YAML indentation is not a nested list).
  const bodyStart = frontmatterEnd(text);
  const body = text.slice(bodyStart);
  const nested = guardNesting(guardLongParagraphs(guardPipes(guardBrackets(body))));
  const budgeted = budgetLines(nested.text);
  const inDocument = (range: TextRange) => ({ start: range.start + bodyStart, end: range.end + bodyStart });
  // Guards that find nothing hand back the text they were given: then the parser reads the text itself, not a copy.
  const guardedText = budgeted.text === body ? text : text.slice(0, bodyStart) + budgeted.text;
  const tree = parseMarkdown(guardedText, cache ? { ...cache.parseOptions, cache: cache.parse } : {});
  const memo: BlockMemo = cache?.blocks;
  const headings = cache?.headings;
  const lines = new LineIndex(text);
  const frontmatter = readFrontmatter(guardedText, tree);

  const root: Section = {
    kind: 'root',
    depth: 0,
    text: '',
    headingRange: { start: 0, end: 0 },
    range: { start: 0, end: text.length },
    blocks: [],
    children: [],
    markers: [],
    topLevel: true,
  };
  const sections: Section[] = [];
  const blocks: Block[] = [];
  const stack: Section[] = [root];
  const current = () => stack[stack.length - 1];

  const close = (until: (section: Section) => boolean, at: number) => {
    while (stack.length > 1 && until(current())) {
      const section = stack.pop()!;
      section.range.end = at;
    }
  };
  const open = (section: Section) => {
    section.parent = current();
    current().children.push(section);
    stack.push(section);
    sections.push(section);
  };

  for (const node of tree.children) {
    const range = rangeOf(node);
    if (node.type === 'yaml') continue;
    if (node.type === 'heading') {
      close((s) => s.kind === 'pseudo' || s.depth >= node.depth, range.start);
      open(makeSection(guardedText, node, range, isSetext(guardedText, range.start) ? 'setext' : 'atx', node.depth, headings));
      continue;
    }
    if (node.type === 'paragraph' && isPseudoHeading(node)) {
      close((s) => s.kind === 'pseudo', range.start);
      open(makeSection(guardedText, node, range, 'pseudo', Math.min(current().depth + 1, 7), headings));
      continue;
    }
    const runIn = node.type === 'paragraph' ? runInHeading(node) : undefined;
    if (runIn) {
      close((s) => s.kind === 'pseudo', range.start);
      open(makeSection(guardedText, runIn.head, rangeOf(runIn.head), 'pseudo', Math.min(current().depth + 1, 7), headings));
      const rest: Paragraph = { type: 'paragraph', children: runIn.rest, position: { start: runIn.rest[0].position!.start, end: node.position!.end } };
      collectBlocks(rest, current(), blocks, memo);
      continue;
    }
    collectBlocks(node, current(), blocks, memo);
  }
  close(() => true, text.length);

  const skipped = nested.blanked.map((run) => ({ ...inDocument(run), depth: run.depth }));
  const openFence = trailingOpenFence(guardedText, tree.children[tree.children.length - 1]);
  return { text, lines, frontmatter, root, sections, blocks, skipped, skippedShortLines: budgeted.skipped.map(inDocument), openFence };
}

/**
 * A section opened by a heading node. What the heading says is read once per node (`memo`), as blocks are: a node of
 * an unchanged chapter is the same node with the same source at the next check, only moved.
 */
function makeSection(source: string, node: Heading | Paragraph | Strong, range: TextRange, kind: Section['kind'], depth: number, memo: WeakMap<object, NodeHeading> | undefined): Section {
  let known = memo?.get(node);
  if (!known) {
    const { text, number } = splitHeadingNumber(toString(node));
    known = { text, number, markers: markersIn(source.slice(range.start, range.end)) };
    memo?.set(node, known);
  }
  return {
    kind,
    depth,
    text: known.text,
    number: known.number,
    headingRange: range,
    range: { start: range.start, end: range.end },
    blocks: [],
    children: [],
    // The section's own list: markers in its paragraphs are added to it.
    markers: [...known.markers],
    topLevel: true,
  };
}

/** A paragraph that is nothing but a short bold phrase ("**Ansvar og roller**"). */
function isPseudoHeading(node: Paragraph): boolean {
  const meaningful = node.children.filter((child) => !(child.type === 'text' && child.value.trim() === ''));
  if (meaningful.length !== 1 || meaningful[0].type !== 'strong') return false;
  const text = toString(meaningful[0]).trim();
  const words = countWords(text);
  return words > 0 && words <= PSEUDO_HEADING_MAX_WORDS && !/[.;,]$/.test(text);
}

/**
 * A paragraph that opens with a short bold phrase and goes on in plain text ("**Sådan gør vi.** Vi
 * laver små forsøg …"): a run-in heading, as letters, memos and web pages head their paragraphs. The
 * bold phrase is read as a heading over the rest of the paragraph, so the paragraph is a section of
 * its own, as if the phrase stood on a line by itself.
 */
function runInHeading(node: Paragraph): { head: Strong; rest: PhrasingContent[] } | undefined {
  const [first, ...rest] = node.children;
  if (!first || first.type !== 'strong' || !first.position) return undefined;
  const words = countWords(toString(first));
  const after = rest.filter((child) => !(child.type === 'text' && child.value.trim() === ''));
  if (words === 0 || words > PSEUDO_HEADING_MAX_WORDS || after.length === 0 || !after[0].position) return undefined;
  // Set off from what follows by its own punctuation or by a line of its own ("**1. Sammenhæng**" with the
  // answer on the next line); "**Byrådet** beslutter …" is a sentence whose subject is bold, and the role
  // belongs to that sentence.
  const next = after[0].type === 'text' ? after[0].value.trimStart() : '';
  const ownLine = rest[0].type === 'break' || (rest[0].type === 'text' && /^[ \t]*\r?\n/.test(rest[0].value));
  if (!ownLine && !/[.:?!]$/.test(toString(first).trim()) && !/^[.:?!–—-]/.test(next)) return undefined;
  return { head: first, rest: after };
}

function isSetext(source: string, start: number): boolean {
  return source[start] !== '#';
}

function markersIn(source: string): string[] {
  const ids: string[] = [];
  // Every marker is an HTML comment; most sections hold none.
  if (!source.includes('<!--')) return ids;
  for (const match of source.matchAll(MARKER)) {
    for (const id of match[1].split(',')) ids.push(id.trim().toLowerCase());
  }
  return ids;
}

function rangeOf(node: Nodes): TextRange {
  return { start: node.position?.start.offset ?? 0, end: node.position?.end.offset ?? 0 };
}

/**
 * Turns one top-level node into blocks, descending into lists, quotes and
 * tables with an explicit stack (no recursion), and records markers.
 */
function collectBlocks(top: RootContent, section: Section, blocks: Block[], memo: BlockMemo): void {
  const pending: Array<{ node: Nodes; quoted: boolean }> = [{ node: top, quoted: false }];
  while (pending.length > 0) {
    const { node, quoted } = pending.pop()!;
    switch (node.type) {
      case 'html':
        section.markers.push(...markersIn(node.value));
        break;
      case 'paragraph':
      case 'heading':
        section.markers.push(...markersIn(inlineHtml(node)));
        pushBlock(blocks, section, quoted ? 'quote' : 'paragraph', node, () => toString(node), rangeOf(node), memo);
        break;
      case 'list':
        for (let i = node.children.length - 1; i >= 0; i--) pending.push({ node: node.children[i], quoted });
        break;
      case 'listItem': {
        const own = node.children.filter((child) => child.type === 'paragraph' || child.type === 'heading');
        const nested = node.children.filter((child) => child.type !== 'paragraph' && child.type !== 'heading');
        for (const child of own) section.markers.push(...markersIn(inlineHtml(child)));
        if (own.length > 0) {
          const start = rangeOf(own[0]).start;
          const end = rangeOf(own[own.length - 1]).end;
          const first = own[0];
          const head = first.type === 'paragraph' ? () => runInHeading(first)?.head : undefined;
          pushBlock(blocks, section, 'listItem', node, () => own.map((child) => toString(child)).join(' '), { start, end }, memo, head);
        }
        for (let i = nested.length - 1; i >= 0; i--) pending.push({ node: nested[i], quoted });
        break;
      }
      case 'blockquote':
        for (let i = node.children.length - 1; i >= 0; i--) pending.push({ node: node.children[i], quoted: true });
        break;
      case 'table':
        pushTable(node, section, blocks, memo);
        break;
      default:
        // Code, thematic breaks, definitions and footnotes carry no strategy content.
        break;
    }
  }
}

function pushTable(table: Table, section: Section, blocks: Block[], memo: BlockMemo): void {
  table.children.forEach((row, index) => {
    const read = () => row.children.map((cell) => toString(cell).trim()).join(' | ');
    pushBlock(blocks, section, index === 0 ? 'tableHeader' : 'tableRow', row, read, rangeOf(row), memo);
  });
}

function inlineHtml(node: Paragraph | Heading): string {
  // Most paragraphs hold no HTML: they are passed over without building a list.
  let html: string | undefined;
  for (const child of node.children) if (child.type === 'html') html = html === undefined ? child.value : `${html} ${child.value}`;
  return html ?? '';
}

function pushBlock(
  blocks: Block[],
  section: Section,
  kind: Block['kind'],
  node: object,
  read: () => string,
  range: TextRange,
  memo: BlockMemo,
  readLead?: () => Strong | undefined,
): void {
  let known = memo?.get(node);
  if (!known || known.kind !== kind) {
    const text = read();
    const head = readLead?.();
    known = { kind, text: text.replace(/\s+/g, ' ').trim(), substance: substanceOf(kind, text), lead: head ? toString(head).trim() : undefined };
    memo?.set(node, known);
  }
  const block: Block = { kind, text: known.text, range, substance: { ...known.substance }, section };
  if (known.lead) block.lead = known.lead;
  section.blocks.push(block);
  blocks.push(block);
}

function substanceOf(kind: Block['kind'], text: string): Substance {
  const { text: stripped, count } = stripPlaceholders(text);
  // A paragraph that names a question and leaves its answer open ("Hvad I kan forvente af mig: [udfyldes]") is a
  // prompt, not an answer: its words are no substance.
  const words = count > 0 && /:\s*$/.test(stripped) ? 0 : countWords(stripped);
  const substance = emptySubstance();
  substance.words = words;
  substance.placeholders = count;
  const sentences = countSentences(stripped);
  if (kind === 'listItem') {
    substance.listItems = words > 0 ? 1 : 0;
    substance.sentences = Math.max(0, sentences - 1);
  } else if (kind === 'tableRow') {
    substance.tableRows = words > 0 ? 1 : 0;
  } else if (kind === 'tableHeader') {
    substance.words = 0;
  } else {
    substance.sentences = sentences;
  }
  return substance;
}
