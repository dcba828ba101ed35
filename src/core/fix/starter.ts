import { ELEMENTS } from '../catalogue/elements';
import { localize, type Language, type Localized } from '../i18n/localized';
import { sectionMarkdown } from './sectionTemplate';

const WORDS = {
  title: { da: 'Digitaliseringsstrategi', en: 'Digitalisation strategy' },
  municipality: { da: 'Eksempel Kommune', en: 'Example Municipality' },
  owner: { da: 'Direktionen', en: 'The executive board' },
  approver: { da: 'Kommunalbestyrelsen', en: 'The municipal council' },
  intro: {
    da: '[Skriv: Hvad vil kommunen opnå med digitalisering i perioden, og hvorfor nu?]',
    en: '[Write: What does the municipality want to achieve with digitalisation in the period, and why now?]',
  },
} satisfies Record<string, Localized>;

/**
 * A new strategy to fill in, for `strategitjek init`: frontmatter with valid
 * placeholder values (status `udkast`), a title, and one section per element
 * in the catalogue's order with its guiding questions as placeholders. Every
 * section is "thin" until written, so the first check lists what to do.
 */
export function starterStrategy(language: Language, year: number, eol = '\n'): string {
  const title = `${localize(WORDS.title, language)} ${year}-${year + 3}`;
  const lines = [
    '---',
    `titel: ${JSON.stringify(title)}`,
    `kommune: ${JSON.stringify(localize(WORDS.municipality, language))}`,
    'dokumenttype: digitaliseringsstrategi',
    'status: udkast',
    `periode: "${year}-${year + 3}"`,
    `ejer: ${JSON.stringify(localize(WORDS.owner, language))}`,
    `godkendes-af: ${JSON.stringify(localize(WORDS.approver, language))}`,
    `sprog: ${language}`,
    '---',
    '',
    `# ${title}`,
    '',
    localize(WORDS.intro, language),
    '',
  ];
  return lines.join(eol) + ELEMENTS.map((element) => sectionMarkdown(element.id, 2, language, eol)).join(eol);
}
