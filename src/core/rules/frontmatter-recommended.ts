import { FRONTMATTER_FIELDS } from '../schemas/frontmatterFields';
import type { Rule } from './types';
import { hasFrontmatterField } from '../frontmatterKeys';
import { coreMessage } from '../i18n/messages';

const RECOMMENDED = FRONTMATTER_FIELDS.filter((field) => field.recommended).map((field) => field.key);

/**
 * Asks for the fields a consultation case needs: who owns the strategy, who
 * approves it, which period and status. A strategy without frontmatter gets
 * a fix that inserts a filled-in skeleton at the top.
 */
const rule: Rule = {
  meta: {
    id: 'frontmatter-recommended',
    description: {
      da: 'Strategien bør have frontmatter med titel, kommune, dokumenttype, status, periode, ejer og godkendes-af.',
      en: 'The strategy should have frontmatter with titel, kommune, dokumenttype, status, periode, ejer and godkendes-af.',
    },
    details: {
      da: 'Felterne gør det tydeligt, hvem der ejer og godkender strategien, og hvor langt den er. Når status er høringsudkast, bør høringsfrist også stå der.',
      en: 'The fields make clear who owns and approves the strategy and how far along it is. When the status is høringsudkast, høringsfrist should be there too.',
    },
    columns: [1, 2],
    fixable: true,
    messages: {
      'no-frontmatter': {
        severity: 'warning',
        text: {
          da: 'Dokumentet har ingen frontmatter. Tilføj titel, kommune, status, periode, ejer og hvem der godkender.',
          en: 'The document has no frontmatter. Add title, municipality, status, period, owner and who approves.',
        },
      },
      'missing-fields': {
        severity: 'warning',
        text: { da: 'Frontmatter mangler anbefalede felter: {fields}.', en: 'The frontmatter lacks recommended fields: {fields}.' },
      },
      'missing-deadline': {
        severity: 'warning',
        text: {
          da: 'Status er høringsudkast, men der er ingen høringsfrist. Tilføj høringsfrist: ÅÅÅÅ-MM-DD.',
          en: 'The status is høringsudkast but there is no høringsfrist. Add høringsfrist: YYYY-MM-DD.',
        },
      },
    },
  },
  check(context) {
    const { document } = context;
    const frontmatter = document.frontmatter;
    if (!frontmatter.present) {
      if (frontmatter.problems.length > 0) return;
      const eol = document.lines.eol;
      // Valid placeholder values, so the inserted block passes the schema and
      // the author only has to overwrite them.
      const title = document.sections.find((section) => section.depth === 1)?.text ?? 'Digitaliseringsstrategi';
      const year = new Date().getFullYear();
      const skeleton = [
        '---',
        `titel: ${JSON.stringify(title)}`,
        'kommune: "Kommunens navn"',
        'dokumenttype: digitaliseringsstrategi',
        'status: udkast',
        `periode: "${year}-${year + 3}"`,
        'ejer: Direktionen',
        'godkendes-af: Kommunalbestyrelsen',
        '---',
        '',
        '',
      ].join(eol);
      context.report({
        messageId: 'no-frontmatter',
        range: { start: 0, end: document.lines.lineEnd(1) },
        fix: { title: coreMessage('insertFrontmatter', context.config.language), edits: [{ start: 0, end: 0, text: skeleton }] },
      });
      return;
    }
    if (frontmatter.problems.some((p) => p.kind !== 'yaml-warning')) return;
    const opening = { start: frontmatter.range.start, end: frontmatter.range.start + 3 };
    // An English alias (`title`, `owner`, `period` …) counts: nobody is asked for `titel` when `title` is there.
    const missing = RECOMMENDED.filter((key) => !hasFrontmatterField(frontmatter.data, key));
    if (missing.length > 0) context.report({ messageId: 'missing-fields', range: opening, values: { fields: missing.join(', ') } });
    if (frontmatter.data.status === 'høringsudkast' && !('høringsfrist' in frontmatter.data)) {
      context.report({ messageId: 'missing-deadline', range: opening });
    }
  },
};

export default rule;
