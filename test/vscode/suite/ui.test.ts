import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { api, askLauncher, closeAll, da, diagnosticsWhen, uiDa, open, originalState, workspaceFile } from './helpers';

describe('the workbench itself (read by Playwright)', () => {
  after(closeAll);

  it('the Problems panel lists the findings and the hover widget shows the column link', async function () {
    const dir = process.env.STRATEGITJEK_UI_DIR;
    if (!dir) this.skip();
    const { checker } = await api();
    // Only this document's findings, so the panel's first rows are the ones asserted.
    for (const other of [['anden-strategi.md'], ['ambitioner', 'skolechef.md'], ['ambitioner', 'teamleder.md']]) checker.clear(workspaceFile(...other));
    const uri = workspaceFile('strategi.md');
    const editor = await open(uri);
    await diagnosticsWhen(uri, originalState);
    await vscode.commands.executeCommand('workbench.actions.view.problems');
    await vscode.commands.executeCommand('workbench.action.focusActiveEditorGroup');
    const line = editor.document.getText().split('\n').findIndex((l) => l.startsWith('## 10. Sådan arbejder vi'));
    editor.selection = new vscode.Selection(line, 6, line, 6);
    editor.revealRange(new vscode.Range(line, 0, line, 0), vscode.TextEditorRevealType.InCenter);
    await vscode.commands.executeCommand('editor.action.showHover');
    // The launcher waits for the file row and this document's findings in the Problems panel (or as many as fit).
    const report = await askLauncher(dir!, { hoverLine: line, problemRows: vscode.languages.getDiagnostics(uri).length + 1 });
    assert.equal(report.error, undefined, report.error);
    const problems = report.problems.join('\n');
    assert.match(problems, da() ? /Digital inklusion er kun berørt/ : /Digital inclusion is only touched on/);
    assert.match(problems, da() ? /Skiftende behov mangler/ : /Missing: Changing needs/);
    assert.match(report.hover, da() ? /Klumme 11 – Digitalisering er som håndbold/ : /Column 11 – Digitalisering er som håndbold/);
    assert.ok(report.hoverLinks.some((href) => href.includes('strategitjek.showColumn')), report.hoverLinks.join(' '));
    assert.ok(report.palette.some((title) => title.includes(uiDa() ? 'Tjek dette dokument' : 'Check this document')), report.palette.join(' | '));
    assert.ok(report.screenshot.endsWith('.png'));
  });
});
