import { coreMessage } from '../i18n/messages';
import { localize, type Language, type Localized } from '../i18n/localized';
import { EXTRA_BLOCKS } from './blocks';
import { CATALOGUES, type Catalogue, type DocumentType } from './catalogues';
import type { ElementDefinition } from './elementTypes';

/*
 * Snippet bodies built from the element catalogue and the extra blocks
 * (written to `snippets/` by `npm run generate`, and inserted by the
 * editor's commands): one per element, the whole strategy skeleton, the frontmatter
 * block, and the extra blocks. Danish prefixes start with `strategi`,
 * English ones with `strategy`.
 */

export interface Snippet {
  prefix: string;
  description: string;
  body: string[];
}

function escape(text: string): string {
  return text.replace(/[$}\\]/g, (c) => `\\${c}`);
}

const WORDS = {
  blockDescription: { da: '{name} (klumme {columns})', en: '{name} (column {columns})' },
  municipality: { da: 'Kommune', en: 'Municipality' },
  owner: { da: 'Direktionen', en: 'The executive board' },
  approver: { da: 'Kommunalbestyrelsen', en: 'The municipal council' },
  leader: { da: 'Dit navn', en: 'Your name' },
  role: { da: 'Din rolle', en: 'Your role' },
  unit: { da: 'Din enhed', en: 'Your unit' },
} satisfies Record<string, Localized>;

/** Each document type's words for its whole-document and frontmatter snippets. */
const TYPE_WORDS: Record<DocumentType, Record<'title' | 'whole' | 'wholeDescription' | 'frontmatter' | 'frontmatterDescription', Localized>> = {
  digitaliseringsstrategi: {
    title: { da: 'Digitaliseringsstrategi', en: 'Digitalisation strategy' },
    whole: { da: 'Hele strategien', en: 'Whole strategy' },
    wholeDescription: { da: 'Frontmatter og et afsnit for hvert af de ti elementer.', en: 'Frontmatter and a section for each of the ten elements.' },
    frontmatter: { da: 'Frontmatter til strategi', en: 'Strategy frontmatter' },
    frontmatterDescription: { da: 'De anbefalede frontmatter-felter.', en: 'The recommended frontmatter fields.' },
  },
  'min-digitale-ambition': {
    title: { da: 'Min digitale ambition', en: 'My digital ambition' },
    whole: { da: 'Hele min digitale ambition', en: 'Whole digital ambition' },
    wholeDescription: {
      da: 'En halv side: frontmatter og et kort svar på hvert af de seks spørgsmål (klumme 18).',
      en: 'Half a page: frontmatter and a short answer to each of the six questions (column 18).',
    },
    frontmatter: { da: 'Frontmatter til digital ambition', en: 'Digital ambition frontmatter' },
    frontmatterDescription: { da: 'Leder, rolle, enhed, dato og den strategi, ambitionen svarer på.', en: 'Leader, role, unit, date and the strategy the ambition answers to.' },
  },
};

/** The prefix of a document type's whole-document snippet: `strategi`/`strategy`, `ambition`. */
export function wholePrefix(catalogue: Catalogue, language: Language): string {
  return localize(catalogue.snippetStem, language);
}

/** Snippet prefixes start with the type's word (`strategi-etik`, `strategy-etik`, `ambition-etik`). */
function prefixOf(catalogue: Catalogue, danish: string, language: Language): string {
  return danish.replace(new RegExp(`^${catalogue.snippetStem.da}`), localize(catalogue.snippetStem, language));
}

/**
 * Turns `{{field}}` markers into numbered tab stops, continuing from `next`.
 * The text around the fields and the fields' own text are escaped separately,
 * so the markers survive escaping and become real tab stops.
 */
function withTabStops(lines: string[], next: { n: number }): string[] {
  return lines.map((line) =>
    line
      .split(/(\{\{[^{}\n]*\}\})/)
      .map((part) => (/^\{\{[^{}\n]*\}\}$/.test(part) ? `\${${next.n++}:${escape(part.slice(2, -2))}}` : escape(part)))
      .join(''),
  );
}

