import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { api, closeAll, open, when, workspaceFile } from './helpers';

/*
 * Checking runs in a worker thread: while a 1 MB strategy's re-check is in
 * the worker, the extension host still answers another document's hover
 * (from that document's latest result) at once, and the status bar spins.
 * The check is held in the worker by the extension's test hook
 * (`checker.hold`), so the order does not depend on how fast checking is:
 * held (an event from the worker) → hover → release → diagnostics (an event).
 */

describe('checking off the extension host thread', () => {
  const big = () => workspaceFile('stor-strategi.md');
  after(async () => {
    await closeAll();
    await vscode.workspace.fs.delete(big()).then(undefined, () => undefined);
  });

  it('another document’s hover answers while a 1 MB strategy is checked after an edit; the status bar spins meanwhile', async function () {
    // Two full checks of 1 MB on a busy machine; the assertions wait on events, not on time.
    this.timeout(240000);
    const { checker, status, hover } = await api();
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

    assert.equal(checker.checksRunIn, 'worker', 'checks run in the worker thread');

    const middle = editor.document.positionAt(Math.floor(text.length / 2));
    const release = checker.hold(big());
    let released = false;
    try {
      await editor.edit((edit) => edit.insert(new vscode.Position(middle.line, 0), 'x'));
      const version = editor.document.version;
      const held = when(checker.onDidHold, (e) => e.uri.toString() === big().toString() && e.version === version);
      const recheck = checker.check(editor.document);
      await held;
      assert.ok(checker.isBusy(big()), 'the re-check is running');
      assert.match(status.text, /\$\(sync~spin\)/);

      const line = small.document.getText().split('\n').findIndex((l) => l.startsWith('status:'));
      const position = new vscode.Position(line, 2);
      // Through the workbench: the hover answers while the check is held (the renderer may still be busy with the 1 MB edit, so this is not timed).
      const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', small.document.uri, position);
      assert.ok((hovers ?? []).length > 0, 'the hover answered');
      // The extension host itself: its hover provider answers within 200 ms while the check is held.
      const asked = performance.now();
      const answer = await hover.provideHover(small.document, position);
      const took = performance.now() - asked;
      assert.ok(answer && answer.contents.length > 0, 'the provider answered');
      assert.ok(took < 200, `the hover provider answered in ${took.toFixed(0)} ms while the check was held`);
      assert.ok(checker.isBusy(big()), 'the hover answered while the big check was still in the worker');

      const diagnosed = when(vscode.languages.onDidChangeDiagnostics, (event) => event.uris.some((uri) => uri.toString() === big().toString()));
      release();
      released = true;
      const checked = await recheck;
      await diagnosed;
      assert.equal(checked?.version, version);
      // Another check of the big document may have started meanwhile (a late settings event from the test before
      // re-checks every open document): the spinner stops when the last one ends, which this waits for by its event.
      // A spinner that never stops fails the test by its timeout.
      if (checker.isBusy(big())) await when(checker.onDidChangeBusy, (uri) => uri.toString() === big().toString() && !checker.isBusy(big()));
      assert.doesNotMatch(status.text, /\$\(sync~spin\)/);
    } finally {
      if (!released) release();
    }
    await vscode.commands.executeCommand('workbench.action.files.revert');
  });
});
