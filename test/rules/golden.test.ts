import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { applyEdits } from '../../src/core/fix/applyEdits';
import { RULE_IDS } from '../../src/core/rules';
import { describeFindings, lintFixture, readExpectations } from '../helpers/expectations';

const ROOT = join(import.meta.dirname, '..', 'fixtures', 'rules');

describe('golden fixtures per rule', () => {
  const folders = readdirSync(ROOT).sort();

  it('has a fixture folder for every rule, and no folder without a rule', () => {
    assert.deepEqual(folders, [...RULE_IDS].sort());
  });

  for (const ruleId of folders) {
    describe(ruleId, () => {
      const files = readdirSync(join(ROOT, ruleId)).filter((name) => name.endsWith('.md')).sort();
      it('has at least one fixture', () => assert.ok(files.length > 0));
      for (const name of files) {
        const text = readFileSync(join(ROOT, ruleId, name), 'utf8');
        const expected = readExpectations(text);

        it(`${name}: reports exactly the expected findings`, () => {
          const result = lintFixture(text);
          assert.deepEqual(describeFindings(result, ruleId), expected.findings);
          for (const [id, status] of Object.entries(expected.elements)) {
            assert.equal(result.recognition.verdicts.get(id as never)?.status, status, `verdict for ${id}`);
          }
        });

        it(`${name}: every fix is a minimal edit that makes its finding go away`, () => {
          const result = lintFixture(text);
          for (const finding of result.findings.filter((f) => f.ruleId === ruleId && f.fix)) {
            const edits = finding.fix!.edits;
            const fixed = applyEdits(result.text, edits);
            // Insertions only add text: removing the inserted text gives back the original exactly.
            for (const edit of edits.filter((e) => e.start === e.end)) {
              assert.equal(fixed.slice(0, edit.start) + fixed.slice(edit.start + edit.text.length), result.text);
            }
            const again = lintFixture(fixed);
            const same = again.findings.filter((f) => f.ruleId === ruleId && f.messageId === finding.messageId);
            assert.deepEqual(same.map((f) => f.message), [], `after "${finding.fix!.title}"`);
          }
        });
      }
    });
  }
});
