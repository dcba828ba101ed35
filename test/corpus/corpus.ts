import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { ELEMENT_IDS, type ElementId } from '../../src/core/catalogue/elementTypes';
import type { ElementStatus } from '../../src/core/recognition/recognise';
import { lint } from '../../src/core/lint';

/*
 * The labelled corpus (test/fixtures/corpus/, format in LABELS.md) and the
 * figures a reviewer cares about. `tuning/` may be read when recognition
 * changes; `sealed/` is only ever scored in aggregate.
 */
export const CORPUS_ROOT = join(import.meta.dirname, '..', 'fixtures', 'corpus');
export const AMBITIONS_ROOT = join(import.meta.dirname, '..', 'fixtures', 'ambitions');
export type Part = 'tuning' | 'sealed';

interface Label {
  accept: ElementStatus[];
  where?: string;
}

export interface CorpusDocument {
  part: Part;
  name: string;
  text: string;
  language: string;
  labels: Record<ElementId, Label>;
}

/** The strategy corpus by default; `root` names another labelled set with the same layout (the ambitions). */
export function loadCorpus(part: Part, root = CORPUS_ROOT): CorpusDocument[] {
  const folder = join(root, part);
  return readdirSync(folder)
    .filter((file) => file.endsWith('.md') && file !== 'README.md')
    // CORPUS_SKIP=t3-,s3- leaves out batches still being written, so figures compare like with like.
    // CORPUS_ONLY=s3- scores one batch, e.g. a fresh one before anything was tuned on it.
    .filter((file) => !process.env.CORPUS_ONLY || process.env.CORPUS_ONLY.split(',').some((prefix) => file.startsWith(prefix)))
    .filter((file) => !(process.env.CORPUS_SKIP ?? '').split(',').some((prefix) => prefix !== '' && file.startsWith(prefix)))
    .sort()
    .map((file) => {
      const name = file.slice(0, -3);
      const sidecar = parse(readFileSync(join(folder, `${name}.labels.yaml`), 'utf8')) as {
        language?: string;
        elements: Record<ElementId, Label>;
      };
      return { part, name, text: readFileSync(join(folder, file), 'utf8'), language: sidecar.language ?? 'da', labels: sidecar.elements };
    });
}

interface ElementTally {
  total: number;
  agree: number;
  /** Labelled lacking: "present" is not an acceptable verdict. */
  lacking: number;
  /** Of those, the checker said thin or missing. */
  lackingFlagged: number;
  /** Labelled only present. */
  onlyPresent: number;
  /** Of those, the checker said thin or missing. */
  falseFlags: number;
}

interface Miss {
  document: string;
  element: ElementId;
  accept: ElementStatus[];
  /** The checker's verdict, or "none" when it gave none (a document read as another type). */
  actual: ElementStatus | 'none';
  where?: string;
}

export interface Score {
  perElement: Map<ElementId, ElementTally>;
  all: ElementTally;
  misses: Miss[];
  /** How the disagreements fall, e.g. "thin → missing" (labelled thin only, said missing): aggregate only, so it may be printed for the sealed part too. */
  confusion: Map<string, number>;
}

function emptyTally(): ElementTally {
  return { total: 0, agree: 0, lacking: 0, lackingFlagged: 0, onlyPresent: 0, falseFlags: 0 };
}

/** Counts one verdict against its label; no verdict (a document read as another type) agrees with nothing and flags. */
function count(tally: ElementTally, accept: ElementStatus[], actual: ElementStatus | undefined): void {
  tally.total++;
  if (actual && accept.includes(actual)) tally.agree++;
  const flagged = actual !== 'present';
  if (!accept.includes('present')) {
    tally.lacking++;
    if (flagged) tally.lackingFlagged++;
  }
  if (accept.length === 1 && accept[0] === 'present') {
    tally.onlyPresent++;
    if (flagged) tally.falseFlags++;
  }
}

/**
 * The checker's verdict per element of a corpus document, checked once: the agreement tests score the
 * sealed part and compare it with the second reader, and both read the same verdicts.
 */
const checked = new WeakMap<CorpusDocument, Map<ElementId, ElementStatus>>();

function checkerVerdicts(document: CorpusDocument): Map<ElementId, ElementStatus> {
  let verdicts = checked.get(document);
  if (!verdicts) {
    verdicts = new Map([...lint(document.text).recognition.verdicts].map(([id, verdict]) => [id, verdict.status]));
    checked.set(document, verdicts);
  }
  return verdicts;
}

/** A score with nothing counted yet, on the given elements (the strategy's ten by default). */
export function emptyScore(ids: readonly ElementId[] = ELEMENT_IDS): Score {
  return { perElement: new Map(ids.map((id) => [id, emptyTally()])), all: emptyTally(), misses: [], confusion: new Map() };
}

/**
 * Counts one document's verdicts into a score, per element and overall, with its disagreements: the agreement tests
 * and the training's cross-validation count alike, so their figures compare. No verdict (a document read as another
 * type) agrees with nothing.
 */
