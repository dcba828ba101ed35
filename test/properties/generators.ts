import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { FIXTURES, fixtureText } from '../helpers/expectations';

/*
 * Generators for strategy-like Markdown: the constructs real strategies use
 * (frontmatter, ATX/setext/bold headings, lists, tables, fences, comments and
 * markers), the vocabulary the recognisers react to, and the characters that
 * break naive text handling (BOM, tabs, surrogate pairs, combining marks,
 * zero-width characters, lone CR). Texts stay under 4 KB so a run is fast.
 */

const MAX_LENGTH = 4000;

const WORDS = [
  'digitalisering', 'kerneopgaver', 'borgere', 'virksomheder', 'inklusion', 'analog', 'hjælp', 'etik', 'dataetik', 'AI',
  'MED', 'dagsorden', 'direktionen', 'drift', 'udvikling', 'kompetencer', 'mindset', 'ledere', 'ansvar', 'roller',
  'enkelt', 'kompleksitet', 'behov', 'lovgivning', 'genbrug', 'GDPR', 'jurist', 'hvert', 'år', 'vi', 'skal', 'og', 'med',
  'Skriv', 'TODO', 'lorem', 'ipsum', 'x', '1.', '2.3', 'æøå', 'Ærø',
];

const ODD = ['\uFEFF', '\t', '😀', 'e\u0301', '\u200b', '\u200d', '\u00a0', '\u2028', '<', '>', '&amp;', '`', '*', '_', '[', ']', '|', '\\', '"', "'"];

const word = fc.oneof({ weight: 8, arbitrary: fc.constantFrom(...WORDS) }, { weight: 1, arbitrary: fc.constantFrom(...ODD) }, { weight: 1, arbitrary: fc.string({ maxLength: 6 }) });

export const sentence = fc.array(word, { minLength: 1, maxLength: 12 }).map((words) => words.join(' '));

const elementId = fc.constantFrom('core-tasks', 'simplicity', 'changing-needs', 'citizen-value', 'room-to-develop', 'digital-mindset', 'strategic-agenda', 'inclusion', 'ethics', 'leadership-pipeline', 'nonsense');

