import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { ELEMENT_IDS, type ElementId } from '../../src/core/catalogue/elementTypes';
import { lint } from '../../src/core/lint';

/*
 * Strategies in the shapes real ones take (focus areas with initiatives,
 * principles with explanations, numbered reports, roles tables, setext
 * headings, CRLF, English, template drafts, keyword summaries …). Each has an
 * expectation file with a careful reviewer's verdict per element; this test
 * reports how often the checker agrees, per element, and requires full
 * agreement.
 */
const ROOT = join(import.meta.dirname, '..', 'fixtures', 'strategies');
const fixtures = readdirSync(ROOT).filter((name) => name.endsWith('.md')).sort();

describe('agreement with a reviewer on realistic strategies', () => {
  const tally = new Map<ElementId, { agree: number; total: number; misses: string[] }>(
    ELEMENT_IDS.map((id) => [id, { agree: 0, total: 0, misses: [] }]),
  );

  it('has at least 12 fixture strategies, each with an expectation for every element', () => {
    assert.ok(fixtures.length >= 12, `${fixtures.length} fixtures`);
    for (const name of fixtures) {
      const expected = parse(readFileSync(join(ROOT, name.replace(/\.md$/, '.expected.yaml')), 'utf8'));
      assert.deepEqual(Object.keys(expected).sort(), [...ELEMENT_IDS].sort(), name);
    }
  });

  for (const name of fixtures) {
    it(`${name}: the checker's verdicts match the reviewer's`, () => {
      const expected = parse(readFileSync(join(ROOT, name.replace(/\.md$/, '.expected.yaml')), 'utf8')) as Record<ElementId, string>;
      const result = lint(readFileSync(join(ROOT, name), 'utf8'));
      const differences: string[] = [];
      for (const id of ELEMENT_IDS) {
        const actual = result.recognition.verdicts.get(id)!.status;
        const entry = tally.get(id)!;
        entry.total++;
        if (actual === expected[id]) entry.agree++;
        else {
          entry.misses.push(name);
          differences.push(`${id}: reviewer ${expected[id]}, checker ${actual}`);
        }
      }
      assert.deepEqual(differences, []);
    });
  }

  after(() => {
    const lines = ['', '    Agreement per element (checker vs reviewer):'];
    let agree = 0;
    let total = 0;
    for (const [id, entry] of tally) {
      agree += entry.agree;
      total += entry.total;
      lines.push(`      ${id.padEnd(20)} ${entry.agree}/${entry.total}${entry.misses.length ? `  (differs in ${entry.misses.join(', ')})` : ''}`);
    }
    lines.push(`      ${'all elements'.padEnd(20)} ${agree}/${total} (${((100 * agree) / Math.max(total, 1)).toFixed(1)} %)`, '');
    console.log(lines.join('\n'));
  });
});
