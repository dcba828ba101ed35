import { localize } from '../core/i18n/localized';
import { citeColumn, columnUrl, ruleUrl } from '../core/links';
import { RULES } from '../core/rules';
import type { Formatter } from './types';

const LEVEL = { error: 'error', warning: 'warning', info: 'note' } as const;

/**
 * SARIF 2.1.0 for code-scanning services: one rule per rule id with help
 * text that cites the columns, results with UTF-16 based regions.
 */
export const formatSarif: Formatter = (files, { config, version = '0.0.0' }) => {
  const language = config.language;
  const rules = RULES.map((rule) => {
    const citations = rule.meta.columns.map((n) => `- ${citeColumn(n, language)}: ${columnUrl(n, config)}`);
    const description = localize(rule.meta.description, language);
    const details = localize(rule.meta.details, language);
    const primary = Object.values(rule.meta.messages)[0]?.severity ?? 'warning';
    return {
      id: rule.meta.id,
      name: rule.meta.id.replace(/(^|-)(\w)/g, (_, __, c: string) => c.toUpperCase()),
      shortDescription: { text: description },
      fullDescription: { text: `${description} ${details}` },
      helpUri: ruleUrl(rule.meta.id, config),
      help: {
        text: [description, details, ...citations.map((c) => c.replace(/\*/g, ''))].join('\n'),
        markdown: [description, '', details, '', ...citations].join('\n'),
      },
      defaultConfiguration: { level: LEVEL[primary] },
      properties: { tags: ['strategitjek', rule.meta.element ? 'element' : 'document'], columns: rule.meta.columns },
    };
  });
  const index = new Map(rules.map((rule, i) => [rule.id, i]));
  const results = files.flatMap((file) =>
    file.report.findings.map((finding) => ({
      ruleId: finding.ruleId,
      ruleIndex: index.get(finding.ruleId) ?? -1,
      level: LEVEL[finding.severity],
      message: { text: finding.message },
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri: toUri(file.report.path), uriBaseId: '%SRCROOT%' },
            region: { startLine: finding.line, startColumn: finding.column, endLine: finding.endLine, endColumn: finding.endColumn },
          },
        },
      ],
      properties: { element: finding.element, columns: finding.columns },
    })),
  );
  const sarif = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'Strategitjek', version, informationUri: config.docsUrl, rules } },
        columnKind: 'utf16CodeUnits',
        originalUriBaseIds: { '%SRCROOT%': { uri: './' } },
        results,
      },
    ],
  };
  return JSON.stringify(sarif, null, 2) + '\n';
};

/** A relative path as a URI reference: forward slashes, each segment escaped. */
function toUri(path: string): string {
  return path
    .replace(/\\/g, '/')
    .split('/')
    .map((segment) => encodeURIComponent(segment))
    .join('/');
}
