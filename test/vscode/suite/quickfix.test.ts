import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { api, closeAll, codeActionsAt, codeOf, da, diagnosticsWhen, open, originalState, workspaceFile } from './helpers';

describe('quick fixes', () => {
  after(closeAll);

  for (const [ruleId, heading, name, expectedLine] of [
    // The section is Danish because the document is (sprog: da), whatever language the messages are in.
    ['changing-needs', '## Skiftende behov', da() ? 'Skiftende behov' : 'Changing needs', 33],
    ['room-to-develop', '## Plads til udvikling', da() ? 'Plads til udvikling trods tung drift' : 'Room to develop despite heavy operations', 41],
  ] as const) {
    it(`${ruleId}: inserts the section where it belongs, the diagnostic disappears, one undo restores the text`, async () => {
      const { checker } = await api();
      const uri = workspaceFile('strategi.md');
      const editor = await open(uri);
      const original = editor.document.getText();
      const diagnostics = await diagnosticsWhen(uri, originalState);
      // The diagnostics can still be those of an earlier check of the same text: wait for the result of this
      // version, which the code-action provider answers from.
      const checked = await checker.check(editor.document);
      const diagnostic = diagnostics.find((d) => codeOf(d).value === ruleId)!;
      const actions = await codeActionsAt(uri, diagnostic.range, vscode.CodeActionKind.QuickFix.value, true);
      const title = da() ? `Indsæt afsnittet »${name}«` : `Insert the section “${name}”`;
      const fix = actions.find((a) => a.title === title);
      const state = `version ${editor.document.version}, checked ${checked?.version}, result ${checker.resultFor(editor.document)?.version}; diagnostics now: ${vscode.languages.getDiagnostics(uri).map((d) => `${codeOf(d).value}@${d.range.start.line}`).join(', ')}`;
      assert.ok(fix?.edit, `no "${title}" among: ${actions.map((a) => a.title).join(' | ')} (${state})`);
      assert.ok(await vscode.workspace.applyEdit(fix.edit));
      const lines = editor.document.getText().split('\n');
      assert.equal(lines.indexOf(heading), expectedLine, `heading at line ${lines.indexOf(heading)}`);
      assert.equal(lines[expectedLine + 2], `<!-- strategitjek: ${ruleId} -->`);
      assert.match(lines[expectedLine + 4], /^\[Skriv: /, 'the template follows the document, not the interface');
      await diagnosticsWhen(uri, (d) => !d.some((x) => codeOf(x).value === ruleId && x.severity === vscode.DiagnosticSeverity.Error), `${ruleId} gone`);
      await vscode.commands.executeCommand('undo');
      assert.equal(editor.document.getText(), original);
      await diagnosticsWhen(uri, originalState);
    });
  }

  it('fix all inserts every missing section in one undoable step', async () => {
    const uri = workspaceFile('strategi.md');
    const editor = await open(uri);
    const original = editor.document.getText();
    await diagnosticsWhen(uri, originalState);
    assert.equal(await vscode.commands.executeCommand('strategitjek.fixAllMissing'), true);
    await diagnosticsWhen(uri, (d) => !d.some((x) => x.severity === vscode.DiagnosticSeverity.Error), 'no missing sections');
    await vscode.commands.executeCommand('undo');
    assert.equal(editor.document.getText(), original);
  });

  it('offers to turn the rule off for this document and to read the column', async () => {
    const uri = workspaceFile('strategi.md');
    await open(uri);
    const diagnostics = await diagnosticsWhen(uri, originalState);
    const inclusion = diagnostics.find((d) => codeOf(d).value === 'inclusion')!;
    const actions = await codeActionsAt(uri, inclusion.range, vscode.CodeActionKind.QuickFix.value, true);
    const titles = actions.map((a) => a.title);
    assert.ok(titles.includes(da() ? 'Slå reglen inclusion fra i dette dokument' : 'Turn rule inclusion off for this document'), titles.join(' | '));
    const read = actions.find((a) => a.title === (da() ? 'Læs klummen (klumme 7)' : 'Read the column (column 7)'));
    assert.equal(read?.command?.command, 'strategitjek.showColumn', titles.join(' | '));
    // A missing element's menu: the fix first, the column second.
    const missing = diagnostics.find((d) => codeOf(d).value === 'changing-needs')!;
    const forMissing = (await codeActionsAt(uri, missing.range, vscode.CodeActionKind.QuickFix.value, true)).map((a) => a.title);
    const fixAt = forMissing.findIndex((t) => /^(Indsæt afsnittet|Insert)/.test(t));
    const readAt = forMissing.findIndex((t) => /^(Læs klummen|Read the column)/.test(t));
    assert.ok(fixAt === 0 && readAt === 1, forMissing.join(' | '));
  });

  it('the title is not offered "mark as answering"', async () => {
    const uri = workspaceFile('strategi.md');
    await open(uri);
    await diagnosticsWhen(uri, originalState);
    const marks = async (line: number) => {
      const range = new vscode.Range(line, 2, line, 2);
      const actions = await codeActionsAt(uri, range);
      return actions.filter((a) => /^(Markér afsnittet|Mark this section)/.test(a.title)).length;
    };
    assert.equal(await marks(12), 0, 'the H1 title');
  });
});
