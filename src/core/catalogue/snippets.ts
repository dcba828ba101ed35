import { coreMessage } from '../i18n/messages';
import { localize, type Language, type Localized } from '../i18n/localized';
import { EXTRA_BLOCKS } from './blocks';
import { ELEMENTS } from './elements';

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

/** Snippet prefixes start with the word for strategy: `strategi-etik`, `strategy-ethics`. */
const PREFIX_STEM: Localized = { da: 'strategi', en: 'strategy' };

const WORDS = {
  title: { da: 'Digitaliseringsstrategi', en: 'Digitalisation strategy' },
  whole: { da: 'Hele strategien', en: 'Whole strategy' },
  wholeDescription: { da: 'Frontmatter og et afsnit for hvert af de ti elementer.', en: 'Frontmatter and a section for each of the ten elements.' },
  frontmatter: { da: 'Frontmatter til strategi', en: 'Strategy frontmatter' },
  frontmatterDescription: { da: 'De anbefalede frontmatter-felter.', en: 'The recommended frontmatter fields.' },
  blockDescription: { da: '{name} (klumme {columns})', en: '{name} (column {columns})' },
  municipality: { da: 'Kommune', en: 'Municipality' },
  owner: { da: 'Direktionen', en: 'The executive board' },
  approver: { da: 'Kommunalbestyrelsen', en: 'The municipal council' },
} satisfies Record<string, Localized>;

/** The prefix of the whole-strategy snippet: `strategi` or `strategy`. */
export function wholeStrategyPrefix(language: Language): string {
  return prefixOf('strategi', language);
}

function prefixOf(danish: string, language: Language): string {
  return danish.replace(/^strategi/, localize(PREFIX_STEM, language));
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

function elementBody(index: number, language: Language, next: { n: number }, level = 2): string[] {
  const element = ELEMENTS[index];
  const lead = coreMessage('templateLead', language);
  const lines = [`${'#'.repeat(level)} ${escape(localize(element.snippet.heading, language))}`, '', `<!-- strategitjek: ${element.id} -->`];
  for (const prompt of element.snippet.prompts) lines.push('', `\${${next.n++}:[${lead}: ${escape(localize(prompt, language))}]}`);
  return lines;
}

function frontmatterBody(language: Language, next: { n: number }): string[] {
  const title = localize(WORDS.title, language);
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

export function snippetsFor(language: Language): Record<string, Snippet> {
  const snippets: Record<string, Snippet> = {};
  ELEMENTS.forEach((element, index) => {
    snippets[`${localize(element.name, language)}`] = {
      prefix: prefixOf(element.snippet.prefix, language),
      description: localize(element.question, language),
      body: elementBody(index, language, { n: 1 }),
    };
  });
  const next = { n: 1 };
  const skeleton = [...frontmatterBody(language, next), '', `# \${${next.n++}:${localize(WORDS.title, language)}}`, ''];
  ELEMENTS.forEach((_, index) => skeleton.push(...elementBody(index, language, next), ''));
  skeleton.push('$0');
  snippets[localize(WORDS.whole, language)] = {
    prefix: wholeStrategyPrefix(language),
    description: localize(WORDS.wholeDescription, language),
    body: skeleton,
  };
  snippets[localize(WORDS.frontmatter, language)] = {
    prefix: prefixOf('strategi-frontmatter', language),
    description: localize(WORDS.frontmatterDescription, language),
    body: [...frontmatterBody(language, { n: 1 }), '$0'],
  };
  for (const block of EXTRA_BLOCKS) {
    snippets[localize(block.name, language)] = {
      prefix: block.prefix[language],
      description: localize(WORDS.blockDescription, language, { name: localize(block.name, language), columns: block.columns.join(', ') }),
      body: withTabStops(block.lines[language], { n: 1 }),
    };
  }
  return snippets;
}
