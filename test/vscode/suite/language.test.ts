import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { EXTENSION_ID, api, closeAll, da, diagnosticsWhen, open, originalState, uiDa, workspaceFile } from './helpers';

describe('language', () => {
  after(closeAll);

  const setting = vscode.workspace.getConfiguration('strategitjek').get<string>('language');

  it(`messages follow the setting (${setting}), else the document's sprog: da, never VS Code's display language (${vscode.env.language})`, async () => {
    await api();
    const uri = workspaceFile('strategi.md');
    await open(uri);
    const diagnostics = await diagnosticsWhen(uri, originalState);
    const messages = diagnostics.map((d) => d.message).join(' ');
    if (setting === 'en') {
      assert.match(messages, /Missing: Changing needs\. How/);
      assert.doesNotMatch(messages, /mangler|kun berørt/);
    } else {
      // With "auto" in an English VS Code, a Danish document still gets Danish.
      assert.match(messages, /Skiftende behov mangler\. Hvordan/);
      assert.doesNotMatch(messages, /Missing|only touched/);
    }
    assert.equal(da(), setting !== 'en');
  });

  it("command titles come in VS Code's display language, from package.nls*.json", () => {
    if (uiDa()) assert.deepEqual(commandTitles().slice(0, 2), ['Tjek dette dokument', 'Tjek alle strategier i arbejdsområdet']);
    else assert.deepEqual(commandTitles().slice(0, 2), ['Check this document', 'Check every strategy in the workspace']);
  });
});

/** Command titles as VS Code resolved them from package.nls*.json for the display language. */
function commandTitles(): string[] {
  const extension = vscode.extensions.getExtension(EXTENSION_ID)!;
  return extension.packageJSON.contributes.commands.map((command: { title: string }) => command.title);
}
