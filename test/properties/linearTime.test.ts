import assert from 'node:assert/strict';
import { lint } from '../../src/core/lint';
import { PATHOLOGICAL_SHAPES } from '../helpers/pathological';

/*
 * Every check is linear in its input: for each shape that once was
 * superlinear, checking four times the text may take at most twelve times as
 * long (quadratic growth would take sixteen). Medians of seven runs after a
 * warm-up keep the figure steady on a busy machine.
 */
const SMALL = 16 * 1024;
const LARGE = 4 * SMALL;
const MAX_RATIO = 12;

function medianTime(text: string): number {
  const times: number[] = [];
  for (let i = 0; i < 7; i++) {
    const start = performance.now();
    lint(text);
    times.push(performance.now() - start);
  }
  return times.sort((a, b) => a - b)[3];
}

describe('linear time on pathological input', () => {
  for (const [name, make] of Object.entries(PATHOLOGICAL_SHAPES)) {
    it(`${name}: 4× the text takes less than ${MAX_RATIO}× the time`, () => {
      lint(make(SMALL));
      const small = Math.max(medianTime(make(SMALL)), 1);
      const large = medianTime(make(LARGE));
      assert.ok(large / small < MAX_RATIO, `${small.toFixed(1)} ms → ${large.toFixed(1)} ms (×${(large / small).toFixed(1)})`);
    });
  }
});
