import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { api, closeAll, da, diagnosticsWhen, open, originalState, workspaceFile } from './helpers';

describe('commands and the status bar', () => {
  after(closeAll);

  it('check every strategy in the workspace fills the Problems panel for each strategy, and only those', async () => {
    await api();
    const checked = await vscode.commands.executeCommand<number>('strategitjek.checkWorkspace');
    // The two strategies and the two leaders' ambitions in ambitioner/.
    assert.equal(checked, 4);
    const other = vscode.languages.getDiagnostics(workspaceFile('anden-strategi.md'));
    assert.ok(other.length >= 4, `anden-strategi.md: ${other.length}`);
    // An ambition closed in the editor is tied to its strategy too (strategi: read through the workspace).
    const teamleder = vscode.languages.getDiagnostics(workspaceFile('ambitioner', 'teamleder.md'));
    assert.ok(teamleder.some((d) => (d.code as { value: string }).value === 'ambition-strategy'), teamleder.map((d) => d.message).join(' | '));
    assert.deepEqual(vscode.languages.getDiagnostics(workspaceFile('noter', 'README.md')), []);
  });

  it('the status bar shows the coverage count', async () => {
    const { status } = await api();
    const uri = workspaceFile('strategi.md');
    await open(uri);
    await diagnosticsWhen(uri, originalState);
    assert.equal(status.text, '$(checklist) Strategitjek 7/10');
  });

  it('the report command shows the readiness report beside the document', async () => {
    await open(workspaceFile('strategi.md'));
    const report = await vscode.commands.executeCommand<{ markdown: string; panel: vscode.WebviewPanel }>('strategitjek.writeReport');
    const text = report.markdown;
    assert.match(text, da() ? /^# Høringsparathed: Digitaliseringsstrategi for Aarby Kommune 2026-2029/ : /^# Consultation readiness: Digitaliseringsstrategi for Aarby Kommune 2026-2029/);
    assert.match(text, da() ? /\| ✗ Mangler \|/ : /\| ✗ Missing \|/);
    report.panel.dispose();
  });

  it('insert a section puts an element where it belongs; new strategy opens a full skeleton', async () => {
    const editor = await open(workspaceFile('strategi.md'));
    const before = editor.document.getText();
    assert.ok(await vscode.commands.executeCommand('strategitjek.insertSection', 'changing-needs'));
    const lines = editor.document.getText().split('\n');
    // Inserted text follows the document's language (sprog: da), never the interface's.
    assert.equal(lines.indexOf('## Skiftende behov'), 33);
    assert.match(lines[37], /^\[Skriv: /);
    await vscode.commands.executeCommand('undo');
    assert.equal(editor.document.getText(), before);
    const document = await vscode.commands.executeCommand<vscode.TextDocument>('strategitjek.newStrategy');
    assert.match(document.getText(), /^---\ntitel: /);
    assert.match(document.getText(), da() ? /^sprog: da$/m : /^sprog: en$/m);
    assert.equal((document.getText().match(/<!-- strategitjek: [a-z-]+ -->/g) ?? []).length, 10);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  it('show a column opens the column’s page', async () => {
    const uri = await vscode.commands.executeCommand<vscode.Uri>('strategitjek.showColumn', 7);
    assert.match(uri.path, /\/docs\/columns\/07\.md$/);
    const page = await vscode.workspace.openTextDocument(uri);
    assert.match(page.getText(), /^# Klumme 7: Digitalisering uden inklusion fører til hvide elefanter/m);
  });
});
