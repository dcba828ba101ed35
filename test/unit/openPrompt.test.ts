import { strict as assert } from 'node:assert';
import { lint } from '../../src/core/lint';
import { buildDocument } from '../../src/core/model/buildDocument';
import { toFileReport } from '../../src/core/report';
import type { ElementId } from '../../src/core/catalogue/elementTypes';

/*
 * A draft often keeps a question with its answer left open ("Hvad I kan forvente af mig: [udfyldes]"). The
 * question's words name what the answer should hold; they are not the answer.
 */
describe('a question whose answer is left as a placeholder', () => {
  it('carries no words of substance, and still counts its placeholder', () => {
    const document = buildDocument('# Udkast\n\nHvad jeg forventer af jer, og hvad I kan forvente af mig: [udfyldes]\n\n[Dato] flytter vi skabelonerne ind i fagsystemet.\n');
    assert.deepEqual(
      document.blocks.map((block) => [block.substance.words, block.substance.placeholders]),
      [
        [0, 1],
        [6, 1],
      ],
    );
  });

  it('leaves an ambition’s expectations unanswered, not present, though the question names both directions', () => {
    const text = [
      '---',
      'dokumenttype: min-digitale-ambition',
      '---',
      '',
      '# Min digitale ambition',
      '',
      'Hvad jeg forventer af jer, og hvad I kan forvente af mig: [udfyldes]',
      '',
      'Borgernes forventninger til kommunens breve er steget, siden alt kom i Digital Post.',
      '',
    ].join('\n');
    const result = lint(text);
    const verdict = result.recognition.verdicts.get('ambition-expectations' as never)!;
    // An ambition's question left as template text is not answered (the catalogue's `templateTextUnanswered`); the
    // verdict keeps its place, so the finding points at the placeholder and offers no second section.
    assert.equal(verdict.status, 'missing');
    assert.deepEqual(verdict.reasons, ['placeholder']);
    const finding = result.findings.find((f) => f.ruleId === 'ambition-expectations')!;
    assert.equal(finding.messageId, 'missing-placeholder');
    assert.equal(finding.severity, 'error');
    assert.equal(text.slice(finding.range.start, finding.range.end), 'Hvad jeg forventer af jer, og hvad I kan forvente af mig: [udfyldes]');
    assert.equal(finding.fix, undefined);
    const reported = toFileReport(result, 'ambition.md').elements['ambition-expectations' as ElementId];
    assert.deepEqual([reported.status, reported.line, reported.heading, reported.evidence?.reasons], ['missing', 5, 'Min digitale ambition', ['placeholder']]);
  });
});

describe('a question does not make the points it asks about', () => {
  const ambition = (body: string) => ['---', 'dokumenttype: min-digitale-ambition', '---', '', '# Min digitale ambition', '', body, ''].join('\n');
  const expectations = (text: string) => lint(text).recognition.verdicts.get('ambition-expectations' as never)!;

  it('a heading that asks both directions, answered in one, leaves the other uncovered', () => {
    const text = ambition(
      '## Hvad jeg forventer af jer, og hvad I kan forvente af mig?\n\nJeg forventer, at alle kan hjælpe en gæst med at booke på nettet fra skærmen i receptionen, og at I skriver alle klager ind i systemet og ikke på sedler.',
    );
    assert.deepEqual(expectations(text).uncovered, ['of-leader']);
  });
});
