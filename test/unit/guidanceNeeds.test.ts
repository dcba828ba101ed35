import { strict as assert } from 'node:assert';
import { lint } from '../../src/core/lint';

/*
 * A sub-check's words count in running text only where the paragraph speaks of the element (`guidanceNeeds`):
 * an ambition's goal is checkable by a number or a date said of where the unit will be, not by a number in a
 * paragraph about something else. Under a heading that names the goals, every paragraph counts.
 */
const ambition = (body: string) => ['---', 'dokumenttype: min-digitale-ambition', '---', '', '# Min digitale ambition', '', body, ''].join('\n');

function goals(text: string) {
  const verdict = lint(text).recognition.verdicts.get('ambition-goals' as never)!;
  return { status: verdict.status, uncovered: verdict.uncovered };
}

describe('sub-check words count where the paragraph speaks of the element', () => {
  it('a two-year hope beside a number about trying a tool is not a checkable goal', () => {
    const text = ambition(
      [
        'Om to år håber jeg, at forældrene oplever os som lettere at få fat i, og at flere børn træner derhjemme mellem besøgene, så de kommer videre med det, de gerne vil kunne.',
        '',
        'Jeg regner med, at I hver især prøver platformen af med mindst én familie i foråret, og at I skriver det ned, når en forælder ikke kan finde ud af den.',
      ].join('\n'),
    );
    assert.deepEqual(goals(text).uncovered, ['checkable']);
  });

  it('a number said of where the unit will be is checkable', () => {
    const text = ambition(
      'Om to år bestiller mindst 60 af borgerne selv deres varer via tablet eller den automatiske telefonbestilling, og den sorte bog ved telefonen er væk for altid.',
    );
    assert.deepEqual(goals(text).uncovered, []);
  });

  it('under a heading that names the goals, a bullet with a number counts without goal words of its own', () => {
    const text = ambition('## Hvor vil vi være om to år?\n\n- 90 % af ansøgningerne kommer ind digitalt, og svartiden er højst ti arbejdsdage.\n- Papirblanketterne er væk.');
    assert.deepEqual(goals(text).uncovered, []);
  });
});