function elementBody(element: ElementDefinition, language: Language, next: { n: number }, level = 2): string[] {
  const lead = coreMessage('templateLead', language);
  const lines = [`${'#'.repeat(level)} ${escape(localize(element.snippet.heading, language))}`, '', `<!-- strategitjek: ${element.id} -->`];
  for (const prompt of element.snippet.prompts) lines.push('', `\${${next.n++}:[${lead}: ${escape(localize(prompt, language))}]}`);
  return lines;
}

/** Each document type's frontmatter block, with tab stops. */
const FRONTMATTER_BODIES: Record<DocumentType, (language: Language, next: { n: number }) => string[]> = {
  digitaliseringsstrategi: strategyFrontmatter,
  'min-digitale-ambition': (language, next) => [
    '---',
    `titel: \${${next.n++}:${localize(TYPE_WORDS['min-digitale-ambition'].title, language)}}`,
    'dokumenttype: min-digitale-ambition',
    `leder: \${${next.n++}:${localize(WORDS.leader, language)}}`,
    `rolle: \${${next.n++}:${localize(WORDS.role, language)}}`,
    `enhed: \${${next.n++}:${localize(WORDS.unit, language)}}`,
    `dato: \${${next.n++}:2026-01-01}`,
    `strategi: \${${next.n++}:../digitaliseringsstrategi.md}`,
    `sprog: ${language}`,
    '---',
  ],
};

function strategyFrontmatter(language: Language, next: { n: number }): string[] {
  const title = localize(TYPE_WORDS.digitaliseringsstrategi.title, language);
  return [
    '---',
    `titel: \${${next.n++}:${title}}`,
    `kommune: \${${next.n++}:${localize(WORDS.municipality, language)}}`,
    'dokumenttype: digitaliseringsstrategi',
    `status: \${${next.n++}|udkast,høringsudkast,til-godkendelse,vedtaget|}`,
    `periode: "\${${next.n++}:2026}-\${${next.n++}:2029}"`,
    `ejer: \${${next.n++}:${localize(WORDS.owner, language)}}`,
    `godkendes-af: \${${next.n++}:${localize(WORDS.approver, language)}}`,
    `sprog: ${language}`,
    '---',
  ];
}

/** One catalogue's snippets: one per element, the whole document, and its frontmatter. */
function catalogueSnippets(catalogue: Catalogue, language: Language, snippets: Record<string, Snippet>): void {
  const words = TYPE_WORDS[catalogue.type];
  const frontmatterBody = FRONTMATTER_BODIES[catalogue.type];
  for (const element of catalogue.elements) {
    snippets[`${localize(element.name, language)}`] = {
      prefix: prefixOf(catalogue, element.snippet.prefix, language),
      description: localize(element.question, language),
      body: elementBody(element, language, { n: 1 }),
    };
  }
  const next = { n: 1 };
  const skeleton = [...frontmatterBody(language, next), '', `# \${${next.n++}:${localize(words.title, language)}}`, ''];
  for (const element of catalogue.elements) skeleton.push(...elementBody(element, language, next), '');
  skeleton.push('$0');
  snippets[localize(words.whole, language)] = {
    prefix: wholePrefix(catalogue, language),
    description: localize(words.wholeDescription, language),
    body: skeleton,
  };
  snippets[localize(words.frontmatter, language)] = {
    prefix: prefixOf(catalogue, `${catalogue.snippetStem.da}-frontmatter`, language),
    description: localize(words.frontmatterDescription, language),
    body: [...frontmatterBody(language, { n: 1 }), '$0'],
  };
}

export function snippetsFor(language: Language): Record<string, Snippet> {
  const snippets: Record<string, Snippet> = {};
  for (const catalogue of CATALOGUES) catalogueSnippets(catalogue, language, snippets);
  for (const block of EXTRA_BLOCKS) {
    snippets[localize(block.name, language)] = {
      prefix: block.prefix[language],
      description: localize(WORDS.blockDescription, language, { name: localize(block.name, language), columns: block.columns.join(', ') }),
      body: withTabStops(block.lines[language], { n: 1 }),
    };
  }
  return snippets;
}
