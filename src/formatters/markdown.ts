import { catalogueFor, type DocumentType } from '../core/catalogue/catalogues';
import { COLLECTION } from '../core/catalogue/columns';
import { localize, type Language, type Localized } from '../core/i18n/localized';
import { coreMessage } from '../core/i18n/messages';
import { citeColumn, columnUrl, ruleUrl } from '../core/links';
import type { FileReport } from '../core/report';
import { ruleById } from '../core/rules';
import { STATUS_SYMBOL } from './strings';
import type { CheckedFile, Formatter, FormatOptions } from './types';

/*
 * The consultation readiness report: what a digitalisation unit attaches to
 * the case before a strategy goes to consultation. A verdict in plain words,
 * a table of the ten elements, then the findings with their column citations.
 */

const T = {
  title: { da: 'Høringsparathed', en: 'Consultation readiness' },
  file: { da: 'Fil', en: 'File' },
  organisation: { da: 'Kommune', en: 'Municipality' },
  status: { da: 'Status', en: 'Status' },
  period: { da: 'Periode', en: 'Period' },
  owner: { da: 'Ejer', en: 'Owner' },
  verdict: { da: 'Vurdering', en: 'Assessment' },
  elements: { da: 'De ti elementer', en: 'The ten elements' },
  element: { da: 'Element', en: 'Element' },
  where: { da: 'Hvor', en: 'Where' },
  columns: { da: 'Klummer', en: 'Columns' },
  evidence: { da: 'Begrundelse', en: 'Evidence' },
  calibrated: { da: 'vurderet ud fra hele teksten; reglerne alene sagde', en: 'weighed against the whole text; the rules alone said' },
  words: { da: 'ord', en: 'words' },
  findings: { da: 'Fund', en: 'Findings' },
  none: { da: 'Ingen fund.', en: 'No findings.' },
  line: { da: 'linje', en: 'line' },
  sources: { da: 'Kilde', en: 'Source' },
  present: { da: 'Til stede', en: 'Present' },
  thin: { da: 'Kun berørt', en: 'Touched on' },
  missing: { da: 'Mangler', en: 'Missing' },
  error: { da: 'Fejl', en: 'Errors' },
  warning: { da: 'Advarsler', en: 'Warnings' },
  info: { da: 'Bemærkninger', en: 'Notes' },
  notFound: { da: '–', en: '–' },
  verdictPresent: { da: 'Strategien behandler {present} af de ti elementer fyldestgørende.', en: 'The strategy covers {present} of the ten elements in full.' },
  verdictThinOne: { da: 'Ét element er kun berørt: {list}.', en: 'One element is only touched on: {list}.' },
  verdictThinMany: { da: '{count} elementer er kun berørt: {list}.', en: '{count} elements are only touched on: {list}.' },
  verdictMissingOne: { da: 'Ét element mangler: {list}.', en: 'One element is missing: {list}.' },
  verdictMissingMany: { da: '{count} elementer mangler: {list}.', en: '{count} elements are missing: {list}.' },
  verdictNotReady: { da: 'Den er ikke klar til høring, før de manglende elementer er skrevet.', en: 'It is not ready for consultation until the missing elements are written.' },
  verdictReadyButThin: {
    da: 'Den kan sendes i høring, men de afsnit, der kun er berørt, bør uddybes først.',
    en: 'It can go to consultation, but the sections that are only touched on should be developed first.',
  },
  verdictReady: { da: 'Den er klar til høring, hvad angår de ti elementer.', en: 'It is ready for consultation as far as the ten elements go.' },
  leader: { da: 'Leder', en: 'Leader' },
  role: { da: 'Rolle', en: 'Role' },
  unit: { da: 'Enhed', en: 'Unit' },
  date: { da: 'Dato', en: 'Date' },
  strategy: { da: 'Strategi', en: 'Strategy' },
  connects: { da: 'Henviser til strategiens afsnit', en: 'Refers to the strategy’s sections' },
  overview: { da: 'Ledernes digitale ambitioner', en: 'The leaders’ digital ambitions' },
  overviewLead: {
    da: '{count} ambitioner. Hver række er én leder; ✓ til stede, ◐ kun berørt, ✗ mangler.',
    en: '{count} ambitions. Each row is one leader; ✓ present, ◐ touched on, ✗ missing.',
  },
  answered: { da: 'Besvaret', en: 'Answered' },
} satisfies Record<string, Localized>;

