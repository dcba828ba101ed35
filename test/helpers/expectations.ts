import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { lint, type LintOptions, type LintResult } from '../../src/core/lint';
import type { ConfigInput } from '../../src/core/config/types';

/*
 * Golden fixtures are the smallest document that shows a case, with the
 * expectations inside, in a trailing HTML comment, one finding per line
 * (ESLint's RuleTester habit: the message id and the data it was rendered
 * with; the rendered text is snapshotted once per message id in
 * test/rules/messages.snapshot.md):
 *
 *   <!-- strategitjek-expect
 *   3:1-3:31 warning thin-few-words {"name":"Digital inklusion","words":5}
 *   elements: inclusion=thin
 *   -->
 *
 * `line:col-endLine:endCol severity messageId data` for each finding of the
 * rule the fixture's folder is named after; `elements:` lines state verdicts.
 *
 * A case that needs everything else present says so in its first line and
 * is checked inside the one shared complete strategy
 * (test/fixtures/rules/complete-strategy.md), with positions in that text:
 *
 *   <!-- strategitjek-fixture: complete-strategy.md without "## 8. Alle skal kunne være med" -->
 */
export interface Expectations {
  findings: string[];
  elements: Record<string, string>;
}

export const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'rules');
export const COMPLETE = 'complete-strategy.md';

const BLOCK = /<!--\s*strategitjek-expect\s*\r?\n([\s\S]*?)-->/;
const DIRECTIVE = /^<!--\s*strategitjek-fixture:\s*complete-strategy\.md((?:\s+without\s+"[^"]+")+)\s*-->/;

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
    } else findings.push(line);
  }
  return { findings, elements };
}

/** The text a fixture is checked as: itself, or the complete strategy without the sections it names. */
export function fixtureText(text: string): string {
  const directive = DIRECTIVE.exec(text);
  if (!directive) return text;
  let complete = readFileSync(join(FIXTURES, COMPLETE), 'utf8').replace(BLOCK, '').trimEnd() + '\n';
  for (const [, heading] of directive[1].matchAll(/without\s+"([^"]+)"/g)) {
    const start = complete.indexOf(`\n${heading}\n`);
    if (start < 0) throw new Error(`${COMPLETE} has no section "${heading}"`);
    const next = complete.slice(start + 1 + heading.length).search(/\n#{1,2} /);
    const end = next < 0 ? complete.length : start + 1 + heading.length + next;
    complete = complete.slice(0, start) + complete.slice(end);
  }
  return complete + '\n' + BLOCK.exec(text)![0] + '\n';
}

export function describeFindings(result: LintResult, ruleId: string): string[] {
  const lines = result.document.lines;
  return result.findings
    .filter((finding) => finding.ruleId === ruleId)
    .map((finding) => {
      const start = lines.positionAt(finding.range.start);
      const end = lines.positionAt(finding.range.end);
      const data = finding.data && Object.keys(finding.data).length > 0 ? ` ${JSON.stringify(finding.data)}` : '';
      return `${start.line}:${start.column}-${end.line}:${end.column} ${finding.severity} ${finding.messageId}${data}`;
    });
}

/**
 * An ambition fixture's `strategi:` is read as the CLI reads it: relative to
 * the fixture (one folder below test/fixtures/rules/), so
 * `strategi: ../complete-strategy.md` is the shared complete strategy.
 */
function linkedStrategy(text: string): LintOptions['strategy'] {
  const path = /^strategi:\s*"?([^"\r\n]+?)"?\s*$/m.exec(text.split(/\r?\n---/)[0] ?? '')?.[1];
  if (!path) return undefined;
  const file = resolve(FIXTURES, 'folder', path);
  return existsSync(file) ? { path, text: readFileSync(file, 'utf8') } : { path, problem: 'not-found' };
}

/**
 * A fixture's lint result, computed once per text and configuration: the golden test and the message
 * snapshot read the same results several times (findings, elements, fixes), and a result is never changed.
 */
export function lintFixture(text: string, config?: ConfigInput): LintResult {
  const key = `${JSON.stringify(config ?? null)}\0${text}`;
  let result = LINTED.get(key);
  if (!result) LINTED.set(key, (result = lint(fixtureText(text), { config, strategy: linkedStrategy(text) })));
  return result;
}
const LINTED = new Map<string, LintResult>();
