import { catalogueOf } from '../catalogue/catalogues';
import type { Rule } from './types';
import { hasFrontmatterField } from '../frontmatterKeys';
import { coreMessage } from '../i18n/messages';

/**
 * Asks for the fields the document's type recommends (its catalogue's list):
 * for a strategy, what a consultation case needs (who owns and approves it,
 * which period and status); for a leader's ambition, who wrote it, in which
 * role and unit, and when. A document without frontmatter gets a fix that
 * inserts a filled-in skeleton of its type at the top.
 */
const rule: Rule = {
  meta: {
    id: 'frontmatter-recommended',
    description: {
      da: 'Strategien bør have frontmatter med titel, kommune, dokumenttype, status, periode, ejer og godkendes-af; en digital ambition med titel, dokumenttype, leder, rolle, enhed og dato.',
      en: 'The strategy should have frontmatter with titel, kommune, dokumenttype, status, periode, ejer and godkendes-af; a digital ambition with titel, dokumenttype, leder, rolle, enhed and dato.',
    },
    details: {
      da: 'Felterne gør det tydeligt, hvem der ejer og godkender strategien, og hvor langt den er. Når status er høringsudkast, bør høringsfrist også stå der. For en leders digitale ambition spørges der i stedet efter, hvem der har skrevet den, i hvilken rolle og enhed, og hvornår.',
      en: 'The fields make clear who owns and approves the strategy and how far along it is. When the status is høringsudkast, høringsfrist should be there too. For a leader’s digital ambition it asks instead who wrote it, in which role and unit, and when.',
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
      'no-frontmatter-ambition': {
        severity: 'warning',
        text: {
          da: 'Ambitionen har ingen frontmatter. Tilføj titel, dit navn, din rolle, din enhed og datoen.',
          en: 'The ambition has no frontmatter. Add the title, your name, your role, your unit and the date.',
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
    const catalogue = catalogueOf(document);
    if (!frontmatter.present) {
      if (frontmatter.problems.length > 0) return;
      const eol = document.lines.eol;
      // Valid placeholder values, so the inserted block passes the schema and
      // the author only has to overwrite them.
      const title = document.sections.find((section) => section.depth === 1 && section.kind !== 'pseudo')?.text;
      const year = new Date().getFullYear();
      const skeleton = [...SKELETONS[catalogue.type](title, year), '---', '', ''].join(eol);
      context.report({
        messageId: NO_FRONTMATTER[catalogue.type],
        range: { start: 0, end: document.lines.lineEnd(1) },
        fix: { title: coreMessage('insertFrontmatter', context.config.language), edits: [{ start: 0, end: 0, text: skeleton }] },
      });
      return;
    }
    if (frontmatter.problems.some((p) => p.kind !== 'yaml-warning')) return;
    const opening = { start: frontmatter.range.start, end: frontmatter.range.start + 3 };
    // An English alias (`title`, `owner`, `period` …) counts: nobody is asked for `titel` when `title` is there.
    const missing = catalogue.recommendedFields.filter((key) => !hasFrontmatterField(frontmatter.data, key));
    if (missing.length > 0) context.report({ messageId: 'missing-fields', range: opening, values: { fields: missing.join(', ') } });
    if (frontmatter.data.status === 'høringsudkast' && !('høringsfrist' in frontmatter.data)) {
      context.report({ messageId: 'missing-deadline', range: opening });
    }
  },
};

/** Each type's message for a document without frontmatter. */
const NO_FRONTMATTER: Record<ReturnType<typeof catalogueOf>['type'], string> = {
  digitaliseringsstrategi: 'no-frontmatter',
  'min-digitale-ambition': 'no-frontmatter-ambition',
};

/** Each type's frontmatter, with valid placeholder values, so the inserted block passes the schema. */
const SKELETONS: Record<ReturnType<typeof catalogueOf>['type'], (title: string | undefined, year: number) => string[]> = {
  digitaliseringsstrategi: (title, year) => [
    '---',
    `titel: ${JSON.stringify(title ?? 'Digitaliseringsstrategi')}`,
    'kommune: "Kommunens navn"',
    'dokumenttype: digitaliseringsstrategi',
    'status: udkast',
    `periode: "${year}-${year + 3}"`,
    'ejer: Direktionen',
    'godkendes-af: Kommunalbestyrelsen',
  ],
  'min-digitale-ambition': (title, year) => [
    '---',
    `titel: ${JSON.stringify(title ?? 'Min digitale ambition')}`,
    'dokumenttype: min-digitale-ambition',
    'leder: "Dit navn"',
    'rolle: "Din rolle"',
    'enhed: "Din enhed"',
    `dato: "${year}-01-01"`,
  ],
};

export default rule;
