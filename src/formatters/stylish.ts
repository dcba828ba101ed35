import { styleText } from 'node:util';
import { catalogueFor } from '../core/catalogue/catalogues';
import { localize } from '../core/i18n/localized';
import { summarize } from '../core/report';
import { count, STRINGS } from './strings';
import type { Formatter } from './types';

type Style = Parameters<typeof styleText>[0];

/**
 * For people at a terminal: findings grouped per file, each with a
 * `path:line:col` a terminal or editor can open, then a coverage line.
 */
export const formatStylish: Formatter = (files, { config, color = false }) => {
  const paint = (style: Style, text: string) => (color ? styleText(style, text) : text);
  const language = config.language;
  const out: string[] = [];
  const labelWidth = Math.max(...(['error', 'warning', 'info'] as const).map((severity) => localize(STRINGS[severity], language).length));
  for (const file of files) {
    const { report } = file;
    out.push(paint('underline', report.path));
    const width = Math.max(0, ...report.findings.map((f) => `${report.path}:${f.line}:${f.column}`.length));
    for (const finding of report.findings) {
      const where = `${report.path}:${finding.line}:${finding.column}`.padEnd(width);
      const label = localize(STRINGS[finding.severity], language).padEnd(labelWidth);
      const style: Style = finding.severity === 'error' ? 'red' : finding.severity === 'warning' ? 'yellow' : 'blue';
      out.push(`  ${paint('dim', where)}  ${paint(style, label)} ${finding.message}  ${paint('dim', finding.ruleId)}`);
    }
    // Out of the document type's own elements: ten for a strategy, six for an ambition.
    const ids = catalogueFor(report.documentType ?? 'digitaliseringsstrategi').ids;
    const counts = { present: 0, thin: 0, missing: 0, total: ids.length };
    for (const id of ids) counts[report.elements[id].status]++;
    out.push(`  ${localize(STRINGS.coverage, language, counts)}`, '');
  }
  const summary = summarize(files.map((file) => file.report));
  const problems = summary.errors + summary.warnings + summary.infos;
  const files_ = count(summary.files, 'file', language);
  const line =
    problems === 0
      ? localize(STRINGS.noFindings, language, { files: files_ })
      : localize(STRINGS.totals, language, {
          problems: count(problems, 'finding', language),
          errors: count(summary.errors, 'error', language),
          warnings: count(summary.warnings, 'warning', language),
          infos: count(summary.infos, 'info', language),
          files: files_,
        });
  out.push(summary.errors > 0 ? paint('red', line) : summary.warnings > 0 ? paint('yellow', line) : paint('green', line));
  return out.join('\n') + '\n';
};
