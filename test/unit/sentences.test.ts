import assert from 'node:assert/strict';
import { countSentences, splitSentences } from '../../src/core/text/sentences';
import { tokenize } from '../../src/core/recognition/tokens';
import { lint } from '../../src/core/lint';

const sentences = (text: string) => splitSentences(text).map((span) => text.slice(span.start, span.end));

describe('the sentence splitter', () => {
  it('does not end a sentence at Danish abbreviations', () => {
    for (const abbreviation of ['bl.a.', 'jf.', 'ca.', 'kl.', 'f.eks.', 'dvs.', 'fx.', 'evt.', 'inkl.', 'nr.', 'vedr.', 'iht.']) {
      const text = `Vi hjælper ${abbreviation} Ældre Borgere med MitID. Det gør biblioteket.`;
      assert.deepEqual(sentences(text), [`Vi hjælper ${abbreviation} Ældre Borgere med MitID.`, 'Det gør biblioteket.'], abbreviation);
    }
  });

  it('lets "mv.", "pct." and "kr." end a sentence only before a capital letter', () => {
    assert.deepEqual(sentences('Vi tilbyder kurser mv. til 20 pct. af de ansatte. Det koster 2 mio. kr. Direktionen følger op.'), [
      'Vi tilbyder kurser mv. til 20 pct. af de ansatte.',
      'Det koster 2 mio. kr.',
      'Direktionen følger op.',
    ]);
  });

  it('ends sentences at full stops, question and exclamation marks, and keeps numbers whole', () => {
    assert.deepEqual(sentences('Budgettet er 3.5 mio. kr. Hvorfor? Fordi det virker! Se s. 18 i bilaget.'), [
      'Budgettet er 3.5 mio. kr.',
      'Hvorfor?',
      'Fordi det virker!',
      'Se s. 18 i bilaget.',
    ]);
  });

  it('treats a lower-case word after a full stop as the same sentence, and table cells as separate', () => {
    assert.deepEqual(sentences('Det gælder kl. 10 og ca. 20 pct. af borgerne.'), ['Det gælder kl. 10 og ca. 20 pct. af borgerne.']);
    assert.deepEqual(sentences('Direktionen | ejer strategien'), ['Direktionen', 'ejer strategien']);
  });

  it('counts sentences the same way for substance', () => {
    assert.equal(countSentences('Vi vil bl.a. tilbyde kurser, jf. planen. Det sker i 2026.'), 2);
    assert.equal(countSentences('En sætning uden punktum'), 1);
    assert.equal(countSentences('...'), 0);
  });

  it('numbers tokens by the same sentences', () => {
    const tokens = tokenize('Vi arbejder med inklusion, bl.a. for elever. Digital hjælp følger.');
    assert.equal(tokens.find((t) => t.norm === 'elever')!.sentence, tokens.find((t) => t.norm === 'inklusion')!.sentence);
    assert.notEqual(tokens.find((t) => t.norm === 'digital')!.sentence, tokens.find((t) => t.norm === 'inklusion')!.sentence);
  });

  it('keeps the school sense of "inklusion" out across "bl.a."', () => {
    const text = '# Strategi\n\n## Skolen\n\nVi styrker inklusion på skolerne, bl.a. for elever med særlige behov, og vi følger op hvert år.\n';
    assert.equal(lint(text).recognition.verdicts.get('inclusion')!.status, 'missing');
  });
});
