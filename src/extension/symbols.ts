import * as vscode from 'vscode';
import { elementById } from '../core/catalogue/elements';
import { localize } from '../core/i18n/localized';
import type { Checker } from './checker';
import { say } from './messages';
import { elementOf } from './worker/snapshot';

const STATUS_WORD = { present: 'statusPresent', thin: 'statusThin', missing: 'statusMissing' } as const;

/**
 * Document symbols for the Outline and breadcrumbs: the headings that answer
 * an element, each with the element and its status as detail ("svarer på
 * Digital inklusion · kun berørt"). VS Code shows them beside the Markdown
 * extension's own headings. Strategies only, from the latest check.
 */
export class ElementSymbols implements vscode.DocumentSymbolProvider {
  constructor(private readonly checker: Checker) {}

  async provideDocumentSymbols(document: vscode.TextDocument): Promise<vscode.DocumentSymbol[]> {
    const checked = await this.checker.current(document);
    if (!checked) return [];
    const snapshot = checked.snapshot;
    const language = snapshot.language;
    const symbols: vscode.DocumentSymbol[] = [];
    for (const section of snapshot.sections) {
      if (section.elements.length === 0) continue;
      const detail = section.elements
        .map((id) => say('symbolAnswers', language, { name: localize(elementById(id).name, language), status: say(STATUS_WORD[elementOf(snapshot, id).status], language) }))
        .join('; ');
      const range = new vscode.Range(document.positionAt(section.headingRange.start), document.positionAt(section.headingRange.end));
      symbols.push(new vscode.DocumentSymbol(section.text || '…', detail, vscode.SymbolKind.Key, range, range));
    }
    return symbols;
  }
}
