import { formatScore, loadCorpus, scoreCorpus } from '../test/corpus/corpus';

/*
 * `npm run agreement`: the corpus figures, and the tuning part's errors one by
 * one. The sealed part's errors are never printed: it is evaluated, not tuned on.
 */
const tuning = loadCorpus('tuning');
const sealed = loadCorpus('sealed');
const tuningScore = scoreCorpus(tuning);
if (process.argv.includes('--errors')) {
  for (const miss of tuningScore.misses) {
    console.log(`${miss.document.padEnd(44)} ${miss.element.padEnd(20)} want ${miss.accept.join('|').padEnd(14)} got ${miss.actual.padEnd(8)} ${miss.where ?? ''}`);
  }
  console.log('');
}
console.log(formatScore('Tuning part', tuningScore, tuning.length));
console.log('');
console.log(formatScore('Sealed part', scoreCorpus(sealed), sealed.length));
