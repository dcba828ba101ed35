import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { api, closeAll, codeOf, da, diagnosticsWhen, open, originalState, workspaceFile } from './helpers';

describe('live diagnostics', () => {
  after(closeAll);

  it('a strategy with two missing elements and one thin gets exactly those diagnostics', async () => {
    await api();
    const uri = workspaceFile('strategi.md');
    await open(uri);
    const diagnostics = await diagnosticsWhen(uri, originalState);
    assert.deepEqual(
      diagnostics.map((d) => [codeOf(d).value, d.severity, d.range.start.line, d.range.start.character, d.source]),
      [
        // Missing elements sit where their sections belong, not stacked on the title (line 12).
        ['changing-needs', vscode.DiagnosticSeverity.Error, 33, 0, 'Strategitjek'],
        ['room-to-develop', vscode.DiagnosticSeverity.Error, 41, 0, 'Strategitjek'],
        ['inclusion', vscode.DiagnosticSeverity.Warning, 54, 0, 'Strategitjek'],
      ],
    );
    for (const diagnostic of diagnostics) {
      assert.match(codeOf(diagnostic).target, new RegExp(`/docs/rules/${codeOf(diagnostic).value}\\.md$`));
    }
    assert.match(diagnostics[2].message, da() ? /^Digital inklusion er kun berørt/ : /^Digital inclusion is only touched on/);
    // Empty ranges, with the title as related information.
    assert.ok(diagnostics[0].range.isEmpty && diagnostics[1].range.isEmpty);
    assert.equal(diagnostics[0].relatedInformation?.[0].location.range.start.line, 12);
  });

  it('a Markdown file that is not a strategy gets none', async () => {
    const { checker } = await api();
    const uri = workspaceFile('noter', 'README.md');
    const editor = await open(uri);
    assert.equal(await checker.check(editor.document), undefined);
    assert.deepEqual(vscode.languages.getDiagnostics(uri), []);
  });

  it('diagnostics follow edits and disappear when the document is no longer a strategy', async () => {
    const { checker } = await api();
    const uri = workspaceFile('strategi.md');
    const editor = await open(uri);
    const typeLine = editor.document.getText().split('\n').findIndex((line) => line.startsWith('dokumenttype:'));
    const original = editor.document.lineAt(typeLine).text;
    await editor.edit((edit) => edit.replace(editor.document.lineAt(typeLine).range, 'dokumenttype: notat'));
    await checker.check(editor.document);
    await diagnosticsWhen(uri, (d) => d.length === 0, 'no diagnostics');
    await editor.edit((edit) => edit.replace(editor.document.lineAt(typeLine).range, original));
    await checker.check(editor.document);
    await diagnosticsWhen(uri, originalState);
    await vscode.commands.executeCommand('workbench.action.files.revert');
  });
});
