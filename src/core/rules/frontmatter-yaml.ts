import type { Rule } from './types';

/** Reports YAML that cannot be read, so the author knows why settings are ignored. */
const rule: Rule = {
  meta: {
    id: 'frontmatter-yaml',
    description: {
      da: 'Frontmatter skal være gyldig YAML, åbnet og lukket med ---.',
      en: 'Frontmatter must be valid YAML, opened and closed with ---.',
    },
    details: {
      da: 'Når YAML ikke kan læses, ser Strategitjek bort fra frontmatter (titel, status, elementer og indstillinger), men tjekker stadig resten af dokumentet.',
      en: 'When the YAML cannot be read, Strategitjek ignores the frontmatter (title, status, elements and settings) but still checks the rest of the document.',
    },
    columns: [],
    fixable: false,
    messages: {
      'yaml-error': {
        severity: 'error',
        text: { da: 'Frontmatter kan ikke læses som YAML: {detail}', en: 'The frontmatter is not valid YAML: {detail}' },
      },
      'yaml-warning': {
        severity: 'warning',
        text: { da: 'Tvivlsom YAML i frontmatter: {detail}', en: 'Questionable YAML in the frontmatter: {detail}' },
      },
      unclosed: {
        severity: 'error',
        text: {
          da: 'Frontmatter åbnes med --- men lukkes aldrig. Tilføj en linje med --- efter de sidste felter.',
          en: 'The frontmatter opens with --- but is never closed. Add a line with --- after the last field.',
        },
      },
      'not-mapping': {
        severity: 'error',
        text: {
          da: 'Frontmatter skal være en samling af felter (nøgle: værdi), ikke en liste eller en enkelt værdi.',
          en: 'The frontmatter must be a set of fields (key: value), not a list or a single value.',
        },
      },
    },
  },
  check(context) {
    for (const problem of context.document.frontmatter.problems) {
      context.report({ messageId: problem.kind, range: { start: problem.start, end: problem.end }, values: { detail: problem.detail } });
    }
  },
};

export default rule;
