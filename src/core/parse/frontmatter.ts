import type { Root, Yaml } from 'mdast';
import { isMap, isPair, isScalar, parseDocument, type Document, type Node as YamlNode } from 'yaml';
import { normaliseLineEndings } from '../text/lineEndings';

/** A problem found while reading the frontmatter, as offsets into the document text. */
interface FrontmatterProblem {
  kind: 'yaml-error' | 'yaml-warning' | 'unclosed' | 'not-mapping';
  /** The YAML library's own message (English), shown after a localised lead. */
  detail: string;
  start: number;
  end: number;
}

export interface Frontmatter {
  /** True when the document opens with a closed `---` block. */
  present: boolean;
  /** The whole block, fences included; an empty range at 0 when absent. */
  range: { start: number; end: number };
  /** Offset of the first character of the YAML inside the fences. */
  contentStart: number;
  /**
   * The parsed YAML. It was parsed with `\n` line breaks, so its node ranges
   * are offsets into that normalised text: turn them into document offsets
   * with `toDocumentOffset`, never by adding `contentStart`.
   */
  document?: Document.Parsed;
  /** Maps an offset in the parsed YAML to an offset in the document. */
  toDocumentOffset(yamlOffset: number): number;
  /** Plain data, or `{}` when the YAML is absent or not a mapping; when it is broken, the pairs no error falls inside. */
  data: Record<string, unknown>;
  problems: FrontmatterProblem[];
}

const OPENING_FENCE = /^---[ \t]*(\r\n|\r|\n)/;

const CLOSING_FENCE = /^---[ \t]*$/m;

/**
 * Where a closed frontmatter block ends (just after its closing `---`), or 0
 * when the text does not open with one: read before parsing, so that the
 * parser guards leave the YAML exactly as written.
 */
export function frontmatterEnd(text: string): number {
  const opening = OPENING_FENCE.exec(text);
  if (!opening) return 0;
  const closing = CLOSING_FENCE.exec(text.slice(opening[0].length));
  return closing ? opening[0].length + closing.index + closing[0].length : 0;
}

/** Reads the frontmatter that remark found, keeping exact positions. */
export function readFrontmatter(text: string, tree: Root): Frontmatter {
  const node = tree.children[0]?.type === 'yaml' ? (tree.children[0] as Yaml) : undefined;
  if (!node) {
    const opening = OPENING_FENCE.exec(text);
    // A document that opens with `---` followed by `key: value` lines but never
    // closes the block is almost always frontmatter with a forgotten fence.
    const problems: FrontmatterProblem[] =
      opening && /^[\p{L}_][\p{L}\p{N}_ -]*:/u.test(text.slice(opening[0].length))
        ? [{ kind: 'unclosed', detail: '', start: 0, end: 3 }]
        : [];
    return { present: false, range: { start: 0, end: 0 }, contentStart: 0, data: {}, problems, toDocumentOffset: (offset) => offset };
  }
  const start = node.position?.start.offset ?? 0;
  const end = node.position?.end.offset ?? 0;
  const opening = OPENING_FENCE.exec(text.slice(start));
  const contentStart = start + (opening ? opening[0].length : 4);
  const { document, toDocumentOffset } = parseYamlAt(node.value, contentStart);
  const problems: FrontmatterProblem[] = [];
  const shift = (pos: [number, number]) => ({
    start: toDocumentOffset(pos[0]),
    end: toDocumentOffset(Math.max(pos[1], pos[0])),
  });
  for (const error of document.errors) {
    problems.push({ kind: 'yaml-error', detail: firstLine(error.message), ...shift(error.pos) });
  }
  for (const warning of document.warnings) {
    problems.push({ kind: 'yaml-warning', detail: firstLine(warning.message), ...shift(warning.pos) });
  }
  let data: Record<string, unknown> = {};
  // Broken YAML still says what it can: the lines the parser read without an error ("dokumenttype:
  // min-digitale-ambition" above a title with a stray quote), so the document is checked as what it is.
  if (document.errors.length > 0) data = undamagedPairs(document);
  else {
    try {
      const value: unknown = document.toJS({ maxAliasCount: 100 });
      if (value !== null && value !== undefined) {
        if (typeof value === 'object' && !Array.isArray(value)) data = value as Record<string, unknown>;
        else {
          const range = document.contents?.range ?? [0, 0];
          problems.push({ kind: 'not-mapping', detail: '', ...shift([range[0], range[1]]) });
        }
      }
    } catch (error) {
      // toJS throws when aliases expand beyond the limit (a "billion laughs" document).
      problems.push({ kind: 'yaml-error', detail: firstLine(String((error as Error).message)), start: contentStart, end: contentStart });
    }
  }
  return { present: true, range: { start, end }, contentStart, document, data, problems, toDocumentOffset };
}

/**
 * The frontmatter at the start of a text as data, without parsing the
 * Markdown: the block `readFrontmatter` reads (`---` on the first line, up
 * to the next `---` line), for deciding from a file's first few KB whether it
 * is a strategy. `end` is the offset after the closing fence (0 when there is
 * no closed block); `data` is `{}` when there is none or it is not a
 * mapping, and holds the undamaged pairs when the YAML is broken.
 */
