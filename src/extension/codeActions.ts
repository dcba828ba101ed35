import * as vscode from 'vscode';
import { elementById } from '../core/catalogue/elements';
import { localize } from '../core/i18n/localized';
import type { Checker } from './checker';
import { findingFor } from './diagnostics';
import { toWorkspaceEdit } from './edits';
import { SHOW_COLUMN } from './links';
import { type CheckSnapshot, elementOf, markEdit } from './worker/snapshot';
import { say } from './messages';

const FIX_ALL = vscode.CodeActionKind.SourceFixAll.append('strategitjek');

/**
 * Quick fixes: the rules' own fixes (insert a missing section), fix all
 * missing sections, turn a rule off for this document, read the column, and
 * mark an unrecognised section as answering an element.
 */
export class StrategyCodeActions implements vscode.CodeActionProvider {
  static readonly kinds = [vscode.CodeActionKind.QuickFix, vscode.CodeActionKind.RefactorRewrite, FIX_ALL];

  constructor(private readonly checker: Checker) {}

  async provideCodeActions(document: vscode.TextDocument, range: vscode.Range, context: vscode.CodeActionContext): Promise<vscode.CodeAction[]> {
    // A result for an older version is useless for edits: check the current text first.
    const checked = await this.checker.current(document);
    if (!checked) return [];
    const result = checked.snapshot;
    const language = result.config.language;
    const actions: vscode.CodeAction[] = [];
    const allMissing = result.fixAllMissing;

    if (context.only && FIX_ALL.contains(context.only)) {
      if (allMissing.length === 0) return [];
      const action = new vscode.CodeAction(say('insertAllMissing', language), FIX_ALL);
      action.edit = toWorkspaceEdit(document, allMissing);
      return [action];
    }

    for (const { diagnostic, finding } of this.findingsAt(document, range, context, result)) {
      if (finding.fix) {
        const action = new vscode.CodeAction(finding.fix.title, vscode.CodeActionKind.QuickFix);
        action.edit = toWorkspaceEdit(document, finding.fix.edits);
        action.diagnostics = [diagnostic];
        action.isPreferred = finding.messageId === 'missing';
        actions.push(action);
      }
      // The fix first, the column second, then turning the rule off.
      for (const column of finding.columns.slice(0, 1)) {
        const read = new vscode.CodeAction(say('readColumn', language, { column }), vscode.CodeActionKind.QuickFix);
        read.command = { command: SHOW_COLUMN, title: read.title, arguments: [column] };
        read.diagnostics = [diagnostic];
        actions.push(read);
      }
      // Offered only where the frontmatter can take the edit and stay valid YAML.
      const disableEdit = result.disableRule[finding.ruleId];
      if (disableEdit) {
        const disable = new vscode.CodeAction(
          say('turnRuleOff', language, { rule: finding.ruleId }),
          vscode.CodeActionKind.QuickFix,
        );
        disable.edit = toWorkspaceEdit(document, [disableEdit]);
        disable.diagnostics = [diagnostic];
        actions.push(disable);
      }
    }
    if (allMissing.length > 1 && actions.length > 0) {
      const action = new vscode.CodeAction(say('insertAllMissing', language), vscode.CodeActionKind.QuickFix);
      action.edit = toWorkspaceEdit(document, allMissing);
      actions.push(action);
    }

    // A heading the checker does not tie to any element can be marked by hand;
    // the document's title is not a section that answers anything.
    const offset = document.offsetAt(range.start);
    const section = result.sections.find((s) => offset >= s.headingRange.start && offset <= s.headingRange.end);
    const isTitle = section === result.sections[0] && /^ {0,3}#(?!#)/.test(document.lineAt(document.positionAt(section?.headingRange.start ?? 0).line).text);
    if (section && !isTitle && section.elements.length === 0) {
      for (const element of result.elements.map((e) => elementById(e.id))) {
        const edit = markEdit(result, section, element.id);
        if (!edit || elementOf(result, element.id).status === 'present') continue;
        const name = localize(element.name, language);
        const mark = new vscode.CodeAction(say('markSection', language, { name }), vscode.CodeActionKind.RefactorRewrite);
        mark.edit = toWorkspaceEdit(document, [edit]);
        actions.push(mark);
      }
    }
    return actions;
  }

  /**
   * The findings behind the diagnostics in the requested range. VS Code hands over the diagnostics it saw when the
   * request started; a check that published in between (the request waits for the current text's result) can leave
   * none of them matching the result answered from. Then the diagnostics this checker published with that result,
   * which are the ones now shown, are taken instead, so the menu never comes up without the fixes it should offer.
   */
  private findingsAt(document: vscode.TextDocument, range: vscode.Range, context: vscode.CodeActionContext, result: CheckSnapshot) {
    const offsetAt = (p: vscode.Position) => document.offsetAt(p);
    const pair = (diagnostics: readonly vscode.Diagnostic[]) =>
      diagnostics.flatMap((diagnostic) => {
        const finding = findingFor(result, diagnostic, offsetAt);
        return finding ? [{ diagnostic, finding }] : [];
      });
    const given = pair(context.diagnostics);
    if (given.length > 0) return given;
    return pair((this.checker.diagnostics.get(document.uri) ?? []).filter((d) => d.range.intersection(range)));
  }
}
