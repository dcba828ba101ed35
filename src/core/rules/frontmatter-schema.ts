import { locateYamlPath } from '../parse/frontmatter';
import { validateAgainst } from '../schemas/validate';
import type { Rule } from './types';

/** Checks frontmatter values against the schema and points at the exact YAML node. */
const rule: Rule = {
  meta: {
    id: 'frontmatter-schema',
    description: {
      da: 'Kendte frontmatter-felter skal have gyldige værdier.',
      en: 'Known frontmatter fields must have valid values.',
    },
    details: {
      da: 'Felterne titel, kommune, dokumenttype, status, periode, ejer, godkendes-af, høringsfrist, sprog, elementer og strategitjek valideres mod schemas/frontmatter.schema.json. Ukendte felter er tilladt, fordi mange dokumenter bærer deres egne.',
      en: 'The fields titel, kommune, dokumenttype, status, periode, ejer, godkendes-af, høringsfrist, sprog, elementer and strategitjek are validated against schemas/frontmatter.schema.json. Unknown fields are allowed, since many documents carry their own.',
    },
    columns: [],
    fixable: false,
    messages: {
      invalid: { severity: 'error', text: { da: '{problem}', en: '{problem}' } },
    },
  },
  check(context) {
    const frontmatter = context.document.frontmatter;
    if (!frontmatter.present || frontmatter.problems.some((p) => p.kind !== 'yaml-warning')) return;
    for (const problem of validateAgainst('frontmatter', frontmatter.data, context.config.language)) {
      const range =
        locateYamlPath(frontmatter, problem.path, { key: problem.atKey }) ??
        locateYamlPath(frontmatter, problem.path.slice(0, -1), { key: true }) ??
        frontmatter.range;
      context.report({ messageId: 'invalid', range, values: { problem: problem.message } });
    }
  },
};

export default rule;
