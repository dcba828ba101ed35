import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { EXTENSION_ID, api, closeAll, da, diagnosticsWhen, open, originalState, workspaceFile } from './helpers';

describe('language', () => {
  after(closeAll);

  it(`messages and UI strings come in the display language (${vscode.env.language})`, async () => {
    await api();
    const uri = workspaceFile('strategi.md');
    await open(uri);
    const diagnostics = await diagnosticsWhen(uri, originalState);
    const messages = diagnostics.map((d) => d.message).join(' ');
    if (da()) {
      assert.match(messages, /mangler\. Hvordan/);
      assert.doesNotMatch(messages, /is missing|only touched/);
      assert.deepEqual(commandTitles().slice(0, 2), ['Tjek dette dokument', 'Tjek alle strategier i arbejdsområdet']);
    } else {
      assert.match(messages, /is missing\. How/);
      assert.doesNotMatch(messages, /mangler|kun berørt/);
      assert.deepEqual(commandTitles().slice(0, 2), ['Check this document', 'Check every strategy in the workspace']);
    }
  });
});

/** Command titles as VS Code resolved them from package.nls*.json for the display language. */
function commandTitles(): string[] {
  const extension = vscode.extensions.getExtension(EXTENSION_ID)!;
  return extension.packageJSON.contributes.commands.map((command: { title: string }) => command.title);
}
