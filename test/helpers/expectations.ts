import { lint, type LintResult } from '../../src/core/lint';
import type { ConfigInput } from '../../src/core/config/types';

/*
 * Golden fixtures carry their expectations inside them, in a trailing HTML
 * comment, one finding per line:
 *
 *   <!-- strategitjek-expect
 *   12:1-12:24 error missing
 *   elements: inclusion=missing ethics=thin
 *   -->
 *
 * `line:col-endLine:endCol severity messageId` for each finding of the rule
 * the fixture's folder is named after; `elements:` lines state verdicts.
 */
export interface Expectations {
  findings: string[];
  elements: Record<string, string>;
}

const BLOCK = /<!--\s*strategitjek-expect\s*\r?\n([\s\S]*?)-->/;

export function readExpectations(text: string): Expectations {
  const match = BLOCK.exec(text);
  const findings: string[] = [];
  const elements: Record<string, string> = {};
  for (const raw of (match?.[1] ?? '').split(/\r?\n/)) {
    const line = raw.trim();
    if (!line) continue;
    if (line.startsWith('elements:')) {
      for (const pair of line.slice('elements:'.length).trim().split(/\s+/)) {
        const [id, status] = pair.split('=');
        elements[id] = status;
      }
    } else findings.push(line.replace(/\s+/g, ' '));
  }
  return { findings, elements };
}

export function describeFindings(result: LintResult, ruleId: string): string[] {
  const lines = result.document.lines;
  return result.findings
    .filter((finding) => finding.ruleId === ruleId)
    .map((finding) => {
      const start = lines.positionAt(finding.range.start);
      const end = lines.positionAt(finding.range.end);
      return `${start.line}:${start.column}-${end.line}:${end.column} ${finding.severity} ${finding.messageId}`;
    });
}

export function lintFixture(text: string, config?: ConfigInput): LintResult {
  return lint(text, { config });
}
