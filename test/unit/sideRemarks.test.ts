import { strict as assert } from 'node:assert';
import { lint } from '../../src/core/lint';

/*
 * Running text about an element in a section that mostly speaks of another is a side remark in a strategy, whose
 * sections each treat a theme. In a half-page ambition, short lists mix several answers, each whole: a list of
 * "yes" points that are mostly practical approaches may hold the coherence answer in full.
 */
const items = [
  '- Ja til at starte småt: vi begynder med de to plejecentre, der allerede er gode til systemet, og prøver det af i tre måneder, før vi beslutter noget.',
  '- Ja til at prøve ting af i det små og evaluere sammen, før vi breder noget ud til hele området.',
  '- Ja til kommunens fælles vagtplanlægning. Vi går over på det vagtplansystem, som plejecentrene og hjemmeplejen allerede bruger, i stedet for vores egen Excel-plan, så timerne går direkte til lønkontoret.',
];

describe('a side remark by what a section mostly speaks of', () => {
  it('is not read into an ambition: an answer in a list of other answers counts in full', () => {
    const text = ['---', 'dokumenttype: min-digitale-ambition', '---', '', '# Min digitale ambition', '', '## Det siger jeg ja til', '', ...items, ''].join('\n');
    const verdict = lint(text).recognition.verdicts.get('ambition-coherence' as never)!;
    assert.equal(verdict.status, 'present');
    assert.deepEqual(verdict.reasons, []);
  });
});
