import * as vscode from 'vscode';
import { elementById } from '../core/catalogue/elements';
import type { ElementId } from '../core/catalogue/elementTypes';
import { localize, type Language } from '../core/i18n/localized';
import { columnByNumber } from '../core/catalogue/columns';
import { FRONTMATTER_FIELDS } from '../core/schemas/frontmatterFields';
import type { Checker } from './checker';
import { columnHref, SHOW_COLUMN } from './links';
import { elementOf, type CheckSnapshot } from './worker/snapshot';
import { say } from './messages';

const STATUS = { present: 'statusPresent', thin: 'statusThin', missing: 'statusMissing' } as const;

/**
 * Hovers that explain: over a heading, which element it answers, how well,
 * and the columns behind it; over a frontmatter key, what it means and its
 * allowed values; over a finding, the column to read. Document text is only
 * ever added as plain text, and the only command a link may run is the one
 * that shows a column.
 */
export class StrategyHoverProvider implements vscode.HoverProvider {
  /** Where a relative `columnsUrl` points from, for the hover being built. */
  private workspaceFolder: vscode.Uri | undefined;

  constructor(private readonly checker: Checker) {}

  async provideHover(document: vscode.TextDocument, position: vscode.Position): Promise<vscode.Hover | undefined> {
    const checked = await this.checker.current(document);
    if (!checked) return undefined;
    const result = checked.snapshot;
    this.workspaceFolder = vscode.workspace.getWorkspaceFolder(document.uri)?.uri;
    const offset = document.offsetAt(position);
    const language = result.config.language;
    const parts: vscode.MarkdownString[] = [];

    const section = result.sections.find((s) => offset >= s.headingRange.start && offset <= s.headingRange.end);
    if (section) {
      for (const id of section.elements) parts.push(this.elementHover(result, id, language, section.text));
    }
    const frontmatter = result.frontmatter;
    if (!section && frontmatter.present && offset >= frontmatter.contentStart && offset < frontmatter.end) {
      const key = /^([^\s:#][^:]*):/.exec(document.lineAt(position.line).text)?.[1]?.trim();
      const field = FRONTMATTER_FIELDS.find((f) => f.key === key);
      if (field) parts.push(this.fieldHover(field.key, language));
    }
    const findings = result.findings.filter((f) => offset >= f.range.start && offset <= f.range.end && f.columns.length > 0);
    if (findings.length > 0 && !section) {
      const columns = [...new Set(findings.flatMap((f) => f.columns))];
      parts.push(this.columnsLine(columns, result, language));
    }
    if (parts.length === 0) return undefined;
    return new vscode.Hover(parts);
  }

  private elementHover(result: CheckSnapshot, id: ElementId, language: Language, heading: string): vscode.MarkdownString {
    const element = elementById(id);
    const verdict = elementOf(result, id);
    const markdown = trusted();
    // The heading is the author's text: appended as plain text, never as markup.
    markdown.appendText(`»${heading}« `);
    markdown.appendMarkdown(`${say('answers', language)} **${localize(element.name, language)}** · ${say(STATUS[verdict.status], language)}`);
    const lacking = (element.guidance ?? []).filter((check) => verdict.uncovered.includes(check.id)).map((check) => localize(check.label, language));
    if (verdict.status === 'thin' && lacking.length > 0) {
      markdown.appendMarkdown(say('lacking', language));
      markdown.appendText(lacking.join(', '));
    }
    if (verdict.quote) {
      // Why the checker thinks so: the first sentence it judged, as plain text.
      markdown.appendMarkdown(`\n\n${say('evidence', language, { line: verdict.quote.line })}`);
      markdown.appendText(`»${verdict.quote.text}«`);
    }
    // The calibration moved the rules' verdict: say so, so a reviewer does not look for a rule that explains it.
    const calibratedFrom = result.report.elements[id].calibratedFrom;
    if (calibratedFrom) markdown.appendMarkdown(`\n\n${say('calibrated', language, { status: say(STATUS[calibratedFrom], language) })}`);
    // On an ambition's coherence section: the strategy it answers to and the sections it connects to.
    if (result.link?.element === id) appendLink(markdown, result.link, language);
    markdown.appendMarkdown('\n\n');
    markdown.appendText(localize(element.question, language));
    markdown.appendMarkdown('\n\n');
    markdown.appendMarkdown(this.columnsLine(element.columns, result, language).value);
    return markdown;
  }

  private fieldHover(key: string, language: Language): vscode.MarkdownString {
    const field = FRONTMATTER_FIELDS.find((f) => f.key === key)!;
    const schema = field.schema as { enum?: string[] };
    const markdown = trusted();
    markdown.appendMarkdown(`**\`${key}\`** — `);
    markdown.appendText(localize(field.description, language));
    if (schema?.enum) {
      markdown.appendMarkdown(`\n\n${say('allowedValues', language)}`);
      markdown.appendMarkdown(schema.enum.map((value) => `\`${value}\``).join(', '));
    }
    return markdown;
  }

  private columnsLine(columns: number[], result: CheckSnapshot, language: Language): vscode.MarkdownString {
    const markdown = trusted();
    // One column per line: "Klumme 7 – *titel* (s. 18)", each line a link.
    const lines = columns.map((n) => {
      const column = columnByNumber(n);
      const label = say('hoverColumn', language, { number: n, title: escapeLinkText(column.title), page: column.page });
      return `- [${label}](${columnHref(n, result.config, this.workspaceFolder)})`;
    });
    markdown.appendMarkdown(`${say('readColumns', language)}\n\n${lines.join('\n')}`);
    return markdown;
  }
}

/**
 * On an ambition's coherence section: the strategy its `strategi:` names and
 * the sections of it the ambition refers to. Headings and the path are the
 * authors' text, so they are appended as plain text; this part links nowhere.
 */
function appendLink(markdown: vscode.MarkdownString, link: NonNullable<CheckSnapshot['link']>, language: Language): void {
  markdown.appendMarkdown(`\n\n${say('linkStrategy', language)}`);
  markdown.appendText(link.path);
  markdown.appendMarkdown('\n\n');
  if (link.problem) {
    markdown.appendMarkdown(say('linkNotRead', language));
    return;
  }
  if (link.connected.length === 0) {
    markdown.appendMarkdown(say('linkNone', language, { candidates: link.candidates }));
    return;
  }
  markdown.appendMarkdown(say('linkConnected', language, { count: link.connected.length, candidates: link.candidates }));
  markdown.appendMarkdown('\n');
  for (const section of link.connected) {
    markdown.appendMarkdown('\n- ');
    markdown.appendText(`»${section.heading}«`);
    markdown.appendMarkdown(` · ${say('viewLine', language, { line: section.line })}`);
    if (section.element) markdown.appendMarkdown(` · ${say('linkAnswers', language, { name: escapeLinkText(localize(elementById(section.element).name, language)) })}`);
  }
}

/** A hover may run one command only: showing a column. */
function trusted(): vscode.MarkdownString {
  const markdown = new vscode.MarkdownString();
  markdown.isTrusted = { enabledCommands: [SHOW_COLUMN] };
  return markdown;
}

function escapeLinkText(text: string): string {
  return text.replace(/[[\]\\*_`]/g, '\\$&');
}
