import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ELEMENT_IDS } from '../../src/core/catalogue/elementTypes';
import { applyEdits } from '../../src/core/fix/applyEdits';
import { RULE_IDS } from '../../src/core/rules';
import { COMPLETE, describeFindings, FIXTURES, lintFixture, readExpectations } from '../helpers/expectations';

describe('golden fixtures per rule', () => {
  const folders = readdirSync(FIXTURES, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();

  it('has a fixture folder for every rule, and no folder without a rule', () => {
    assert.deepEqual(folders, [...RULE_IDS].sort());
  });

  it(`${COMPLETE}: the shared complete strategy satisfies every rule, all ten elements present`, () => {
    const text = readFileSync(join(FIXTURES, COMPLETE), 'utf8');
    const result = lintFixture(text);
    assert.deepEqual(result.findings.map((f) => `${f.ruleId}/${f.messageId}`), []);
    assert.deepEqual(readExpectations(text).elements, Object.fromEntries(ELEMENT_IDS.map((id) => [id, 'present'])));
    for (const id of ELEMENT_IDS) assert.equal(result.recognition.verdicts.get(id)?.status, 'present', id);
  });

  it('no two fixtures are the same text', () => {
    const seen = new Map<string, string>();
    for (const folder of folders) {
      for (const name of readdirSync(join(FIXTURES, folder))) {
        const text = readFileSync(join(FIXTURES, folder, name), 'utf8');
        assert.equal(seen.get(text), undefined, `${folder}/${name} repeats ${seen.get(text)}`);
        seen.set(text, `${folder}/${name}`);
      }
    }
  });

  for (const ruleId of folders) {
    describe(ruleId, () => {
      const files = readdirSync(join(FIXTURES, ruleId)).filter((name) => name.endsWith('.md')).sort();
      it('has at least one fixture', () => assert.ok(files.length > 0));
      for (const name of files) {
        const text = readFileSync(join(FIXTURES, ruleId, name), 'utf8');
        const expected = readExpectations(text);

        it(`${name}: reports exactly the expected message ids and data`, () => {
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
