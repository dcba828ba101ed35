import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { applyEdits } from '../../src/core/fix/applyEdits';
import { disableRuleEdit, fixAllMissing, markSectionEdit } from '../../src/core/fix/documentEdits';
import { insertionPoint } from '../../src/core/fix/insertionPoint';
import { lint } from '../../src/core/lint';


describe('document edits', () => {
  it('a missing section goes after the preceding element’s section, at its level', () => {
    const text = readFileSync(join(import.meta.dirname, '..', 'fixtures', 'strategies', 'inclusion-missing.md'), 'utf8');
    const result = lint(text);
    const point = insertionPoint(result.document, result.recognition, 'inclusion');
    assert.equal(point.placement, 'after-element');
    assert.equal(point.neighbour?.text, 'Digitalisering på direktionens bord');
    assert.equal(point.level, 2);
    const fixed = applyEdits(result.text, result.findings.find((f) => f.ruleId === 'inclusion')!.fix!.edits);
    const lines = fixed.split('\n');
    const heading = lines.indexOf('## Digital inklusion');
    assert.equal(lines[heading - 2].startsWith('Digitalisering skal have samme faste plads') || lines[heading - 2].includes('statusrapporterne'), true);
    assert.equal(lines[heading + 2], '<!-- strategitjek: inclusion -->');
    assert.equal(lint(fixed).recognition.verdicts.get('inclusion')!.status, 'thin');
  });

  it('without a preceding element, before the closing matter (Bilag)', () => {
    const text = '# Strategi\n\n## Etik\n\nVi har dataetiske principper om åbenhed og lighed, og MED drøfter AI hvert år. En jurist vurderer hjemmel og GDPR tidligt.\n\n## Bilag\n\nOrdliste.\n';
    const result = lint(text);
    const point = insertionPoint(result.document, result.recognition, 'core-tasks');
    assert.equal(point.placement, 'before-closing');
    assert.equal(point.offset, text.indexOf('## Bilag'));
  });

  it('fix-all inserts every missing section once, and they all disappear as missing', () => {
    const text = readFileSync(join(import.meta.dirname, '..', 'fixtures', 'corpus', 'tuning', 'fixture-setext.md'), 'utf8');
    const result = lint(text);
    const missing = result.findings.filter((f) => f.messageId === 'missing').map((f) => f.ruleId);
    assert.deepEqual(missing, ['core-tasks', 'changing-needs', 'room-to-develop', 'ethics', 'leadership-pipeline']);
    const edits = fixAllMissing(result);
    const fixed = applyEdits(result.text, edits);
    const again = lint(fixed);
    assert.deepEqual(again.findings.filter((f) => f.messageId === 'missing'), []);
    for (const id of missing) assert.equal(again.recognition.verdicts.get(id as never)!.status, 'thin', id);
    // Only insertions: cutting the inserted texts out of the result gives the original back.
    const sorted = [...edits].sort((a, b) => a.start - b.start);
    const pieces: string[] = [];
    let from = 0;
    let inserted = 0;
    for (const edit of sorted) {
      assert.equal(edit.start, edit.end);
      pieces.push(fixed.slice(from, edit.start + inserted));
      inserted += edit.text.length;
      from = edit.start + inserted;
    }
    pieces.push(fixed.slice(from));
    const restored = pieces.join('');
    assert.equal(restored, result.text);
  });

  it('marks a section as answering an element on the line after its heading', () => {
    const text = '# Strategi\n\n## Sådan gør vi\n\nTekst.\n';
    const result = lint(text);
    const section = result.document.sections[1];
    assert.equal(applyEdits(text, [markSectionEdit(result.document, section, 'ethics')]), '# Strategi\n\n## Sådan gør vi\n\n<!-- strategitjek: ethics -->\n\nTekst.\n');
  });

  it('marks a run-in heading after its whole paragraph, so the paragraph stays whole and the marker counts for it', () => {
    const text = '# Strategi\n\n## Om os\n\nIndledning.\n\n**Sådan passer vi på data.** Vi gemmer kun det nødvendige\nog sletter resten efter et år.\n\nMere tekst.\n';
    const result = lint(text);
    const section = result.document.sections.find((s) => s.text === 'Sådan passer vi på data.')!;
    const marked = applyEdits(text, [markSectionEdit(result.document, section, 'ethics')]);
    assert.equal(
      marked,
      '# Strategi\n\n## Om os\n\nIndledning.\n\n**Sådan passer vi på data.** Vi gemmer kun det nødvendige\nog sletter resten efter et år.\n\n<!-- strategitjek: ethics -->\n\nMere tekst.\n',
    );
    const again = lint(marked);
    assert.deepEqual(again.document.sections.find((s) => s.text === 'Sådan passer vi på data.')!.markers, ['ethics']);
    assert.equal(again.recognition.verdicts.get('ethics')!.evidence, 'marker');
  });

  describe('turning a rule off for one document', () => {
    const cases: Array<[string, string, string]> = [
      ['no frontmatter', '# S\n', '---\nstrategitjek:\n  rules:\n    ethics: off\n---\n\n# S\n'],
      ['frontmatter without settings', '---\ntitel: S\n---\n\n# S\n', '---\ntitel: S\nstrategitjek:\n  rules:\n    ethics: off\n---\n\n# S\n'],
      ['settings without rules', '---\nstrategitjek:\n  thresholds:\n    presentMinWords: 30\n---\n# S\n', '---\nstrategitjek:\n  rules:\n    ethics: off\n  thresholds:\n    presentMinWords: 30\n---\n# S\n'],
      ['existing rules', '---\nstrategitjek:\n  rules:\n    inclusion: warning\n---\n# S\n', '---\nstrategitjek:\n  rules:\n    ethics: off\n    inclusion: warning\n---\n# S\n'],
    ];
    for (const [name, before, after] of cases) {
      it(name, () => {
        const result = lint(before);
        const fixed = applyEdits(result.text, [disableRuleEdit(result, 'ethics')!]);
        assert.equal(fixed, after);
        assert.deepEqual(lint(fixed).findings.filter((f) => f.ruleId === 'ethics'), []);
      });
    }
  });
});