/**
 * The report's words that depend on the document type: a strategy is judged
 * for consultation, an ambition for being shared with the staff. One table,
 * keyed by the type, read through the document's catalogue.
 */
const BY_TYPE: Record<DocumentType, Record<'title' | 'elements' | 'verdictPresent' | 'verdictThinOne' | 'verdictThinMany' | 'verdictMissingOne' | 'verdictMissingMany' | 'verdictNotReady' | 'verdictReadyButThin' | 'verdictReady', Localized>> = {
  digitaliseringsstrategi: {
    title: T.title,
    elements: T.elements,
    verdictPresent: T.verdictPresent,
    verdictThinOne: T.verdictThinOne,
    verdictThinMany: T.verdictThinMany,
    verdictMissingOne: T.verdictMissingOne,
    verdictMissingMany: T.verdictMissingMany,
    verdictNotReady: T.verdictNotReady,
    verdictReadyButThin: T.verdictReadyButThin,
    verdictReady: T.verdictReady,
  },
  'min-digitale-ambition': {
    title: { da: 'Ambitionstjek', en: 'Ambition check' },
    elements: { da: 'De seks spørgsmål', en: 'The six questions' },
    verdictPresent: { da: 'Ambitionen besvarer {present} af de seks spørgsmål fyldestgørende.', en: 'The ambition answers {present} of the six questions in full.' },
    verdictThinOne: { da: 'Ét spørgsmål er kun berørt: {list}.', en: 'One question is only touched on: {list}.' },
    verdictThinMany: { da: '{count} spørgsmål er kun berørt: {list}.', en: '{count} questions are only touched on: {list}.' },
    verdictMissingOne: { da: 'Ét spørgsmål er ikke besvaret: {list}.', en: 'One question is not answered: {list}.' },
    verdictMissingMany: { da: '{count} spørgsmål er ikke besvaret: {list}.', en: '{count} questions are not answered: {list}.' },
    verdictNotReady: { da: 'Skriv de manglende svar, før ambitionen deles med medarbejderne.', en: 'Write the missing answers before the ambition is shared with the staff.' },
    verdictReadyButThin: { da: 'Den kan deles med medarbejderne, men de svar, der kun er berørt, bør uddybes.', en: 'It can be shared with the staff, but the answers that are only touched on should be developed.' },
    verdictReady: { da: 'Den svarer på alle seks spørgsmål og kan deles med medarbejderne.', en: 'It answers all six questions and can be shared with the staff.' },
  },
};

function tt(report: FileReport, key: keyof (typeof BY_TYPE)[DocumentType], language: Language, values: Record<string, string | number> = {}): string {
  return localize(BY_TYPE[report.documentType ?? 'digitaliseringsstrategi'][key], language, values);
}

function elementsOf(report: FileReport) {
  return catalogueFor(report.documentType ?? 'digitaliseringsstrategi').elements;
}

function t(key: keyof typeof T, language: Language): string {
  return localize(T[key], language);
}

/**
 * Keeps document text from becoming Markdown structure in the report. Every
 * line break (`\r\n`, a lone `\r`, `\n`, and the Unicode line and paragraph
 * separators) becomes a space, because a new line could start a heading or
 * a list; other control characters are dropped.
 */
