import { DOCUMENT_TYPES } from '../catalogue/catalogues';
import type { Localized } from '../i18n/localized';

/**
 * The frontmatter keys Strategitjek understands. Danish keys, because the
 * documents are Danish; each field's text feeds the schema, hovers and docs.
 */
export interface FrontmatterField {
  key: string;
  description: Localized;
  /** JSON Schema for the value. */
  schema: Record<string, unknown>;
  /** Recommended for some document type (each catalogue lists its own; `frontmatter-recommended` asks for those). */
  recommended: boolean;
}

export { DOCUMENT_TYPES };
const STATUSES = ['udkast', 'høringsudkast', 'til-godkendelse', 'vedtaget', 'revideret', 'udgået'] as const;

export const FRONTMATTER_FIELDS: readonly FrontmatterField[] = [
  {
    key: 'titel',
    description: { da: 'Dokumentets titel, som den står på forsiden.', en: 'The document’s title, as on its cover.' },
    schema: { type: 'string', minLength: 1 },
    recommended: true,
  },
  {
    key: 'kommune',
    description: { da: 'Kommunen eller organisationen, der står bag strategien.', en: 'The municipality or organisation behind the strategy.' },
    schema: { type: 'string', minLength: 1 },
    recommended: true,
  },
  {
    key: 'dokumenttype',
    description: {
      da: 'Hvilken slags dokument det er: en digitaliseringsstrategi eller en leders "min digitale ambition".',
      en: 'What kind of document it is: a digitalisation strategy or a leader’s personal “my digital ambition”.',
    },
    schema: { enum: [...DOCUMENT_TYPES] },
    recommended: true,
  },
  {
    key: 'status',
    description: { da: 'Hvor langt dokumentet er i sin proces.', en: 'How far the document is in its process.' },
    schema: { enum: [...STATUSES] },
    recommended: true,
  },
  {
    key: 'periode',
    description: { da: 'Årene strategien gælder for, fx "2025-2028".', en: 'The years the strategy covers, e.g. "2025-2028".' },
    schema: {
      oneOf: [
        { type: 'string', pattern: '^\\d{4}\\s*[-–]\\s*\\d{4}$' },
        {
          type: 'object',
          properties: { fra: { type: 'integer' }, til: { type: 'integer' } },
          required: ['fra', 'til'],
          additionalProperties: false,
        },
      ],
    },
    recommended: true,
  },
  {
    key: 'ejer',
    description: { da: 'Hvem der ejer strategien og svarer for den (en funktion eller et udvalg).', en: 'Who owns the strategy and answers for it (a function or committee).' },
    schema: { type: 'string', minLength: 1 },
    recommended: true,
  },
  {
    key: 'godkendes-af',
    description: { da: 'Hvem der godkender strategien, fx kommunalbestyrelsen.', en: 'Who approves the strategy, e.g. the municipal council.' },
    schema: { type: 'string', minLength: 1 },
    recommended: true,
  },
  {
    key: 'leder',
    description: { da: 'Min digitale ambition: lederens navn.', en: 'My digital ambition: the leader’s name.' },
    schema: { type: 'string', minLength: 1 },
    recommended: true,
  },
  {
    key: 'rolle',
    description: { da: 'Min digitale ambition: lederens rolle, fx skolechef, teamleder.', en: 'My digital ambition: the leader’s role, e.g. head of schools, team leader.' },
    schema: { type: 'string', minLength: 1 },
    recommended: true,
  },
  {
    key: 'enhed',
    description: { da: 'Min digitale ambition: den enhed eller det område, lederen står for.', en: 'My digital ambition: the unit or area the leader is responsible for.' },
    schema: { type: 'string', minLength: 1 },
    recommended: true,
  },
  {
    key: 'dato',
    description: { da: 'Min digitale ambition: hvornår den er skrevet eller senest revideret, som ÅÅÅÅ-MM-DD.', en: 'My digital ambition: when it was written or last revised, as YYYY-MM-DD.' },
    schema: { type: 'string', format: 'date' },
    recommended: true,
  },
  {
    key: 'strategi',
    description: {
      da: 'Min digitale ambition: den relative sti til strategien, ambitionen svarer på, fx ../digitaliseringsstrategi.md. Læses kun inden for arbejdsområdet.',
      en: 'My digital ambition: the relative path of the strategy it answers to, e.g. ../digitaliseringsstrategi.md. Read only inside the workspace.',
    },
    schema: { type: 'string', minLength: 1, pattern: '^(?![A-Za-z][A-Za-z0-9+.-]*:)(?![/\\\\]).+\\.(md|markdown)$' },
    recommended: false,
  },
  {
    key: 'høringsfrist',
    description: { da: 'Sidste dag for høringssvar, som ÅÅÅÅ-MM-DD. Anbefales, når status er høringsudkast.', en: 'Last day for consultation responses, as YYYY-MM-DD. Recommended when the status is høringsudkast.' },
    schema: { type: 'string', format: 'date' },
    recommended: false,
  },
  {
    key: 'sprog',
    description: { da: 'Dokumentets sprog (da, en, nb, nn, sv).', en: 'The document’s language (da, en, nb, nn, sv).' },
    schema: { enum: ['da', 'en', 'nb', 'nn', 'sv'] },
    recommended: false,
  },
  {
    key: 'elementer',
    description: {
      da: 'Valgfrit: for hvert element (fx ethics) overskriften i dokumentet, der besvarer det.',
      en: 'Optional: for each element (e.g. ethics) the heading in the document that answers it.',
    },
    schema: { type: 'object' },
    recommended: false,
  },
  {
    key: 'strategitjek',
    description: {
      da: 'Indstillinger for Strategitjek, der kun gælder dette dokument (regler, tærskler, ord).',
      en: 'Strategitjek settings that apply to this document only (rules, thresholds, words).',
    },
    schema: { type: 'object' },
    recommended: false,
  },
];
