import type { Formatter } from './types';

/**
 * One line per finding, for tools: `path:line:column: severity message [rule]`.
 * The severity is the JSON contract's token (`error`, `warning`, `info`) in
 * every language, so VS Code's `$strategitjek` problem matcher and `grep`
 * can read it; the message follows the run's language.
 */
export const formatCompact: Formatter = (files) => {
  const lines: string[] = [];
  for (const { report } of files) {
    for (const finding of report.findings) {
      const message = finding.message.replace(/[\r\n\u2028\u2029]+/g, ' ');
      lines.push(`${report.path}:${finding.line}:${finding.column}: ${finding.severity} ${message} [${finding.ruleId}]`);
    }
  }
  return lines.length > 0 ? `${lines.join('\n')}\n` : '';
};

/** The line `formatCompact` writes, as the problem matcher reads it (groups: file, line, column, severity, message, code). */
export const COMPACT_LINE = String.raw`^(.+?):(\d+):(\d+): (error|warning|info) (.*) \[([\w-]+)\]$`;