function escapeMarkdown(text: string): string {
  return text
    .replace(/\r\n|[\r\n\u2028\u2029]/g, ' ')
    // eslint-disable-next-line no-control-regex -- control characters are what it removes
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '')
    .replace(/([\\`*_{}[\]<>#|!~&])/g, '\\$1');
}

/**
 * A file name as an inline code span that nothing in the name can end:
 * control characters are shown as escapes (`\n`), and the span's fence is one
 * backquote longer than the longest run inside, padded with spaces, as
 * CommonMark allows.
 */
export function codeSpan(text: string): string {
  // eslint-disable-next-line no-control-regex -- control characters are what it names
  const visible = text.replace(/[\u0000-\u001f\u007f\u2028\u2029]/g, (c) => CONTROL_NAMES[c] ?? `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  const longest = Math.max(0, ...(visible.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longest + 1);
  const pad = /^[` ]|[` ]$/.test(visible) ? ' ' : '';
  return `${fence}${pad}${visible}${pad}${fence}`;
}

const CONTROL_NAMES: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

function verdictSentence(report: FileReport, language: Language): string {
  const elements = elementsOf(report);
  const missing = elements.filter((e) => report.elements[e.id].status === 'missing').map((e) => localize(e.name, language));
  const thin = elements.filter((e) => report.elements[e.id].status === 'thin').map((e) => localize(e.name, language));
  const present = elements.length - missing.length - thin.length;
  const list = (names: string[]) => names.map((n) => `*${n}*`).join(', ');
  const parts = [tt(report, 'verdictPresent', language, { present })];
  if (thin.length > 0) parts.push(tt(report, thin.length === 1 ? 'verdictThinOne' : 'verdictThinMany', language, { count: thin.length, list: list(thin) }));
  if (missing.length > 0) parts.push(tt(report, missing.length === 1 ? 'verdictMissingOne' : 'verdictMissingMany', language, { count: missing.length, list: list(missing) }));
  parts.push(tt(report, missing.length > 0 ? 'verdictNotReady' : thin.length > 0 ? 'verdictReadyButThin' : 'verdictReady', language));
  return parts.join(' ');
}

function fileSection(file: CheckedFile, options: FormatOptions): string {
  const { config } = options;
  const language = config.language;
  const { report, meta } = file;
  const out: string[] = [];
  out.push(`# ${tt(report, 'title', language)}: ${escapeMarkdown(meta.titel ?? report.path)}`, '');
  const facts: Array<[keyof typeof T, string | undefined]> = [
    ['file', codeSpan(report.path)],
    ['leader', meta.leder && escapeMarkdown(meta.leder)],
    ['role', meta.rolle && escapeMarkdown(meta.rolle)],
    ['unit', meta.enhed && escapeMarkdown(meta.enhed)],
    ['organisation', meta.kommune && escapeMarkdown(meta.kommune)],
    ['status', meta.status && escapeMarkdown(meta.status)],
    ['period', meta.periode && escapeMarkdown(meta.periode)],
    ['date', meta.dato && escapeMarkdown(meta.dato)],
    ['owner', meta.ejer && escapeMarkdown(meta.ejer)],
    ['strategy', report.strategy && codeSpan(report.strategy.path)],
  ];
  for (const [key, value] of facts) if (value) out.push(`- **${t(key, language)}:** ${value}`);
  if (report.strategy && report.strategy.sections.length > 0) {
    out.push(`- **${t('connects', language)}:** ${report.strategy.sections.map((s) => `»${escapeMarkdown(s.heading)}«`).join(', ')}`);
  }
  out.push('', `## ${t('verdict', language)}`, '', verdictSentence(report, language), '');
  out.push(`## ${tt(report, 'elements', language)}`, '');
  out.push(
    `| ${t('element', language)} | ${t('status', language)} | ${t('where', language)} | ${t('evidence', language)} | ${t('columns', language)} |`,
    '| --- | --- | --- | --- | --- |',
  );
  for (const element of elementsOf(report)) {
    const entry = report.elements[element.id];
    const where = entry.line === null ? t('notFound', language) : `${entry.heading ? `»${escapeMarkdown(entry.heading)}«, ` : ''}${t('line', language)} ${entry.line}`;
    const columns = element.columns.map((n) => `[${n}](${columnUrl(n, config)})`).join(', ');
    // The first sentence the verdict rests on, quoted as escaped text, so a reviewer sees why.
    const quote = entry.evidence?.quotes[0];
    const evidence = entry.evidence
      ? `${quote ? `${t('line', language)} ${quote.line}: »${escapeMarkdown(quote.text)}« ` : ''}${entry.evidence.words > 0 ? `(${entry.evidence.words} ${t('words', language)})` : ''}`.trim() || '–'
      : '–';
    const calibrated = entry.calibratedFrom ? ` (${t('calibrated', language)} »${t(entry.calibratedFrom, language).toLowerCase()}«)` : '';
    out.push(`| [${localize(element.name, language)}](${ruleUrl(element.id, config)}) | ${STATUS_SYMBOL[entry.status]} ${t(entry.status, language)}${calibrated} | ${where} | ${evidence} | ${columns} |`);
  }
  out.push('', `## ${t('findings', language)}`, '');
  if (report.findings.length === 0) out.push(t('none', language), '');
  for (const severity of ['error', 'warning', 'info'] as const) {
    const findings = report.findings.filter((f) => f.severity === severity);
    if (findings.length === 0) continue;
    out.push(`### ${t(severity, language)} (${findings.length})`, '');
    for (const finding of findings) {
      // The primary column in full, the others as short links, so a finding stays one readable line.
      const [primary, ...others] = finding.columns;
      const more = others.map((n) => `[${n}](${columnUrl(n, config)})`).join(', ');
      const cites =
        primary === undefined
          ? ''
          : `[${citeColumn(primary, language)}](${columnUrl(primary, config)})${more ? ` (${coreMessage('seeAlsoColumn', language)} ${more})` : ''}`;
      const rule = ruleById(finding.ruleId) ? `[\`${finding.ruleId}\`](${ruleUrl(finding.ruleId, config)})` : `\`${finding.ruleId}\``;
      out.push(`- **${t('line', language)} ${finding.line}:** ${escapeMarkdown(finding.message)} (${rule})${cites ? ` — ${cites}` : ''}`);
    }
    out.push('');
  }
  return out.join('\n');
}

export const formatMarkdown: Formatter = (files, options) => {
  const language = options.config.language;
  const source = `${COLLECTION.author}: *${COLLECTION.title}*, ${COLLECTION.publisher} ${COLLECTION.year}, ISBN ${COLLECTION.isbn}.`;
  const sections = files.map((file) => fileSection(file, options));
  const overview = ambitionOverview(files, language);
  return `${overview}${sections.join('\n---\n\n')}\n## ${t('sources', language)}\n\n${source}\n`;
};

/**
 * For a folder of ambitions (two or more): one table of all leaders, their
 * unit and their six answers, so the digitalisation unit sees where the
 * leadership chain stands (column 11 seen from the ambitions).
 */
function ambitionOverview(files: CheckedFile[], language: Language): string {
  const ambitions = files.filter((file) => file.report.documentType === 'min-digitale-ambition');
  if (ambitions.length < 2) return '';
  const elements = catalogueFor('min-digitale-ambition').elements;
  const out = [`# ${t('overview', language)}`, '', localize(T.overviewLead, language, { count: ambitions.length }), ''];
  out.push(
    `| ${t('leader', language)} | ${t('role', language)} | ${t('unit', language)} | ${elements.map((e) => localize(e.name, language)).join(' | ')} | ${t('answered', language)} |`,
    `| --- | --- | --- | ${elements.map(() => ':---:').join(' | ')} | --- |`,
  );
  for (const { report, meta } of ambitions) {
    const statuses = elements.map((e) => report.elements[e.id].status);
    const leader = meta.leder ? escapeMarkdown(meta.leder) : codeSpan(report.path);
    out.push(
      `| ${leader} | ${meta.rolle ? escapeMarkdown(meta.rolle) : '–'} | ${meta.enhed ? escapeMarkdown(meta.enhed) : '–'} | ${statuses.map((s) => STATUS_SYMBOL[s]).join(' | ')} | ${statuses.filter((s) => s === 'present').length}/${elements.length} |`,
    );
  }
  out.push('', '---', '', '');
  return out.join('\n');
}
