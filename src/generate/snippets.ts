import { EXTRA_BLOCKS } from '../core/catalogue/blocks';
import { ELEMENTS } from '../core/catalogue/elements';
import { localize, type Language } from '../core/i18n/localized';

/*
 * VS Code snippets generated from the element catalogue and the extra
 * blocks: one per element, the whole strategy skeleton, the frontmatter
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

/** Turns `{{field}}` markers into numbered tab stops, continuing from `next`. */
function withTabStops(lines: string[], next: { n: number }): string[] {
  return lines.map((line) => escape(line).replace(/\{\{([^}]*)\\?\}\}/g, (_, field: string) => `\${${next.n++}:${field.replace(/\\\}/g, '')}}`));
}

function elementBody(index: number, language: Language, next: { n: number }, level = 2): string[] {
  const element = ELEMENTS[index];
  const lead = language === 'da' ? 'Skriv' : 'Write';
  const lines = [`${'#'.repeat(level)} ${escape(localize(element.snippet.heading, language))}`, '', `<!-- strategitjek: ${element.id} -->`];
  for (const prompt of element.snippet.prompts) lines.push('', `\${${next.n++}:[${lead}: ${escape(localize(prompt, language))}]}`);
  return lines;
}

function frontmatterBody(language: Language, next: { n: number }): string[] {
  const title = language === 'da' ? 'Digitaliseringsstrategi' : 'Digitalisation strategy';
  return [
    '---',
    `titel: \${${next.n++}:${title}}`,
    `kommune: \${${next.n++}:Kommune}`,
    'dokumenttype: digitaliseringsstrategi',
    `status: \${${next.n++}|udkast,høringsudkast,til-godkendelse,vedtaget|}`,
    `periode: "\${${next.n++}:2026}-\${${next.n++}:2029}"`,
    `ejer: \${${next.n++}:Direktionen}`,
    `godkendes-af: \${${next.n++}:Kommunalbestyrelsen}`,
    `sprog: ${language}`,
    '---',
  ];
}

export function snippetsFor(language: Language): Record<string, Snippet> {
  const da = language === 'da';
  const snippets: Record<string, Snippet> = {};
  const prefixOf = (danish: string) => (da ? danish : danish.replace(/^strategi/, 'strategy'));
  ELEMENTS.forEach((element, index) => {
    snippets[`${localize(element.name, language)}`] = {
      prefix: prefixOf(element.snippet.prefix),
      description: localize(element.question, language),
      body: elementBody(index, language, { n: 1 }),
    };
  });
  const next = { n: 1 };
  const skeleton = [...frontmatterBody(language, next), '', `# \${${next.n++}:${da ? 'Digitaliseringsstrategi' : 'Digitalisation strategy'}}`, ''];
  ELEMENTS.forEach((_, index) => skeleton.push(...elementBody(index, language, next), ''));
  skeleton.push('$0');
  snippets[da ? 'Hele strategien' : 'Whole strategy'] = {
    prefix: da ? 'strategi' : 'strategy',
    description: da ? 'Frontmatter og et afsnit for hvert af de ti elementer.' : 'Frontmatter and a section for each of the ten elements.',
    body: skeleton,
  };
  snippets[da ? 'Frontmatter til strategi' : 'Strategy frontmatter'] = {
    prefix: prefixOf('strategi-frontmatter'),
    description: da ? 'De anbefalede frontmatter-felter.' : 'The recommended frontmatter fields.',
    body: [...frontmatterBody(language, { n: 1 }), '$0'],
  };
  for (const block of EXTRA_BLOCKS) {
    snippets[localize(block.name, language)] = {
      prefix: block.prefix[language],
      description: `${localize(block.name, language)} (${da ? 'klumme' : 'column'} ${block.columns.join(', ')})`,
      body: withTabStops(block.lines[language], { n: 1 }),
    };
  }
  return snippets;
}

export function generateSnippets(): Map<string, string> {
  return new Map([
    ['snippets/strategitjek.da.code-snippets', JSON.stringify(snippetsFor('da'), null, 2) + '\n'],
    ['snippets/strategitjek.en.code-snippets', JSON.stringify(snippetsFor('en'), null, 2) + '\n'],
  ]);
}
