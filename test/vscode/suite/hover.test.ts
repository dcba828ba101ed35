import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { api, closeAll, da, diagnosticsWhen, open, originalState, workspaceFile } from './helpers';

function hoverText(hovers: vscode.Hover[]): string {
  return hovers
    .flatMap((hover) => hover.contents)
    .map((content) => (typeof content === 'string' ? content : 'value' in content ? content.value : ''))
    .join('\n');
}

async function hoverAt(uri: vscode.Uri, position: vscode.Position): Promise<string> {
  const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, position);
  return hoverText(hovers ?? []);
}

describe('hovers', () => {
  after(closeAll);

  it('over a recognised heading: the element, its status, the question and the column links', async () => {
    await api();
    const uri = workspaceFile('strategi.md');
    const editor = await open(uri);
    await diagnosticsWhen(uri, originalState);
    const line = editor.document.getText().split('\n').findIndex((l) => l.startsWith('## 10. Sådan arbejder vi'));
    const text = await hoverAt(uri, new vscode.Position(line, 5));
    assert.match(text, da() ? /\*\*Roller og ansvar i ledelseskæden\*\* · til stede/ : /\*\*Roles and responsibilities in the leadership pipeline\*\* · present/);
    // One column per line, each a link: "Klumme 11 – *titel* (s. 26)".
    assert.match(
      text,
      da()
        ? /\n- \[Klumme 11 – \*Digitalisering er som håndbold – det kræver arbejdsdeling og samarbejde\* \(s\. 26\)\]\(command:/
        : /\n- \[Column 11 – \*Digitalisering er som håndbold – det kræver arbejdsdeling og samarbejde\* \(p\. 26\)\]\(command:/,
    );
    assert.ok(/command:strategitjek\.showColumn\?(\[11\]|%5B11%5D)/.test(text), text);
  });

  it('document text in a hover is escaped, so markup and command links in a heading stay text', async () => {
    const uri = workspaceFile('strategi.md');
    const editor = await open(uri);
    const line = editor.document.getText().split('\n').findIndex((l) => l.startsWith('## 9. Tillid til data'));
    const text = await hoverAt(uri, new vscode.Position(line, 5));
    // appendText escapes Markdown (and keeps spaces as &nbsp;); raw HTML is never rendered.
    assert.match(text, /»Tillid(&nbsp;| )til(&nbsp;| )data(&nbsp;| )&(&nbsp;| )<b\\>AI<\/b\\>/);
    assert.ok(!text.includes('command:workbench.action.quit'), 'a command link in the heading must not reach the hover');
  });

  it('over a frontmatter key: what it means and its allowed values', async () => {
    const uri = workspaceFile('strategi.md');
    const editor = await open(uri);
    const line = editor.document.getText().split('\n').findIndex((l) => l.startsWith('status:'));
    const text = await hoverAt(uri, new vscode.Position(line, 2));
    assert.match(text, /`status`/);
    assert.match(text, /`høringsudkast`/);
  });
});
