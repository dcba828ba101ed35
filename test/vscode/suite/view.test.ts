import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { api, closeAll, da, diagnosticsWhen, open, originalState, when, workspaceFile } from './helpers';

/*
 * Issue 12's editor parts: the Strategitjek view (the ten elements with
 * status, evidence line and columns; a click goes to the section or inserts
 * it), document symbols naming the element a heading answers, the readiness
 * report rendered in a webview with a coverage grid and a save action, and
 * the "Tjek som strategi?" prompt for a look-alike. Everything waits on
 * events (diagnostics, tree changes), never on time.
 */

describe('the Strategitjek view, outline, rendered report and the look-alike prompt', () => {
  const report = () => workspaceFile('strategi.rapport.md');
  const lookalike = () => workspaceFile('noter', 'borgerservice-handleplan.md');
  after(async () => {
    await closeAll();
    for (const file of [report(), lookalike()]) await vscode.workspace.fs.delete(file).then(undefined, () => undefined);
  });

  it('the view lists the ten elements of the active strategy with symbol, status, line and columns', async () => {
    const { view } = await api();
    const uri = workspaceFile('strategi.md');
    await open(uri);
    await diagnosticsWhen(uri, originalState);
    const rows = view.rows();
    assert.equal(rows.length, 10);
    const statusWords = da() ? ['til stede', 'kun berørt', 'mangler'] : ['present', 'touched on', 'missing'];
    const missing = rows.filter((row) => row.startsWith('✗ '));
    assert.equal(missing.length, 2, rows.join('\n'));
    for (const row of missing) assert.match(row, new RegExp(` — ${statusWords[2]} · (klummer?|columns?) [\\d, ]+$`));
    const thin = rows.filter((row) => row.startsWith('◐ '));
    assert.equal(thin.length, 1);
    assert.match(thin[0], da() ? /^◐ Digital inklusion — kun berørt · linje \d+ · klummer 7, 5, 6$/ : /^◐ Digital inclusion — touched on · line \d+ · columns 7, 5, 6$/);
    assert.equal(rows.filter((row) => row.startsWith('✓ ')).length, 7);
    if (da()) assert.ok(rows[0].startsWith('✓ '), rows[0]);
    // Each element has its columns as children, and its evidence when there is some.
    const [first] = view.getChildren();
    const children = view.getChildren(first).map((child) => String(view.getTreeItem(child).label));
    assert.match(children[0], da() ? /^Linje \d+: »/ : /^Line \d+: “/);
    assert.ok(children.some((label) => (da() ? /^Klumme 3 – / : /^Column 3 – /).test(label)), children.join(' | '));
    const item = view.getTreeItem(first);
    assert.equal(item.command?.command, 'strategitjek.goToElement');
    assert.ok(item.iconPath instanceof vscode.ThemeIcon && item.iconPath.id === 'pass');
  });

  it('a click on a present element selects its section; on a missing one inserts the section, and the view refreshes', async () => {
    const { view } = await api();
    const uri = workspaceFile('strategi.md');
    const editor = await open(uri);
    await diagnosticsWhen(uri, originalState);
    const nodes = view.getChildren();
    const present = nodes.find((n) => n.kind === 'element' && n.element.status === 'present')!;
    const presentItem = view.getTreeItem(present);
    const went = await vscode.commands.executeCommand<{ action: string; line: number }>(presentItem.command!.command, ...presentItem.command!.arguments!);
    assert.equal(went.action, 'reveal');
    assert.equal(vscode.window.activeTextEditor?.selection.active.line, went.line);
    assert.match(editor.document.lineAt(went.line).text, /^#{1,6} |^\S/);

    const missing = nodes.find((n) => n.kind === 'element' && n.element.id === 'changing-needs')!;
    const missingItem = view.getTreeItem(missing);
    const refreshed = when(view.onDidChangeTreeData, () => view.rows().filter((row) => row.startsWith('✗ ')).length === 1);
    const inserted = await vscode.commands.executeCommand<{ action: string; line: number }>(missingItem.command!.command, ...missingItem.command!.arguments!);
    assert.equal(inserted.action, 'insert');
    // Inserted text follows the document's language (sprog: da), whatever the messages speak.
    assert.equal(editor.document.lineAt(inserted.line).text, '## Skiftende behov');
    await refreshed;
    // The inserted section has placeholders: it is touched on until it is written.
    assert.match(view.rows().find((row) => row.includes(da() ? 'Skiftende behov' : 'Changing needs'))!, /^◐ /);
    await vscode.commands.executeCommand('workbench.action.files.revert');
    await diagnosticsWhen(uri, originalState, 'the reverted strategy');
  });

  it('document symbols name the element each heading answers', async () => {
    const uri = workspaceFile('strategi.md');
    await open(uri);
    await diagnosticsWhen(uri, originalState);
    const symbols = (await vscode.commands.executeCommand<Array<vscode.DocumentSymbol | vscode.SymbolInformation>>('vscode.executeDocumentSymbolProvider', uri)) ?? [];
    const flat = (list: Array<vscode.DocumentSymbol | vscode.SymbolInformation>): vscode.DocumentSymbol[] =>
      list.flatMap((s) => ('children' in s ? [s, ...flat(s.children)] : []));
    const ours = flat(symbols).filter((s) => /^(svarer på|answers) /.test(s.detail));
    assert.ok(ours.length >= 8, ours.map((s) => `${s.name}: ${s.detail}`).join('\n'));
    const inclusion = ours.find((s) => s.name.includes('Alle skal kunne være med'));
    assert.equal(inclusion?.detail, da() ? 'svarer på Digital inklusion · kun berørt' : 'answers Digital inclusion · touched on');
  });

  it('the report opens rendered beside the strategy: strict CSP, no script, a coverage grid with text symbols, escaped text; save writes <name>.rapport.md and asks before overwriting', async () => {
    const { reports } = await api();
    const uri = workspaceFile('strategi.md');
    await open(uri);
    await diagnosticsWhen(uri, originalState);
    const shown = await vscode.commands.executeCommand<{ html: string; markdown: string; target: vscode.Uri; panel: vscode.WebviewPanel }>('strategitjek.writeReport');
    assert.ok(shown, 'the report opened');
    assert.equal(shown.panel.viewType, 'strategitjek.report');
    assert.equal(shown.panel.webview.options.enableScripts, false);
    assert.deepEqual(shown.panel.webview.options.localResourceRoots, []);
    const { html } = shown;
    assert.match(html, /<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'nonce-[0-9a-f]{32}'; img-src data:;">/);
    assert.doesNotMatch(html, /<script/i);
    assert.match(html, /<svg class="coverage" role="img"/);
    assert.equal((html.match(/<g class="cell (present|thin|missing)"/g) ?? []).length, 10);
    assert.equal((html.match(/<g class="cell missing"/g) ?? []).length, 2);
    assert.match(html, da() ? /class="symbol">✗<\/text>.*?class="status">mangler<\/text>/ : /class="symbol">✗<\/text>.*?class="status">missing<\/text>/);
    assert.match(html, da() ? /Dækning: 7 til stede, 1 kun berørt, 2 mangler/ : /Coverage: 7 present, 1 touched on, 2 missing/);
    assert.match(html, da() ? /<h1>Høringsparathed: Digitaliseringsstrategi for Aarby Kommune 2026-2029<\/h1>/ : /<h1>Consultation readiness: Digitaliseringsstrategi for Aarby Kommune 2026-2029<\/h1>/);
    assert.match(html, /<td>✗ (Mangler|Missing)<\/td>/);
    assert.doesNotMatch(html, /[\u{1F300}-\u{1FAFF}\u2705\u274C\u26A0]/u, 'no emoji');
    assert.match(html, /href="command:strategitjek\.saveReport\?/);
    assert.equal(shown.target.toString(), report().toString());

    // Save: written beside the strategy, the same Markdown as the CLI's report.
    await vscode.workspace.fs.delete(report()).then(undefined, () => undefined);
    const saved = await vscode.commands.executeCommand<vscode.Uri>('strategitjek.saveReport', uri.toString());
    assert.equal(saved?.toString(), report().toString());
    const written = new TextDecoder().decode(await vscode.workspace.fs.readFile(report()));
    assert.equal(written, shown.markdown);
    assert.match(written, /\| ✗ (Mangler|Missing) \|/);

    // A second save asks; "no" leaves the file alone, "yes" overwrites.
    await vscode.workspace.fs.writeFile(report(), new TextEncoder().encode('mine\n'));
    const asked: string[] = [];
    reports.askOverwrite = async (file) => (asked.push(file.toString()), false);
    assert.equal(await vscode.commands.executeCommand('strategitjek.saveReport', uri.toString()), undefined);
    assert.equal(new TextDecoder().decode(await vscode.workspace.fs.readFile(report())), 'mine\n');
    reports.askOverwrite = async (file) => (asked.push(file.toString()), true);
    assert.equal((await vscode.commands.executeCommand<vscode.Uri>('strategitjek.saveReport', uri.toString()))?.toString(), report().toString());
    assert.equal(new TextDecoder().decode(await vscode.workspace.fs.readFile(report())), shown.markdown);
    assert.deepEqual(asked, [report().toString(), report().toString()]);

    // The saved report is never taken for a strategy.
    const opened = await open(report());
    assert.deepEqual(vscode.languages.getDiagnostics(opened.document.uri), []);
    // The two strategies and the two ambitions in ambitioner/.
    assert.equal(await vscode.commands.executeCommand('strategitjek.checkWorkspace'), 4);
    shown.panel.dispose();
  });

  it('a look-alike gets “Tjek som strategi?” once, quietly; one click declares it and it is checked', async () => {
    const { prompt, checker } = await api();
    const text = '# Handleplan for borgerservice 2026\n\nVi vil gøre selvbetjeningen enklere for borgerne.\n\n## Digitale løsninger\n\nTekst.\n';
    await vscode.workspace.fs.writeFile(lookalike(), new TextEncoder().encode(text));
    const editor = await open(lookalike());
    assert.equal(await checker.check(editor.document), undefined, 'not checked before the user says so');
    assert.ok(prompt.visible, 'the status bar item shows');
    assert.equal(prompt.text, da() ? '$(question) Tjek som strategi?' : '$(question) Check as a strategy?');
    assert.deepEqual(prompt.offered.filter((key) => key === lookalike().toString()), [lookalike().toString()]);
    // Back to it: the item stays, the notification is not repeated.
    await open(workspaceFile('strategi.md'));
    await open(lookalike());
    assert.equal(prompt.offered.filter((key) => key === lookalike().toString()).length, 1);

    const checked = diagnosticsWhen(lookalike(), (d) => d.length > 0, 'the declared strategy');
    assert.equal(await vscode.commands.executeCommand('strategitjek.declareStrategy'), true);
    assert.ok(editor.document.getText().startsWith('---\ndokumenttype: digitaliseringsstrategi\n---\n\n# Handleplan'));
    await checked;
    assert.ok(!prompt.visible, 'the prompt is gone once it is a strategy');
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  it('a declared strategy with checking turned off says so in the status bar', async () => {
    const { status } = await api();
    const uri = workspaceFile('strategi.md');
    await open(uri);
    await diagnosticsWhen(uri, originalState);
    const config = vscode.workspace.getConfiguration('strategitjek', uri);
    const cleared = diagnosticsWhen(uri, (d) => d.length === 0, 'cleared diagnostics');
    await config.update('enable', false, vscode.ConfigurationTarget.Workspace);
    try {
      await cleared;
      assert.equal(status.text, da() ? '$(circle-slash) Strategitjek er slået fra' : '$(circle-slash) Strategitjek is turned off');
    } finally {
      const back = diagnosticsWhen(uri, originalState, 'diagnostics back');
      await config.update('enable', undefined, vscode.ConfigurationTarget.Workspace);
      await back;
    }
  });
});
