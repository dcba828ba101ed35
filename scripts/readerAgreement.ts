import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { AMBITION_CATALOGUE, STRATEGY_CATALOGUE } from '../src/core/catalogue/catalogues';
import type { ElementId } from '../src/core/catalogue/elementTypes';
import { lint } from '../src/core/lint';
import type { ElementStatus } from '../src/core/recognition/recognise';
import { AMBITIONS_ROOT, CORPUS_ROOT, loadCorpus } from '../test/corpus/corpus';

/*
 * `npx tsx scripts/readerAgreement.ts [--ambitions]`: how far two careful readers agree on the sealed
 * part of the strategy corpus (or of the ambitions), beside how far the checker agrees with each. The
 * second reader labelled the sealed documents without seeing the first reader's labels or the checker
 * (test/fixtures/corpus/second-reader/README.md). Two readers who
 * disagree on one element in five put a ceiling on any checker's agreement with either of them, so this is
 * the yardstick for the corpus figures. Only aggregate figures are printed: the sealed part is evaluated,
 * never tuned on.
 */
const ambitions = process.argv.includes('--ambitions');
const ROOT = ambitions ? AMBITIONS_ROOT : CORPUS_ROOT;
const SECOND_READER = join(ROOT, 'second-reader');
const ELEMENT_IDS = (ambitions ? AMBITION_CATALOGUE : STRATEGY_CATALOGUE).ids;

interface SecondLabel {
  verdict: ElementStatus;
  accept: ElementStatus[];
}

const tally = () => ({ total: 0, agree: 0 });
type Tally = ReturnType<typeof tally>;
const rows = {
  readers: new Map<ElementId, Tally>(),
  checkerFirst: new Map<ElementId, Tally>(),
  checkerSecond: new Map<ElementId, Tally>(),
  checkerEither: new Map<ElementId, Tally>(),
};
for (const map of Object.values(rows)) for (const id of ELEMENT_IDS) map.set(id, tally());
const add = (map: Map<ElementId, Tally>, id: ElementId, agree: boolean) => {
  const t = map.get(id)!;
  t.total++;
  if (agree) t.agree++;
};

let documents = 0;
for (const document of loadCorpus('sealed', ROOT)) {
  const file = join(SECOND_READER, `${document.name}.labels.yaml`);
  if (!existsSync(file)) continue;
  documents++;
  const second = (parse(readFileSync(file, 'utf8')) as { elements: Record<ElementId, SecondLabel> }).elements;
  const verdicts = lint(document.text).recognition.verdicts;
  for (const id of ELEMENT_IDS) {
    const first = document.labels[id].accept;
    const other = second[id];
    const checker = verdicts.get(id)!.status;
    // The second reader's own verdict against the first reader's defensible set, as the checker is scored.
    add(rows.readers, id, first.includes(other.verdict));
    add(rows.checkerFirst, id, first.includes(checker));
    add(rows.checkerSecond, id, other.accept.includes(checker));
    add(rows.checkerEither, id, first.includes(checker) || other.accept.includes(checker));
  }
}

const pct = (t: Tally) => `${t.agree}/${t.total} ${((100 * t.agree) / Math.max(1, t.total)).toFixed(1).padStart(5)} %`;
const sum = (map: Map<ElementId, Tally>) => [...map.values()].reduce((a, b) => ({ total: a.total + b.total, agree: a.agree + b.agree }), tally());
console.log(`Sealed part: ${documents} documents labelled by both readers`);
const header = ['element', 'second reader vs first', 'checker vs first', 'checker vs second', 'checker vs either'];
console.log(`  ${header[0].padEnd(20)} ${header.slice(1).map((h) => h.padEnd(22)).join(' ')}`);
for (const id of ELEMENT_IDS) {
  console.log(`  ${id.padEnd(20)} ${[rows.readers, rows.checkerFirst, rows.checkerSecond, rows.checkerEither].map((m) => pct(m.get(id)!).padEnd(22)).join(' ')}`);
}
console.log(`  ${'all elements'.padEnd(20)} ${[rows.readers, rows.checkerFirst, rows.checkerSecond, rows.checkerEither].map((m) => pct(sum(m)).padEnd(22)).join(' ')}`);