/** One block of Markdown as lines (joined with a line ending later). */
const block: fc.Arbitrary<string[]> = fc.oneof(
  fc.tuple(fc.integer({ min: 1, max: 6 }), sentence).map(([level, text]) => [`${'#'.repeat(level)} ${text}`]),
  fc.tuple(sentence, fc.constantFrom('===', '---', '-')).map(([text, underline]) => [text, underline]),
  sentence.map((text) => [`**${text.slice(0, 40)}**`]),
  fc.array(sentence, { minLength: 1, maxLength: 4 }).map((lines) => lines),
  fc.array(fc.tuple(fc.integer({ min: 0, max: 3 }), fc.constantFrom('-', '*', '1.'), sentence), { minLength: 1, maxLength: 5 }).map((items) =>
    items.map(([depth, bullet, text]) => `${'  '.repeat(depth)}${bullet} ${text}`),
  ),
  fc.array(fc.array(word, { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 4 }).map((rows) => [
    `| ${rows[0].join(' | ')} |`,
    `| ${rows[0].map(() => '---').join(' | ')} |`,
    ...rows.slice(1).map((row) => `| ${row.join(' | ')} |`),
  ]),
  fc.tuple(fc.constantFrom('```', '~~~', '````'), fc.array(sentence, { maxLength: 3 }), fc.boolean()).map(([fence, lines, closed]) => [fence, ...lines, ...(closed ? [fence] : [])]),
  sentence.map((text) => [`<!-- ${text.replace(/-->/g, '')} -->`]),
  fc.array(elementId, { minLength: 1, maxLength: 2 }).map((ids) => [`<!-- strategitjek: ${ids.join(', ')} -->`]),
  fc.constantFrom('<img src=x onerror=alert(1)>', '<script>alert(1)</script>', '[klik](https://evil.example/)', '![billede](https://evil.example/x.png)', '> citat', '').map((line) => [line]),
);

/** Frontmatter values, odd YAML included: anchors, flow maps, complex keys, tabs, unclosed brackets. */
const frontmatterLine = fc.oneof(
  fc.constantFrom(
    'titel: Digitaliseringsstrategi',
    'kommune: Aarby',
    'dokumenttype: digitaliseringsstrategi',
    'status: høringsudkast',
    'periode: 2026-2029',
    'strategitjek:',
    '  rules:',
    '    ethics: warning',
    '    inclusion: off',
    '  thresholds:',
    '    presentMinWords: 10',
    'strategitjek: {rules: {ethics: info}}',
    'strategitjek: {columnsUrl: "https://evil.example/{column}", language: en}',
    '? [a, b]',
    ': c',
    'x: &a [1, 2]',
    'y: *a',
    'z: [unclosed',
    '\tindented: with tab',
    'elementer:',
    '  ethics: Etik',
    'titel: "<img src=x onerror=alert(1)>\\r# hop"',
  ),
  sentence.map((text) => `note: ${JSON.stringify(text)}`),
);

const frontmatter = fc.option(
  fc.tuple(fc.array(frontmatterLine, { maxLength: 8 }), fc.boolean()).map(([lines, closed]) => ['---', ...lines, ...(closed ? ['---'] : [])]),
  { nil: undefined },
);

export type Eol = '\n' | '\r\n' | '\r';

/** The lines of a document, before line endings are chosen. */
export const documentLines = fc
  .tuple(frontmatter, fc.array(block, { maxLength: 14 }))
  .map(([front, blocks]) => limitLines([...(front ?? []), ...blocks.flatMap((lines) => [...lines, ''])]));

/** Whole lines only, so the same document in LF, CRLF and CR has the same lines. */
function limitLines(lines: string[]): string[] {
  const kept: string[] = [];
  let length = 0;
  for (const line of lines) {
    length += line.length + 2;
    if (length > MAX_LENGTH) break;
    kept.push(line);
  }
  return kept;
}

export function joinLines(lines: string[], eol: Eol): string {
  return lines.join(eol) + eol;
}

/** A whole document with one line ending throughout, sometimes with a BOM. */
const strategy = fc.tuple(documentLines, fc.constantFrom<Eol>('\n', '\r\n', '\r'), fc.boolean()).map(([lines, eol, bom]) => (bom ? '\uFEFF' : '') + joinLines(lines, eol));

/** A document whose lines end in a random mix of LF, CRLF and CR. */
const mixedEndings = fc.tuple(documentLines, fc.infiniteStream(fc.constantFrom('\n', '\r\n', '\r'))).map(([lines, eols]) => {
  const iterator = eols[Symbol.iterator]();
  return lines.map((line) => line + iterator.next().value).join('');
});

/** The golden fixtures' texts (the shared complete strategy, and each case as it is checked), cut to the size limit. */
export const FIXTURE_TEXTS: string[] = readdirSync(FIXTURES, { recursive: true, encoding: 'utf8' })
  .filter((name) => name.endsWith('.md'))
  .sort()
  .map((name) => truncate(fixtureText(readFileSync(join(FIXTURES, name), 'utf8'))));

/** One small change to a text: an inserted block or odd character, a deleted or duplicated stretch. */
const mutation = fc.oneof(
  fc.tuple(fc.nat(), block).map(([at, lines]) => (text: string) => insertAt(text, at, lines.join('\n') + '\n')),
  fc.tuple(fc.nat(), fc.constantFrom(...ODD, '\r', '\n', '\r\n', '```\n', '---\n')).map(([at, piece]) => (text: string) => insertAt(text, at, piece)),
  fc.tuple(fc.nat(), fc.integer({ min: 1, max: 200 })).map(([at, length]) => (text: string) => {
    const start = at % (text.length + 1);
    return text.slice(0, start) + text.slice(start + length);
  }),
  fc.tuple(fc.nat(), fc.integer({ min: 1, max: 200 })).map(([at, length]) => (text: string) => {
    const start = at % (text.length + 1);
    return text.slice(0, start) + text.slice(start, start + length) + text.slice(start);
  }),
);

const mutatedFixture = fc
  .tuple(fc.constantFrom(...FIXTURE_TEXTS), fc.array(mutation, { minLength: 1, maxLength: 4 }))
  .map(([text, mutations]) => truncate(mutations.reduce((current, mutate) => mutate(current), text)));

function insertAt(text: string, at: number, piece: string): string {
  const offset = at % (text.length + 1);
  return text.slice(0, offset) + piece + text.slice(offset);
}

function truncate(text: string): string {
  return text.length <= MAX_LENGTH ? text : text.slice(0, MAX_LENGTH);
}

/** The mix the properties run over: generated documents, mixed endings and mutated fixtures. */
export const anyDocument = fc.oneof(strategy, mixedEndings, mutatedFixture);
