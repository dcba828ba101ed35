import { AMBITION_CATALOGUE, STRATEGY_CATALOGUE } from '../src/core/catalogue/catalogues';
import { AMBITIONS_ROOT, compareReaders, CORPUS_ROOT, loadCorpus, overall, type Agreement } from '../test/corpus/corpus';

/*
 * `npx tsx scripts/readerAgreement.ts [--ambitions]`: how far two careful readers agree on the sealed
 * part of the strategy corpus (or of the ambitions), beside how far the checker agrees with each. The
 * second reader labelled the sealed documents without seeing the first reader's labels or the checker
 * (test/fixtures/corpus/second-reader/README.md). Two readers who disagree on one element in five put a
 * ceiling on any checker's agreement with either of them, so this is the yardstick for the corpus
 * figures. Only aggregate figures are printed: the sealed part is evaluated, never tuned on.
 */
const ambitions = process.argv.includes('--ambitions');
const root = ambitions ? AMBITIONS_ROOT : CORPUS_ROOT;
const ids = (ambitions ? AMBITION_CATALOGUE : STRATEGY_CATALOGUE).ids;
const comparison = compareReaders(loadCorpus('sealed', root), root, ids);
const columns = [comparison.readers, comparison.checkerFirst, comparison.checkerSecond, comparison.checkerEither];

const pct = (t: Agreement) => `${t.agree}/${t.total} ${((100 * t.agree) / Math.max(1, t.total)).toFixed(1).padStart(5)} %`;
console.log(`Sealed part: ${comparison.documents} documents labelled by both readers`);
const header = ['element', 'second reader vs first', 'checker vs first', 'checker vs second', 'checker vs either'];
console.log(`  ${header[0].padEnd(21)} ${header.slice(1).map((h) => h.padEnd(22)).join(' ')}`);
for (const id of ids) console.log(`  ${id.padEnd(21)} ${columns.map((m) => pct(m.get(id)!).padEnd(22)).join(' ')}`);
console.log(`  ${'all elements'.padEnd(21)} ${columns.map((m) => pct(overall(m)).padEnd(22)).join(' ')}`);
