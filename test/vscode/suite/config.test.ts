import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { api, closeAll, da, diagnosticsWhen, open, workspaceFile } from './helpers';

/**
 * A `.strategitjek.yaml` that is a folder cannot be read; the extension says
 * so on the config path instead of silently checking with other settings.
 * The folder and its strategy are made here and removed afterwards, so the
 * other suites see the fixture workspace unchanged.
 */
describe('an unusable .strategitjek.yaml', () => {
  const folder = workspaceFile('konfig-mappe');
  const configDir = vscode.Uri.joinPath(folder, '.strategitjek.yaml');
  const strategy = vscode.Uri.joinPath(folder, 'strategi.md');

  before(async () => {
    await vscode.workspace.fs.createDirectory(configDir);
    await vscode.workspace.fs.writeFile(strategy, new TextEncoder().encode('---\ndokumenttype: digitaliseringsstrategi\n---\n# Strategi\n'));
  });

  after(async () => {
    await closeAll();
    await vscode.workspace.fs.delete(folder, { recursive: true, useTrash: false });
  });

  it('a folder named .strategitjek.yaml is reported on that path, with the reason', async () => {
    const { checker } = await api();
    const editor = await open(strategy);
    await checker.check(editor.document);
    const diagnostics = await diagnosticsWhen(configDir, (d) => d.length === 1, 'the config diagnostic');
    assert.equal(diagnostics[0].severity, vscode.DiagnosticSeverity.Error);
    assert.match(diagnostics[0].message, da() ? /\.strategitjek\.yaml er en mappe, ikke en fil\./ : /\.strategitjek\.yaml is a folder, not a file\./);
  });
});
