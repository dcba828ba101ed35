import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { api, closeAll, da, diagnosticsWhen, open, originalState, when, workspaceFile } from './helpers';

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

/**
 * A change of settings re-checks the open strategies, but only those whose
 * checking settings changed: a setting that plays no part in the result (the
 * debounce), or a `.strategitjek.yaml` event whose file reads the same, keeps
 * the result. Re-running a 1 MB check for nothing would compete with the check
 * after the user's next keystroke.
 */
describe('a settings change that changes nothing checked', () => {
  after(closeAll);

  it('keeps the result and publishes nothing', async () => {
    const { checker } = await api();
    const uri = workspaceFile('strategi.md');
    const editor = await open(uri);
    await diagnosticsWhen(uri, originalState);
    const before = await checker.current(editor.document);
    assert.ok(before, 'strategi.md is checked');
    let published = 0;
    const counting = checker.onDidCheck((checked) => {
      if (checked.uri.toString() === uri.toString()) published++;
    });
    const config = vscode.workspace.getConfiguration('strategitjek', uri);
    const debounce = config.get<number>('debounce', 300);
    try {
      // Our listener was added after the extension's, so when it runs the extension has already asked for its check.
      const changed = when(vscode.workspace.onDidChangeConfiguration, (event) => event.affectsConfiguration('strategitjek.debounce'));
      await config.update('debounce', debounce + 1, vscode.ConfigurationTarget.Workspace);
      await changed;
      // This check reads the settings after the extension's own did, so a check the extension started is in flight
      // by the time it returns; then wait for that one to end.
      await checker.check(editor.document, false, true);
      await checker.settled(uri);
      assert.equal(checker.resultFor(editor.document), before, 'the same result, not a new check');
      assert.equal(published, 0, 'nothing was published');
    } finally {
      counting.dispose();
      await config.update('debounce', undefined, vscode.ConfigurationTarget.Workspace);
    }
  });
});
