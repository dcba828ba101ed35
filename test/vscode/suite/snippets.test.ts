import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { EXTENSION_ID, closeAll } from './helpers';

interface SnippetFile {
  [name: string]: { prefix: string; body: string[] };
}

describe('snippets', () => {
  after(closeAll);

  it('every contributed snippet expands in a Markdown document', async () => {
    const extension = vscode.extensions.getExtension(EXTENSION_ID)!;
    const contributed: Array<{ path: string }> = extension.packageJSON.contributes.snippets;
    let expanded = 0;
    for (const { path } of contributed) {
      const bytes = await vscode.workspace.fs.readFile(vscode.Uri.joinPath(extension.extensionUri, path));
      const snippets = JSON.parse(new TextDecoder().decode(bytes)) as SnippetFile;
      for (const [name, snippet] of Object.entries(snippets)) {
        const document = await vscode.workspace.openTextDocument({ language: 'markdown', content: '' });
        await vscode.window.showTextDocument(document);
        await vscode.commands.executeCommand('editor.action.insertSnippet', { langId: 'markdown', name });
        const firstLine = snippet.body[0].replace(/\$\{\d+(?::([^}]*))?\}/g, '$1').replace(/\$\{\d+\|([^,|]*)[^}]*\}/g, '$1');
        assert.ok(document.getText().startsWith(firstLine.replace(/\\(.)/g, '$1')), `${name}: got ${JSON.stringify(document.getText().slice(0, 80))}`);
        expanded++;
        await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
      }
    }
    assert.ok(expanded >= 30, `${expanded} snippets`);
  });
});
