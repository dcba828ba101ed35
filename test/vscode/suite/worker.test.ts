import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { api, closeAll, open, workspaceFile } from './helpers';

/*
 * Checking runs in a worker thread: while a 1 MB strategy is being checked
 * after an edit, the extension host still answers another document's hover
 * (from that document's latest result), and the status bar spins. Nothing is
 * timed: the test only relies on the order of events.
 */

function when<T>(event: vscode.Event<T>, ready: (value: T) => boolean): Promise<T> {
  return new Promise((resolve) => {
    const subscription = event((value) => {
      if (!ready(value)) return;
      subscription.dispose();
      resolve(value);
    });
  });
}

describe('checking off the extension host thread', () => {
  const big = () => workspaceFile('stor-strategi.md');
  after(async () => {
    await closeAll();
    await vscode.workspace.fs.delete(big()).then(undefined, () => undefined);
  });

  it('another document’s hover answers while a 1 MB strategy is checked after an edit; the status bar spins meanwhile', async function () {
    // Two full checks of 1 MB on a busy machine; the assertions wait on events, not on time.
    this.timeout(240000);
    const { checker, status } = await api();
    const small = await open(workspaceFile('strategi.md'));
    assert.ok(await checker.check(small.document), 'strategi.md is checked');

    // A 1 MB strategy: the fixture's body repeated under its frontmatter.
    const source = small.document.getText();
    const end = source.indexOf('\n---', 4) + 4;
    const body = source.slice(end);
    let text = source.slice(0, end);
    while (text.length < 1024 * 1024) text += body;
    await vscode.workspace.fs.writeFile(big(), new TextEncoder().encode(text));
    const editor = await open(big());
    assert.ok(await checker.check(editor.document), 'the 1 MB strategy is checked');

    const middle = editor.document.positionAt(Math.floor(text.length / 2));
    await editor.edit((edit) => edit.insert(new vscode.Position(middle.line, 0), 'x'));
    const busy = when(checker.onDidChangeBusy, (uri) => uri.toString() === big().toString() && checker.isBusy(big()));
    const recheck = checker.check(editor.document);
    await busy;
    assert.match(status.text, /\$\(sync~spin\)/);

    const line = small.document.getText().split('\n').findIndex((l) => l.startsWith('status:'));
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', small.document.uri, new vscode.Position(line, 2));
    assert.ok((hovers ?? []).length > 0, 'the hover answered');
    assert.ok(checker.isBusy(big()), 'the hover answered before the big check ended');

    const checked = await recheck;
    assert.equal(checked?.version, editor.document.version);
    assert.ok(!checker.isBusy(big()));
    assert.doesNotMatch(status.text, /\$\(sync~spin\)/);
    await vscode.commands.executeCommand('workbench.action.files.revert');
  });
});
