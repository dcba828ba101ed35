import * as vscode from 'vscode';
import { elementById } from '../core/catalogue/elements';
import { localize, type Language } from '../core/i18n/localized';
import type { CheckSnapshot } from './worker/snapshot';
import { say } from './messages';

const ICON = { present: '$(pass)', thin: '$(warning)', missing: '$(error)' } as const;

/** "Strategitjek 8/10" on strategy documents, with every element's status in the tooltip. */
export class CoverageStatus implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('strategitjek.coverage', vscode.StatusBarAlignment.Right, 100);

  constructor() {
    this.item.name = 'Strategitjek';
    this.item.command = 'strategitjek.writeReport';
  }

  /** With `busy`, a spinner while a big check runs; the last result's tooltip stays. */
  show(result: CheckSnapshot | undefined, busy = false): void {
    if (busy) {
      this.item.text = '$(sync~spin) Strategitjek';
      this.item.show();
      return;
    }
    if (!result) {
      this.item.hide();
      return;
    }
    const language = result.config.language;
    const status = (id: string) => result.elements.find((e) => e.id === id)!.status;
    // The document's own catalogue: ten elements for a strategy, six questions for an ambition.
    const elements = result.elements.map((e) => elementById(e.id));
    const present = elements.filter((e) => status(e.id) === 'present').length;
    this.item.text = `$(checklist) Strategitjek ${present}/${elements.length}`;
    const tooltip = new vscode.MarkdownString();
    tooltip.appendMarkdown(`**${say('coverageTitle', language)}**\n\n`);
    for (const element of elements) {
      tooltip.appendMarkdown(`${ICON[status(element.id)]} `);
      tooltip.appendText(`${localize(element.name, language)}`);
      tooltip.appendMarkdown('  \n');
    }
    tooltip.appendMarkdown(`\n${say('coverageClick', language)}`);
    tooltip.supportThemeIcons = true;
    this.item.tooltip = tooltip;
    this.item.show();
  }

  /** A strategy with checking turned off says so, instead of showing nothing. */
  showDisabled(language: Language): void {
    this.item.text = `$(circle-slash) ${say('disabled', language)}`;
    this.item.tooltip = say('disabledTooltip', language);
    this.item.show();
  }

  get text(): string {
    return this.item.text;
  }

  dispose(): void {
    this.item.dispose();
  }
}
