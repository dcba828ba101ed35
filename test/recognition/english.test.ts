import assert from 'node:assert/strict';
import { lint } from '../../src/core/lint';

/*
 * English strategies get the same sub-checks as Danish ones: a sub-check never
 * claims a point is absent because it is written in English.
 */
const ENGLISH = `---
titel: Digital Strategy
dokumenttype: digitaliseringsstrategi
sprog: en
---

# Digital Strategy

## Nobody left behind

One resident in five finds online services hard, especially older people and people with disabilities. Anyone who cannot use our digital services can call us, visit the service centre in person or get help from a relative with power of attorney. We will map which groups struggle each year and run trial courses with the senior citizens' council.

## Responsible use of AI and algorithms

Before we use artificial intelligence or an algorithm in casework, a lawyer checks the legal basis, data protection and the EU AI Act. A person always makes the final decision about a citizen. Our principles are openness, fairness and privacy, and the works council and staff discuss every new use of AI before it starts.
`;

describe('English parity of the sub-checks', () => {
  const result = lint(ENGLISH);
  const findings = (rule: string) => result.findings.filter((finding) => finding.ruleId === rule).map((finding) => finding.messageId);

  it('finds target groups, alternatives and actions for inclusion in English', () => {
    assert.equal(result.recognition.verdicts.get('inclusion')!.status, 'present');
    assert.deepEqual(result.recognition.verdicts.get('inclusion')!.uncovered, []);
    assert.deepEqual(findings('inclusion-guidance'), []);
  });

  it('finds AI and algorithms, values, involvement and legal screening for ethics in English', () => {
    assert.equal(result.recognition.verdicts.get('ethics')!.status, 'present');
    assert.deepEqual(result.recognition.verdicts.get('ethics')!.uncovered, []);
    assert.deepEqual(findings('ethics-guidance'), []);
  });

  it('explains each verdict with its evidence: heading, lines, quotes and terms', () => {
    const verdict = result.recognition.verdicts.get('ethics')!;
    assert.equal(verdict.evidence, 'heading');
    assert.equal(verdict.section!.text, 'Responsible use of AI and algorithms');
    assert.ok(verdict.terms.includes('responsible') && verdict.terms.includes('legal basis'), verdict.terms.join(', '));
  });
});
