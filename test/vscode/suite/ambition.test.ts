import * as assert from 'node:assert/strict';
import { mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as vscode from 'vscode';
import type { ShownReport } from '../../../src/extension/reportView';
import { api, askLauncher, closeAll, codeOf, da, diagnosticsWhen, open, workspaceFile } from './helpers';

/*
 * Issue 13 in the editor: a leader's "Min digitale ambition" gets only its own
 * six questions' findings; its `strategi:` is read inside the workspace only
 * and tied to the strategy (a hover on the coherence section lists the
 * sections it connects to; a warning when none), re-checked when that
 * strategy changes; snippets and the "Ny digital ambition" command make the
 * skeleton; a folder of ambitions renders as one table. Everything waits on
 * diagnostics or awaits commands, never on time.
 */

const codes = (diagnostics: vscode.Diagnostic[]) => diagnostics.map((d) => codeOf(d).value);

function hoverText(hovers: vscode.Hover[] | undefined): string {
  return (hovers ?? [])
    .flatMap((hover) => hover.contents)
    .map((content) => (typeof content === 'string' ? content : 'value' in content ? content.value : ''))
    .join('\n');
}

/** appendText keeps spaces as &nbsp; and escapes Markdown: compare words. */
const plain = (text: string) => text.replace(/&nbsp;/g, ' ').replace(/\\(.)/g, '$1');

async function hoverAtHeading(editor: vscode.TextEditor, heading: string): Promise<string> {
  const line = editor.document.getText().split('\n').indexOf(heading);
  assert.ok(line >= 0, heading);
  return plain(hoverText(await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', editor.document.uri, new vscode.Position(line, 4))));
}

/*
 * Which questions count as answered follows the recognition's tuning, so the
 * tests hold what the editor adds: the diagnostics are the check's findings,
 * all of them the ambition's own, and the strategy link's warning is there
 * exactly when the ambition connects to none of the strategy's sections.
 */
const STATUS_SYMBOL = { present: '✓', thin: '◐', missing: '✗' } as const;
/** The skolechef fixture answers all six questions and connects to two of the strategy's sections: no ambition-strategy warning. */
const skolechefState = (d: vscode.Diagnostic[]) => !codes(d).includes('ambition-strategy');
/** The teamleder fixture connects to none of anden-strategi.md's sections: the warning. */
const teamlederState = (d: vscode.Diagnostic[]) => codes(d).includes('ambition-strategy');

/** Checks a document and waits until its diagnostics are that check's findings. */
async function checkedWithDiagnostics(document: vscode.TextDocument) {
  const { checker } = await api();
  const checked = (await checker.check(document))!;
  const expected = checked.snapshot.findings.map((f) => f.ruleId).join();
  await diagnosticsWhen(document.uri, (d) => codes(d).join() === expected, `the diagnostics of ${document.uri.path}`);
  return checked.snapshot;
}

describe('Min digitale ambition in the editor (issue 13)', () => {
  const made: vscode.Uri[] = [];
  let outsideDir: string | undefined;
  after(async () => {
    await closeAll();
    const { checker } = await api();
    // Later tests read the Problems panel: only the strategy's findings should be there.
    for (const file of [...made, workspaceFile('ambitioner', 'skolechef.md'), workspaceFile('ambitioner', 'teamleder.md')]) checker.clear(file);
    for (const file of made) await vscode.workspace.fs.delete(file).then(undefined, () => undefined);
    if (outsideDir) rmSync(outsideDir, { recursive: true, force: true });
  });

  it('an ambition gets only its six questions’ findings (no strategy element, no ejer/godkendes-af), and the status bar says n/6', async () => {
    const { status } = await api();
    const uri = workspaceFile('ambitioner', 'skolechef.md');
    const editor = await open(uri);
    // checkWorkspace (commands.test) may have published findings already: wait for this check's own.
    const snapshot = await checkedWithDiagnostics(editor.document);
    assert.equal(snapshot.documentType, 'min-digitale-ambition');
    assert.deepEqual(
      snapshot.elements.map((e) => e.id),
      ['ambition-coherence', 'ambition-agenda', 'ambition-goals', 'ambition-approaches', 'ambition-expectations', 'ambition-ethics'],
    );
    const diagnostics = vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'Strategitjek');
    assert.ok(skolechefState(diagnostics), codes(diagnostics).join());
    assert.ok(codes(diagnostics).every((code) => code.startsWith('ambition-')), codes(diagnostics).join());
    // The skolechef answers most questions in full; a strategy's columns (ejer, godkendes-af, the ten elements) never appear.
    const present = snapshot.elements.filter((e) => e.status === 'present').length;
    assert.ok(present >= 4, `${present}/6`);
    assert.equal(status.text, `$(checklist) Strategitjek ${present}/6`);

    const other = await open(workspaceFile('ambitioner', 'teamleder.md'));
    const found = await checkedWithDiagnostics(other.document);
    assert.ok(found.findings.every((f) => f.ruleId.startsWith('ambition-')), found.findings.map((f) => f.ruleId).join());
    assert.ok(found.findings.some((f) => f.severity === 'error'), 'the teamleder leaves questions unanswered');
  });

  it('strategi: is read relative to the ambition, and the hover on its coherence section lists the strategy’s sections it connects to', async () => {
    const { checker } = await api();
    const editor = await open(workspaceFile('ambitioner', 'skolechef.md'));
    await checkedWithDiagnostics(editor.document);
    const link = (await checker.check(editor.document))!.snapshot.link!;
    assert.equal(link.path, '../strategi.md');
    assert.equal(link.problem, null);
    assert.deepEqual(
      link.connected.map((s) => [s.heading, s.line, s.element]),
      [
        ['Det enkle først', 25, 'simplicity'],
        ['Digitalisering på direktionens bord', 51, 'strategic-agenda'],
      ],
    );
    const text = await hoverAtHeading(editor, '## Sammenhæng på tværs af kommunen');
    assert.match(text, da() ? /Strategien, ambitionen svarer på: \.\.\/strategi\.md/ : /The strategy this ambition answers to: \.\.\/strategi\.md/);
    assert.match(text, da() ? /henviser til 2 af strategiens 8 afsnit/ : /refers to 2 of the strategy’s 8 sections/);
    assert.match(text, da() ? /- »Det enkle først« · linje 25 · svarer på Det enkle først/ : /- »Det enkle først« · line 25 · answers Simplicity first/);
    assert.match(text, /- »Digitalisering på direktionens bord« · (linje|line) 51/);
    // The other sections' hovers say nothing about the strategy.
    assert.doesNotMatch(await hoverAtHeading(editor, '## Mine mål om to år'), /strategi\.md/);
  });

  it('an ambition that connects to none of the strategy’s sections gets the warning, and the hover says so', async () => {
    const editor = await open(workspaceFile('ambitioner', 'teamleder.md'));
    const diagnostics = await diagnosticsWhen(editor.document.uri, teamlederState);
    const warning = diagnostics.find((d) => codeOf(d).value === 'ambition-strategy')!;
    assert.equal(warning.severity, vscode.DiagnosticSeverity.Warning);
    assert.equal(warning.range.start.line, 13);
    assert.match(
      warning.message,
      da() ? /^Ambitionen henviser ikke til nogen af afsnittene i strategien \.\.\/anden-strategi\.md \(1 i alt\)\. .*»Vores pejlemærker«/ : /^The ambition refers to none of the sections of the strategy \.\.\/anden-strategi\.md \(1 in all\)\. .*“Vores pejlemærker”/,
    );
    const text = await hoverAtHeading(editor, '## Sammenhæng');
    assert.match(text, da() ? /henviser ikke til nogen af strategiens 1 afsnit/ : /refers to none of the strategy’s 1 sections/);
  });

  it('the ambition is re-checked when its strategy changes, without being touched itself', async () => {
    const { checker } = await api();
    const ambition = workspaceFile('ambitioner', 'teamleder.md');
    // Checked (so its strategi: is known to the checker), not just showing earlier diagnostics.
    await checker.check((await open(ambition)).document);
    await diagnosticsWhen(ambition, teamlederState);
    // A section of the strategy the ambition speaks of: the warning goes, on the strategy's edit alone.
    const strategy = await open(workspaceFile('anden-strategi.md'));
    const end = strategy.document.lineAt(strategy.document.lineCount - 1).range.end;
    await strategy.edit((edit) => edit.insert(end, '\n\n## Skærmbesøg for borgerne\n\nBorgerne kan vælge skærmbesøg i hjemmeplejen.\n'));
    await diagnosticsWhen(ambition, (d) => d.length > 0 && !codes(d).includes('ambition-strategy'), 'the ambition-strategy warning to go');
    await vscode.commands.executeCommand('workbench.action.files.revert');
    await diagnosticsWhen(ambition, teamlederState, 'the warning back after the strategy was reverted');
  });

  it('strategi: outside the workspace (climbing out, a URL, an absolute path, a symbolic link) is refused and never read', async () => {
    const { checker } = await api();
    outsideDir = mkdtempSync(join(tmpdir(), 'strategitjek-outside-'));
    const outsideStrategy = join(outsideDir, 'strategi.md');
    writeFileSync(outsideStrategy, '---\ndokumenttype: digitaliseringsstrategi\n---\n# Digitaliseringsstrategi\n\n## Skærmbesøg for borgerne\n\nTekst.\n');
    const link = workspaceFile('noter', 'link-til-strategi.md');
    symlinkSync(outsideStrategy, link.fsPath);
    made.push(link);
    const targets = ['../../../../../../../../etc/strategi.md', 'https://example.org/strategi.md', '/etc/strategi.md', 'link-til-strategi.md'];
    for (const [i, target] of targets.entries()) {
      const uri = workspaceFile('noter', `ambition-udenfor-${i}.md`);
      made.push(uri);
      const text = `---\ndokumenttype: min-digitale-ambition\nstrategi: ${target}\n---\n\n# Min digitale ambition\n\n## Sammenhæng\n\nSkærmbesøg for borgerne er vores bidrag.\n`;
      await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
      const document = await vscode.workspace.openTextDocument(uri);
      const checked = await checker.check(document);
      assert.deepEqual([target, checked?.snapshot.link?.problem, checked?.snapshot.link?.connected], [target, 'outside', []]);
      assert.ok(checked!.snapshot.findings.some((f) => f.ruleId === 'ambition-strategy' && f.messageId === 'strategy-outside'), target);
      await closeAll();
    }
    // Not there: said so; and a path inside the workspace that does not exist is not "outside".
    const missing = workspaceFile('noter', 'ambition-findes-ikke.md');
    made.push(missing);
    await vscode.workspace.fs.writeFile(missing, new TextEncoder().encode('---\ndokumenttype: min-digitale-ambition\nstrategi: ../findes-ikke.md\n---\n\n# Min digitale ambition\n'));
    const checked = await checker.check(await vscode.workspace.openTextDocument(missing));
    assert.equal(checked?.snapshot.link?.problem, 'not-found');
  });

  it('a question answered only with template text is unanswered: an error at the placeholder, and the view goes there instead of inserting a second section', async () => {
    const { view } = await api();
    const uri = workspaceFile('noter', 'ambition-udfyldes.md');
    made.push(uri);
    const text = '---\ndokumenttype: min-digitale-ambition\nsprog: da\n---\n\n# Min digitale ambition\n\n## Mine mål om to år\n\n[udfyldes – tallene fra det nye system kommer i marts]\n';
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
    const editor = await open(uri);
    const diagnostics = await diagnosticsWhen(uri, (d) => d.some((x) => codeOf(x).value === 'ambition-goals'), 'the placeholder finding');
    const goals = diagnostics.find((d) => codeOf(d).value === 'ambition-goals')!;
    assert.deepEqual([goals.severity, goals.range.start.line, goals.range.start.character], [vscode.DiagnosticSeverity.Error, 9, 0]);
    const node = view.getChildren().find((n) => n.kind === 'element' && n.element.id === 'ambition-goals')!;
    assert.ok(node.kind === 'element' && node.element.status === 'missing');
    const item = view.getTreeItem(node);
    const went = await vscode.commands.executeCommand<{ action: string; line: number }>(item.command!.command, ...item.command!.arguments!);
    assert.equal(went.action, 'reveal');
    assert.equal(editor.document.lineAt(went.line).text, '## Mine mål om to år');
    assert.equal(editor.document.getText(), text);
    await closeAll();
  });

  it('the ambition-… snippets and the "Ny digital ambition" command make the six-question skeleton', async () => {
    const { checker, status } = await api();
    const document = await vscode.commands.executeCommand<vscode.TextDocument>('strategitjek.newAmbition');
    const text = document.getText();
    assert.match(text, /^---\ntitel: /);
    assert.match(text, /^dokumenttype: min-digitale-ambition$/m);
    assert.deepEqual(
      [...text.matchAll(/<!-- strategitjek: ([a-z-]+) -->/g)].map((marker) => marker[1]),
      ['ambition-coherence', 'ambition-agenda', 'ambition-goals', 'ambition-approaches', 'ambition-expectations', 'ambition-ethics'],
    );
    const checked = await checker.check(document, true);
    assert.equal(checked?.snapshot.documentType, 'min-digitale-ambition');
    // Placeholders only: every answer is still to be written, and the untitled document's strategi: is not read yet.
    assert.equal(checked?.snapshot.link, null);
    assert.match(status.text, /\/6$/);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');

    const expected: Record<string, string> = da()
      ? { 'ambition-sammenhaeng': '## Sammenhæng på tværs af kommunen', 'ambition-etik': '## Mine etiske overvejelser' }
      : { 'ambition-sammenhaeng': '## ', 'ambition-etik': '## ' };
    const extension = vscode.extensions.getExtension('strategitjek.strategitjek')!;
    const file = (extension.packageJSON.contributes.snippets as Array<{ path: string }>).find((s) => s.path.endsWith(da() ? '.da.code-snippets' : '.en.code-snippets'))!;
    const snippets = JSON.parse(new TextDecoder().decode(await vscode.workspace.fs.readFile(vscode.Uri.joinPath(extension.extensionUri, file.path)))) as Record<string, { prefix: string }>;
    const ambitionSnippets = Object.entries(snippets).filter(([, s]) => s.prefix.startsWith('ambition'));
    assert.equal(ambitionSnippets.length, 8, ambitionSnippets.map(([name]) => name).join());
    for (const [prefix, start] of Object.entries(expected)) {
      const name = ambitionSnippets.find(([, s]) => s.prefix === prefix)![0];
      const empty = await vscode.workspace.openTextDocument({ language: 'markdown', content: '' });
      await vscode.window.showTextDocument(empty);
      await vscode.commands.executeCommand('editor.action.insertSnippet', { langId: 'markdown', name });
      assert.ok(empty.getText().startsWith(start), `${prefix}: ${JSON.stringify(empty.getText().slice(0, 60))}`);
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    }
    const whole = ambitionSnippets.find(([, s]) => s.prefix === 'ambition')![0];
    const empty = await vscode.workspace.openTextDocument({ language: 'markdown', content: '' });
    await vscode.window.showTextDocument(empty);
    await vscode.commands.executeCommand('editor.action.insertSnippet', { langId: 'markdown', name: whole });
    assert.equal((await checker.check(empty, true))?.snapshot.documentType, 'min-digitale-ambition');
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  it('the readiness command on a folder renders the table of all leaders’ ambitions in the report webview', async function () {
    const { checker } = await api();
    const shown = await vscode.commands.executeCommand<ShownReport>('strategitjek.showFolderReport', workspaceFile('ambitioner'));
    assert.ok(shown, 'no report for the folder');
    const table = shown.markdown.slice(0, shown.markdown.indexOf('\n---\n'));
    // Both fixtures say sprog: da; the strategitjek.language setting decides when it is set.
    const header = da()
      ? '| Leder | Rolle | Enhed | Sammenhæng med resten af kommunen | Digitalisering på enhedens dagsorden | Mål om to år | Praktiske tilgange | Forventninger begge veje | Etiske overvejelser | Besvaret |'
      : '| Leader | Role | Unit | Coherence with the rest of the municipality | Digitalisation on the unit’s agenda | Goals in two years | Practical approaches | Expectations both ways | Ethical considerations | Answered |';
    // Each leader's row: the six statuses the editor gives that ambition, and n/6.
    const row = async (file: string, leader: string) => {
      const snapshot = (await checker.check(await vscode.workspace.openTextDocument(workspaceFile('ambitioner', file))))!.snapshot;
      const present = snapshot.elements.filter((e) => e.status === 'present').length;
      return `| ${leader} | ${snapshot.elements.map((e) => STATUS_SYMBOL[e.status]).join(' | ')} | ${present}/6 |`;
    };
    assert.deepEqual(table.split('\n'), [
      da() ? '# Ledernes digitale ambitioner' : '# The leaders’ digital ambitions',
      '',
      da() ? '2 ambitioner. Hver række er én leder; ✓ til stede, ◐ kun berørt, ✗ mangler.' : '2 ambitions. Each row is one leader; ✓ present, ◐ touched on, ✗ missing.',
      '',
      header,
      '| --- | --- | --- | :---: | :---: | :---: | :---: | :---: | :---: | --- |',
      await row('skolechef.md', 'Jens Hansen | Skolechef | Skoleområdet'),
      await row('teamleder.md', 'Sara Holm | Teamleder | Hjemmeplejen Nord'),
      '',
    ]);
    // Rendered, not shown as Markdown: an HTML table, no script, and the save action for the folder's report.
    assert.match(shown.html, /<td>Jens Hansen<\/td>/);
    assert.doesNotMatch(shown.html, /<script/i);
    assert.match(shown.html, /command:strategitjek\.saveReport\?/);
    assert.equal(shown.target.path.split('/').pop(), 'ambitioner.rapport.md');
    const saved = await vscode.commands.executeCommand<vscode.Uri>('strategitjek.saveReport', workspaceFile('ambitioner').toString());
    made.push(saved);
    assert.equal(new TextDecoder().decode(await vscode.workspace.fs.readFile(saved)), shown.markdown);

    const dir = process.env.STRATEGITJEK_UI_DIR;
    if (!dir) this.skip();
    const seen = await askLauncher(dir!, { shot: 'ambition-folder-table', webviewTable: true });
    assert.equal(seen.error, undefined, seen.error);
    assert.match(seen.seen ?? '', /Jens Hansen[\s\S]*\d\/6[\s\S]*Sara Holm[\s\S]*\d\/6/);
    shown.panel.dispose();
  });

  it('the coherence hover in the workbench (read by Playwright) lists the connected sections as text', async function () {
    const dir = process.env.STRATEGITJEK_UI_DIR;
    if (!dir) this.skip();
    const editor = await open(workspaceFile('ambitioner', 'skolechef.md'));
    await checkedWithDiagnostics(editor.document);
    const line = editor.document.getText().split('\n').indexOf('## Sammenhæng på tværs af kommunen');
    editor.selection = new vscode.Selection(line, 5, line, 5);
    editor.revealRange(new vscode.Range(line, 0, line, 0), vscode.TextEditorRevealType.InCenter);
    await vscode.commands.executeCommand('editor.action.showHover');
    const seen = await askLauncher(dir!, { shot: 'ambition-coherence-hover', hover: true });
    assert.equal(seen.error, undefined, seen.error);
    // Plain text spaces are rendered as no-break spaces.
    const text = (seen.seen ?? '').replace(/\u00a0/g, ' ');
    assert.match(text, da() ? /henviser til 2 af strategiens 8 afsnit:\s+»Det enkle først« · linje 25/ : /refers to 2 of the strategy’s 8 sections:\s+»Det enkle først« · line 25/);
    assert.match(text, /»Digitalisering på direktionens bord«/);
  });
});
