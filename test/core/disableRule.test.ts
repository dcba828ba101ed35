import assert from 'node:assert/strict';
import { parseDocument } from 'yaml';
import { applyEdits } from '../../src/core/fix/applyEdits';
import { disableRuleEdit } from '../../src/core/fix/documentEdits';
import { lint } from '../../src/core/lint';

/** The frontmatter's YAML after the edit, parsed strictly: the proof that it stays valid. */
function frontmatterOf(text: string) {
  const match = /^---(\r\n|\r|\n)([\s\S]*?)(\r\n|\r|\n)---/.exec(text);
  assert.ok(match, 'the frontmatter block is still there');
  const document = parseDocument(match[2].replace(/\r\n?/g, '\n'), { uniqueKeys: true });
  assert.deepEqual(document.errors, []);
  return document.toJS();
}

function turnOff(before: string, ruleId = 'ethics'): string {
  const result = lint(before);
  const edit = disableRuleEdit(result, ruleId);
  assert.ok(edit, 'an edit is offered');
  return applyEdits(result.text, [edit]);
}

describe('turning a rule off edits the existing key (issue 9, item 5)', () => {
  const cases: Array<[string, string[], string[]]> = [
    [
      'block style, the rule already set',
      ['---', 'titel: S', 'strategitjek:', '  rules:', '    ethics: warning', '---', '# S', ''],
      ['---', 'titel: S', 'strategitjek:', '  rules:', '    ethics: off', '---', '# S', ''],
    ],
    [
      'block style, quoted value with a comment',
      ['---', 'strategitjek:', '  rules:', '    "ethics": "warning" # for now', '    inclusion: info', '---', '# S', ''],
      ['---', 'strategitjek:', '  rules:', '    "ethics": off # for now', '    inclusion: info', '---', '# S', ''],
    ],
    [
      'block style, per-message settings become off',
      ['---', 'strategitjek:', '  rules:', '    ethics:', '      missing: warning', '      thin: info', '    inclusion: info', '---', '# S', ''],
      ['---', 'strategitjek:', '  rules:', '    ethics: off', '    inclusion: info', '---', '# S', ''],
    ],
    [
      'block style, empty settings key',
      ['---', 'titel: S', 'strategitjek:', 'kommune: K', '---', '# S', ''],
      ['---', 'titel: S', 'strategitjek:', '  rules:', '    ethics: off', 'kommune: K', '---', '# S', ''],
    ],
    [
      'flow style, the rule already set',
      ['---', 'titel: S', 'strategitjek: {rules: {ethics: warning, inclusion: info}}', '---', '# S', ''],
      ['---', 'titel: S', 'strategitjek: {rules: {ethics: off, inclusion: info}}', '---', '# S', ''],
    ],
    [
      'flow style, rules missing',
      ['---', 'titel: S', 'strategitjek: {thresholds: {presentMinWords: 30}}', '---', '# S', ''],
      ['---', 'titel: S', 'strategitjek: {rules: {ethics: off}, thresholds: {presentMinWords: 30}}', '---', '# S', ''],
    ],
    [
      'flow style, the rule missing from a trailing-comma map',
      ['---', 'strategitjek: {rules: {inclusion: info,}}', '---', '# S', ''],
      ['---', 'strategitjek: {rules: {ethics: off, inclusion: info,}}', '---', '# S', ''],
    ],
    [
      'a whole flow frontmatter',
      ['---', '{titel: S, kommune: K}', '---', '# S', ''],
      ['---', '{strategitjek: {rules: {ethics: off}}, titel: S, kommune: K}', '---', '# S', ''],
    ],
    ['empty frontmatter', ['---', '---', '# S', ''], ['---', 'strategitjek:', '  rules:', '    ethics: off', '---', '# S', '']],
    [
      'settings that are not a mapping are replaced',
      ['---', 'strategitjek: yes', '---', '# S', ''],
      ['---', 'strategitjek: {rules: {ethics: off}}', '---', '# S', ''],
    ],
  ];
  for (const [eolName, eol] of [['LF', '\n'], ['CRLF', '\r\n']] as const) {
    for (const [name, before, after] of cases) {
      it(`${name} (${eolName})`, () => {
        const fixed = turnOff(before.join(eol));
        assert.equal(fixed, after.join(eol));
        const data = frontmatterOf(fixed) as { strategitjek: { rules: Record<string, unknown> } };
        assert.equal(data.strategitjek.rules.ethics, 'off');
        assert.deepEqual(lint(fixed).findings.filter((f) => f.ruleId === 'ethics' || f.ruleId === 'frontmatter-yaml' || f.ruleId === 'frontmatter-schema'), []);
      });
    }
  }

  it('the reported case: ethics set to warning is not duplicated, and titles survive', () => {
    const before = '---\ntitel: Aarby\nstrategitjek:\n  rules:\n    ethics: warning\n---\n# Aarby\n';
    const fixed = turnOff(before);
    assert.equal(fixed.match(/ethics:/g)?.length, 1);
    assert.equal(lint(fixed).document.frontmatter.data.titel, 'Aarby');
  });

  it('refuses to edit frontmatter that is already broken YAML', () => {
    const result = lint('---\ntitel: [S\n---\n# S\n');
    assert.equal(disableRuleEdit(result, 'ethics'), undefined);
  });

  it('refuses to add a second block above an unclosed frontmatter', () => {
    const result = lint('---\ntitel: S\n\n# S\n');
    assert.equal(disableRuleEdit(result, 'ethics'), undefined);
  });

  it('lone CR documents get CR lines', () => {
    const fixed = turnOff(['---', 'titel: S', '---', '# S', ''].join('\r'));
    assert.equal(fixed, ['---', 'titel: S', 'strategitjek:', '  rules:', '    ethics: off', '---', '# S', ''].join('\r'));
    assert.equal((frontmatterOf(fixed) as { strategitjek: { rules: { ethics: string } } }).strategitjek.rules.ethics, 'off');
  });
});
