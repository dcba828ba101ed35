import { strict as assert } from 'node:assert';
import { buildDocument } from '../../src/core/model/buildDocument';
import { lint } from '../../src/core/lint';
import { STRATEGY_CATALOGUE } from '../../src/core/catalogue/catalogues';
import { defaultConfig } from '../../src/core/config/types';
import { recognise } from '../../src/core/recognition/recognise';

/** The sections below the title, as heading text, kind and the text of their blocks. */
function outline(text: string) {
  return buildDocument(text).sections.slice(1).map((section) => ({
    heading: section.text,
    kind: section.kind,
    heads: text.slice(section.headingRange.start, section.headingRange.end),
    blocks: section.blocks.map((block) => block.text),
  }));
}

describe('a bold phrase that opens a paragraph is read as a run-in heading', () => {
  it('makes the phrase a pseudo-heading over the rest of its paragraph', () => {
    const text = '# Min ambition\n\n**Sådan gør vi.** Vi laver små forsøg.\n\n**Hvor går grænsen?** Vi gemmer ingen telefoner.\n\nEt afsnit mere.\n';
    assert.deepEqual(outline(text), [
      { heading: 'Sådan gør vi.', kind: 'pseudo', heads: '**Sådan gør vi.**', blocks: ['Vi laver små forsøg.'] },
      { heading: 'Hvor går grænsen?', kind: 'pseudo', heads: '**Hvor går grænsen?**', blocks: ['Vi gemmer ingen telefoner.', 'Et afsnit mere.'] },
    ]);
  });

  it('takes a phrase set off by the punctuation that follows it', () => {
    const text = '# T\n\n**Data** – vi deler kun det nødvendige.\n';
    assert.deepEqual(outline(text), [{ heading: 'Data', kind: 'pseudo', heads: '**Data**', blocks: ['– vi deler kun det nødvendige.'] }]);
  });

  it('takes a phrase on a line of its own with the answer on the next line of the same paragraph', () => {
    const text = '# T\n\n**1. Sammenhæng på tværs**\nVi bruger kommunens fælles system.\n\n**Etik**  \nVi gemmer ingen billeder.\n';
    assert.deepEqual(outline(text), [
      { heading: 'Sammenhæng på tværs', kind: 'pseudo', heads: '**1. Sammenhæng på tværs**', blocks: ['Vi bruger kommunens fælles system.'] },
      { heading: 'Etik', kind: 'pseudo', heads: '**Etik**', blocks: ['Vi gemmer ingen billeder.'] },
    ]);
  });

  it('leaves a bold word that is part of its sentence, a long bold sentence and a paragraph of bold alone as they were', () => {
    const roles = '# T\n\n## Hvem bestemmer?\n\n**Byrådet** beslutter de store linjer.\n\n**Vi har i mange år arbejdet med at gøre tingene enklere for borgerne i hele kommunen.** Det fortsætter.\n';
    assert.deepEqual(outline(roles), [
      {
        heading: 'Hvem bestemmer?',
        kind: 'atx',
        heads: '## Hvem bestemmer?',
        blocks: ['Byrådet beslutter de store linjer.', 'Vi har i mange år arbejdet med at gøre tingene enklere for borgerne i hele kommunen. Det fortsætter.'],
      },
    ]);
    const alone = '# T\n\n**Ansvar og roller**\n\nDirektionen ejer strategien.\n';
    assert.deepEqual(outline(alone), [{ heading: 'Ansvar og roller', kind: 'pseudo', heads: '**Ansvar og roller**', blocks: ['Direktionen ejer strategien.'] }]);
  });
});

describe('a run-in heading is never taken for the title', () => {
  it('the "add frontmatter" fix of a text without headings names no bold lead-in as its title', () => {
    const result = lint('**Kære kolleger.** Her er min plan for digitalisering i afdelingen.\n');
    const fix = result.findings.find((finding) => finding.ruleId === 'frontmatter-recommended')?.fix;
    assert.ok(fix, 'the rule offers a frontmatter');
    assert.match(fix.edits[0].text, /^titel: "Digitaliseringsstrategi"$/m);
  });
});

describe('a list item that opens with a bold lead-in', () => {
  it('keeps the lead-in with the item when it is set off by its punctuation, and not when it belongs to the sentence', () => {
    const text = '# T\n\n- **Et menneske bestemmer.** Ingen afgørelse træffes af en maskine alene.\n- **Direktionen** sætter retning.\n- **Åbenhed:** vi siger det, når vi bruger AI.\n';
    assert.deepEqual(
      buildDocument(text).blocks.map((block) => block.lead),
      ['Et menneske bestemmer.', undefined, 'Åbenhed:'],
    );
  });

  it('names the element of a principle that never uses its words in the item itself', () => {
    const text = '# Principper\n\n- **Service i øjenhøjde.** Vi svarer hurtigt og forståeligt.\n- **Samarbejde.** Vi arbejder sammen med nabokommunerne.\n';
    const plain = '# Principper\n\n- Service i øjenhøjde. Vi svarer hurtigt og forståeligt.\n- Samarbejde. Vi arbejder sammen med nabokommunerne.\n';
    const withLead = lint(text).recognition.verdicts.get('citizen-value')!;
    assert.equal(withLead.status, 'thin');
    assert.equal(withLead.blocks[0].lead, 'Service i øjenhøjde.');
    // By the catalogue's words alone (no sentence model, which may read either text as a possible answer), only the
    // bold lead-in names the element.
    const noModel = { threshold: Infinity, bias: {}, weights: {} };
    const byWords = (source: string) => recognise(buildDocument(source), defaultConfig(), STRATEGY_CATALOGUE, noModel).verdicts.get('citizen-value')!.status;
    assert.equal(byWords(text), 'thin');
    assert.equal(byWords(plain), 'missing');
  });
});
