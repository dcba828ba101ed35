import * as vscode from 'vscode';
import { ELEMENTS } from '../core/catalogue/elements';
import { localize } from '../core/i18n/localized';
import type { LintResult } from '../core/lint';

const ICON = { present: '$(pass)', thin: '$(warning)', missing: '$(error)' } as const;

/** "Strategitjek 8/10" on strategy documents, with every element's status in the tooltip. */
export class CoverageStatus implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('strategitjek.coverage', vscode.StatusBarAlignment.Right, 100);

  constructor() {
    this.item.name = 'Strategitjek';
    this.item.command = 'strategitjek.writeReport';
  }

  show(result: LintResult | undefined): void {
    if (!result) {
      this.item.hide();
      return;
    }
    const language = result.config.language;
    const present = ELEMENTS.filter((e) => result.recognition.verdicts.get(e.id)?.status === 'present').length;
    this.item.text = `$(checklist) Strategitjek ${present}/${ELEMENTS.length}`;
    const tooltip = new vscode.MarkdownString();
    tooltip.appendMarkdown(language === 'da' ? '**Dækning af de ti elementer**\n\n' : '**Coverage of the ten elements**\n\n');
    for (const element of ELEMENTS) {
      const status = result.recognition.verdicts.get(element.id)!.status;
      tooltip.appendMarkdown(`${ICON[status]} `);
      tooltip.appendText(`${localize(element.name, language)}`);
      tooltip.appendMarkdown('  \n');
    }
    tooltip.appendMarkdown(language === 'da' ? '\nKlik for høringsrapporten.' : '\nClick for the readiness report.');
    tooltip.supportThemeIcons = true;
    this.item.tooltip = tooltip;
    this.item.show();
  }

  get text(): string {
    return this.item.text;
  }

  dispose(): void {
    this.item.dispose();
  }
}
