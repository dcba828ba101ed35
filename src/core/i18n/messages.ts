import { localize, type Language, type Localized } from './localized';

/**
 * The core's own words outside the rule messages and the catalogue: fix
 * titles, schema complaints, column citations. Every text the core shows is
 * in a table like this one (rules keep theirs in their metadata); code never
 * switches on the language inline. `docs/ordliste.md` fixes the terms.
 */
export const CORE_MESSAGES = {
  internalError: { da: 'Reglen {rule} fejlede internt: {reason}', en: 'The rule {rule} failed internally: {reason}' },
  insertSection: { da: 'Indsæt afsnittet »{name}«', en: 'Insert the section “{name}”' },
  markSection: { da: 'Markér »{heading}« som svar på {name}', en: 'Mark “{heading}” as answering {name}' },
  underHeading: { da: 'under »{heading}«', en: 'under “{heading}”' },
  beforeFirstHeading: { da: 'før første overskrift', en: 'before the first heading' },
  quotedHeading: { da: '»{heading}«', en: '“{heading}”' },
  insertFrontmatter: { da: 'Indsæt frontmatter', en: 'Insert frontmatter' },
  wordCount: { da: ', {words} ord', en: ', {words} words' },
  templateLead: { da: 'Skriv', en: 'Write' },
  invalidYaml: { da: 'Ugyldig YAML: {reason}', en: 'Invalid YAML: {reason}' },
  schemaPeriod: { da: '»periode« skal være et årsinterval som "2025-2028" eller {fra, til}.', en: '“periode” must be a range of years such as "2025-2028" or {fra, til}.' },
  schemaType: { da: '»{name}« skal være {type}.', en: '“{name}” must be {type}.' },
  schemaEnum: { da: '»{name}« skal være en af: {values}.', en: '“{name}” must be one of: {values}.' },
  schemaDate: { da: '»{name}« skal være en dato på formen ÅÅÅÅ-MM-DD.', en: '“{name}” must be a date written YYYY-MM-DD.' },
  schemaEmpty: { da: '»{name}« må ikke være tom.', en: '“{name}” must not be empty.' },
  schemaUnknownKey: { da: 'Ukendt nøgle »{key}« under »{name}«.', en: 'Unknown key “{key}” under “{name}”.' },
  schemaRequired: { da: '»{name}« mangler »{key}«.', en: '“{name}” lacks “{key}”.' },
  schemaRange: { da: '»{name}« skal være mellem 1 og 10000.', en: '“{name}” must be between 1 and 10000.' },
  schemaUrl: {
    da: '»{name}« skal være en adresse, der begynder med https://, eller en sti i forhold til arbejdsområdet.',
    en: '“{name}” must be an address starting with https://, or a path relative to the workspace.',
  },
  schemaPattern: { da: '»{name}« har ikke den forventede form.', en: '“{name}” does not have the expected form.' },
  schemaInvalid: { da: '»{name}« er ugyldig ({reason}).', en: '“{name}” is invalid ({reason}).' },
  citeColumn: { da: 'Klumme {number}, {title}, s. {page}', en: 'Column {number}, {title}, p. {page}' },
  seeAlsoColumn: { da: 'se også klumme', en: 'see also column' },
  page: { da: 's.', en: 'p.' },
} satisfies Record<string, Localized>;

export type CoreMessage = keyof typeof CORE_MESSAGES;

export function coreMessage(id: CoreMessage, language: Language, values: Record<string, string | number> = {}): string {
  return localize(CORE_MESSAGES[id], language, values);
}