export function readHeadFrontmatter(head: string): { data: Record<string, unknown>; end: number } {
  const start = head.charCodeAt(0) === 0xfeff ? 1 : 0;
  const opening = OPENING_FENCE.exec(head.slice(start));
  if (!opening) return { data: {}, end: 0 };
  const contentStart = start + opening[0].length;
  const closingFence = /^---[ \t]*$/gm;
  closingFence.lastIndex = contentStart;
  const closing = closingFence.exec(head);
  if (!closing) return { data: {}, end: 0 };
  const end = closing.index + closing[0].length;
  // The YAML without the line break before the closing fence, as the Markdown parser gives it to `readFrontmatter`:
  // the same text, so the check that follows finds it parsed already.
  const contentEnd = Math.max(contentStart, closing.index - (head.endsWith('\r\n', closing.index) ? 2 : 1));
  const { document } = parseYamlAt(head.slice(contentStart, contentEnd), contentStart);
  if (document.errors.length > 0) return { data: undamagedPairs(document), end };
  try {
    const value: unknown = document.toJS({ maxAliasCount: 100 });
    return { data: value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {}, end };
  } catch {
    return { data: {}, end };
  }
}

/**
 * The top-level pairs of a YAML mapping that parsed with errors, as data,
 * without the pairs an error falls inside (their value may be cut short or
 * read wrongly). `{}` when the YAML is not a mapping at all.
 */
function undamagedPairs(document: Document.Parsed): Record<string, unknown> {
  const data: Record<string, unknown> = {};
  if (!isMap(document.contents)) return data;
  for (const pair of document.contents.items) {
    if (!isPair(pair) || !isScalar(pair.key) || !isScalar(pair.value) || !pair.key.range || !pair.value.range) continue;
    const from = pair.key.range[0];
    const to = pair.value.range[2];
    if (document.errors.some((error) => error.pos[0] < to && error.pos[1] >= from)) continue;
    data[String(pair.key.value)] = pair.value.value;
  }
  return data;
}

/**
 * YAML parsed lately, by its text. The same frontmatter is parsed again and
 * again: the command line reads a file's head to decide whether it is a
 * strategy and then checks the file, and the editor checks a document on
 * every pause in typing while its frontmatter stays as it was. A parsed
 * document depends on nothing but its text (its ranges are offsets into
 * that text, whatever the position of the block in the file), and nothing
 * that reads it changes it, so one parse serves every caller. A handful of
 * entries is enough: a check asks for its own frontmatter a few times in a
 * row.
 */
const recentYaml = new Map<string, Document.Parsed>();
const RECENT_YAML = 8;

function parsedYaml(text: string): Document.Parsed {
  const known = recentYaml.get(text);
  if (known) return known;
  const document = parseDocument(text, { prettyErrors: false, uniqueKeys: true, logLevel: 'error' });
  if (recentYaml.size >= RECENT_YAML) recentYaml.delete(recentYaml.keys().next().value!);
  recentYaml.set(text, document);
  return document;
}

/**
 * Parses YAML that starts at `contentStart` in a larger text. Line breaks
 * are normalised first, so `\r\n`, `\r` and `\n` files give the same
 * document and the same errors, and every position maps back to the
 * original text without ever falling between a `\r` and its `\n`.
 * Warnings (such as the one for keys that are not strings) stay in
 * `document.warnings` instead of going to the process's stderr.
 */
export function parseYamlAt(yaml: string, contentStart: number): { document: Document.Parsed; toDocumentOffset(offset: number): number } {
  const normalised = normaliseLineEndings(yaml);
  const document = parsedYaml(normalised.text);
  // The parser reports an unterminated construct as ending one past the
  // text; past the YAML lies the line break before the closing fence, whose
  // length differs between LF and CRLF, so such positions end at the YAML.
  const end = normalised.text.length;
  return { document, toDocumentOffset: (offset) => contentStart + normalised.toOriginal(Math.min(offset, end)) };
}

function firstLine(message: string): string {
  return message.split('\n')[0].trim();
}

/**
 * Finds the YAML node for a JSON-pointer-like path and returns its range as
 * document offsets. With `key: true` the range of the key is returned instead,
 * which is where a reader looks for an unknown or misspelt key.
 */
export function locateYamlPath(
  frontmatter: Frontmatter,
  path: ReadonlyArray<string | number>,
  options: { key?: boolean } = {},
): { start: number; end: number } | undefined {
  const document = frontmatter.document;
  if (!document) return undefined;
  let current: YamlNode | null | undefined = document.contents as YamlNode | null;
  let keyNode: YamlNode | undefined;
  for (const segment of path) {
    if (!current) return undefined;
    if (isMap(current)) {
      const pair = current.items.find((item) => isPair(item) && isScalar(item.key) && String(item.key.value) === String(segment));
      if (!pair) return undefined;
      keyNode = pair.key as YamlNode;
      current = pair.value as YamlNode | null;
    } else if ('items' in current && Array.isArray((current as { items: unknown[] }).items)) {
      keyNode = undefined;
      current = (current as { items: YamlNode[] }).items[Number(segment)];
    } else return undefined;
  }
  const target = options.key && keyNode ? keyNode : (current ?? keyNode);
  const range = target?.range;
  if (!range) return undefined;
  return { start: frontmatter.toDocumentOffset(range[0]), end: frontmatter.toDocumentOffset(range[1]) };
}
