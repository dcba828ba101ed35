import assert from 'node:assert/strict';
import { lint } from '../../src/core/lint';
import { forgetPreparedTexts } from '../../src/core/recognition/terms';
import { PATHOLOGICAL_SHAPES } from '../helpers/pathological';

/*
 * Every check is linear in its input: for each shape that once was
 * superlinear, checking four times the text may take at most twelve times as
 * long (quadratic growth would take sixteen). The fastest of seven runs after a
 * warm-up keeps the figure steady on a busy machine.
 */
const SMALL = 32 * 1024;
const LARGE = 4 * SMALL;
const MAX_RATIO = 12;

/** The fastest of seven runs: other work on the machine only ever adds time, so the minimum is the steadiest figure. */
function fastestTime(text: string): number {
  let best = Infinity;
  for (let i = 0; i < 7; i++) {
    // Every run cold: texts prepared by the previous run would otherwise be reused.
    forgetPreparedTexts();
    const start = performance.now();
    lint(text);
    best = Math.min(best, performance.now() - start);
  }
  return best;
}

describe('linear time on pathological input @stress', () => {
  for (const [name, make] of Object.entries(PATHOLOGICAL_SHAPES)) {
    it(`${name}: 4× the text takes less than ${MAX_RATIO}× the time`, () => {
      lint(make(SMALL));
      const small = Math.max(fastestTime(make(SMALL)), 1);
      const large = fastestTime(make(LARGE));
      assert.ok(large / small < MAX_RATIO, `${small.toFixed(1)} ms → ${large.toFixed(1)} ms (×${(large / small).toFixed(1)})`);
    });
  }
});