export function scoreDocument(score: Score, document: CorpusDocument, verdicts: ReadonlyMap<ElementId, ElementStatus>): void {
  for (const [id, tally] of score.perElement) {
    const label = document.labels[id];
    const actual = verdicts.get(id);
    count(tally, label.accept, actual);
    count(score.all, label.accept, actual);
    if (!actual || !label.accept.includes(actual)) {
      score.misses.push({ document: document.name, element: id, accept: label.accept, actual: actual ?? 'none', where: label.where });
      const kind = `${label.accept.join('|')} → ${actual ?? 'none'}`;
      score.confusion.set(kind, (score.confusion.get(kind) ?? 0) + 1);
    }
  }
}

/** Scores the documents on the given elements (the strategy's ten by default). */
export function scoreCorpus(documents: CorpusDocument[], ids: readonly ElementId[] = ELEMENT_IDS): Score {
  const score = emptyScore(ids);
  for (const document of documents) scoreDocument(score, document, checkerVerdicts(document));
  return score;
}

const pct = (a: number, b: number) => (b === 0 ? '   –  ' : `${((100 * a) / b).toFixed(1).padStart(5)} %`);

/** One table: agreement, lacking elements flagged and false flags, per element and overall. */
export function formatScore(title: string, score: Score, documents: number): string {
  const lines = [`${title} (${documents} documents)`, `  ${'element'.padEnd(20)} agreement          lacking flagged    false flags`];
  const row = (name: string, t: ElementTally) =>
    `  ${name.padEnd(20)} ${`${t.agree}/${t.total}`.padStart(7)} ${pct(t.agree, t.total)}  ${`${t.lackingFlagged}/${t.lacking}`.padStart(7)} ${pct(t.lackingFlagged, t.lacking)}  ${`${t.falseFlags}/${t.onlyPresent}`.padStart(7)} ${pct(t.falseFlags, t.onlyPresent)}`;
  for (const [id, tally] of score.perElement) lines.push(row(id, tally));
  lines.push(row('all elements', score.all));
  const kinds = [...score.confusion].sort((a, b) => b[1] - a[1]).map(([kind, n]) => `${kind} ${n}`);
  if (kinds.length > 0) lines.push(`  disagreements (label → verdict): ${kinds.join(', ')}`);
  return lines.join('\n');
}

/** A second reader's label: a single best verdict and the verdicts the reader thinks defensible. */
interface SecondLabel {
  verdict: ElementStatus;
  accept: ElementStatus[];
}

/** Agreements out of judgements. */
export interface Agreement {
  total: number;
  agree: number;
}

/** Per element and over all: the second reader against the first, and the checker against each and either. */
export interface ReaderComparison {
  documents: number;
  readers: Map<ElementId, Agreement>;
  checkerFirst: Map<ElementId, Agreement>;
  checkerSecond: Map<ElementId, Agreement>;
  checkerEither: Map<ElementId, Agreement>;
}

/**
 * Compares the first reader's labels (the corpus sidecars) with a blind second reader's
 * (`<root>/second-reader/<name>.labels.yaml`) and the checker with both, for the documents the second
 * reader labelled. The second reader's own verdict is scored against the first reader's accept set, the
 * way the checker is scored.
 */
export function compareReaders(documents: CorpusDocument[], root: string, ids: readonly ElementId[] = ELEMENT_IDS): ReaderComparison {
  const fresh = () => new Map<ElementId, Agreement>(ids.map((id) => [id, { total: 0, agree: 0 }]));
  const result: ReaderComparison = { documents: 0, readers: fresh(), checkerFirst: fresh(), checkerSecond: fresh(), checkerEither: fresh() };
  const add = (map: Map<ElementId, Agreement>, id: ElementId, agree: boolean) => {
    const tally = map.get(id)!;
    tally.total++;
    if (agree) tally.agree++;
  };
  for (const document of documents) {
    const file = join(root, 'second-reader', `${document.name}.labels.yaml`);
    if (!existsSync(file)) continue;
    result.documents++;
    const second = (parse(readFileSync(file, 'utf8')) as { elements: Record<ElementId, SecondLabel> }).elements;
    const verdicts = checkerVerdicts(document);
    for (const id of ids) {
      const first = document.labels[id].accept;
      const checker = verdicts.get(id)!;
      add(result.readers, id, first.includes(second[id].verdict));
      add(result.checkerFirst, id, first.includes(checker));
      add(result.checkerSecond, id, second[id].accept.includes(checker));
      add(result.checkerEither, id, first.includes(checker) || second[id].accept.includes(checker));
    }
  }
  return result;
}

/** The sum of a comparison's per-element agreements. */
export function overall(map: Map<ElementId, Agreement>): Agreement {
  return [...map.values()].reduce((a, b) => ({ total: a.total + b.total, agree: a.agree + b.agree }), { total: 0, agree: 0 });
}

/** One line for a test's output: how often the two readers agree, beside the checker, and the script that prints the table. */
export function readerSummary(comparison: ReaderComparison, command: string): { readers: number; line: string } {
  const readers = overall(comparison.readers);
  const checker = overall(comparison.checkerFirst);
  const pct = (a: Agreement) => ((100 * a.agree) / a.total).toFixed(1);
  return {
    readers: readers.agree / readers.total,
    line: `  a blind second reader agrees with the first on ${pct(readers)} % of the sealed judgements; the checker on ${pct(checker)} % (${command})`,
  };
}
