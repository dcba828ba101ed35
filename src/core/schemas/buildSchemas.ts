import { ELEMENT_IDS } from '../catalogue/elementTypes';
import { DEFAULT_THRESHOLDS } from '../config/types';
import type { RuleMeta } from '../config/ruleMeta';
import { FRONTMATTER_FIELDS } from './frontmatterFields';

/*
 * The JSON Schemas for frontmatter and `.strategitjek.yaml`, built from the
 * field list, the rule metadata and the element ids, so that a new rule or
 * element is valid configuration the moment it exists. The files in
 * `schemas/` are generated from these and checked for drift by a test.
 */

const SEVERITY = { enum: ['off', 'info', 'warning', 'error'] };

/**
 * An `https://` address or a relative path (no scheme, no leading slash).
 * The sanitiser checks the rest (`..`, credentials, control characters);
 * the schema gives editors an early, located hint.
 */
const URL_TEMPLATE_PATTERN = '^(https://|(?![A-Za-z][A-Za-z0-9+.-]*:)(?![/\\\\]))';

const THRESHOLD_TEXT: Record<keyof typeof DEFAULT_THRESHOLDS, string> = {
  presentMinWords: 'Ord, et element skal have for at tælle som til stede. / Words an element needs to count as present.',
  presentMinStatements: 'Sætninger, punkter og tabelrækker, et element skal have. / Sentences, list items and table rows it needs.',
  evidenceMinScore: 'Ordforrådsscore, et afsnit skal nå, før det tæller som belæg. / Vocabulary score a section needs to count as evidence.',
  summarySpread: 'Et afsnit, der berører så mange elementer, behandles som resumé. / A paragraph touching this many elements is treated as a summary.',
};

function settingsProperties(rules: readonly RuleMeta[]): Record<string, unknown> {
  const ruleProperties: Record<string, unknown> = {};
  for (const rule of rules) {
    const messageIds = Object.keys(rule.messages);
    ruleProperties[rule.id] = {
      description: `${rule.description.da} / ${rule.description.en}`,
      oneOf: [
        SEVERITY,
        { type: 'object', additionalProperties: false, properties: Object.fromEntries(messageIds.map((id) => [id, SEVERITY])) },
      ],
    };
  }
  const thresholdProperties: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(DEFAULT_THRESHOLDS)) {
    thresholdProperties[key] = { type: 'integer', minimum: 1, maximum: 10000, default: value, description: THRESHOLD_TEXT[key as keyof typeof DEFAULT_THRESHOLDS] };
  }
  const words: Record<string, unknown> = {};
  for (const id of ELEMENT_IDS) {
    words[id] = {
      type: 'array',
      items: { type: 'string', minLength: 2, maxLength: 80, pattern: '^[^*]+\\*?$' },
      description: `Ekstra ord eller stammer (slut med *) for ${id}. / Extra words or stems (end with *) for ${id}.`,
    };
  }
  return {
    rules: {
      type: 'object',
      additionalProperties: false,
      description: 'Alvorlighed pr. regel. / Severity per rule.',
      properties: ruleProperties,
    },
    thresholds: { type: 'object', additionalProperties: false, properties: thresholdProperties },
    words: { type: 'object', additionalProperties: false, properties: words },
  };
}

export function buildConfigSchema(rules: readonly RuleMeta[]): Record<string, unknown> {
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: 'https://raw.githubusercontent.com/strategitjek/strategitjek/main/schemas/config.schema.json',
    title: 'Strategitjek: .strategitjek.yaml',
    description: 'Indstillinger for Strategitjek i dette projekt. / Strategitjek settings for this project.',
    type: 'object',
    additionalProperties: false,
    properties: {
      language: { enum: ['da', 'en'], description: 'Sprog for meddelelser. / Language of messages.' },
      files: {
        type: 'array',
        items: { type: 'string', minLength: 1, maxLength: 500 },
        description:
          'Glob-mønstre (i forhold til denne fils mappe) for Markdown-filer, der er strategier, også uden dokumenttype. / Globs (relative to this file’s folder) of Markdown files that are strategies, even without dokumenttype.',
      },
      columnsUrl: {
        type: 'string',
        pattern: URL_TEMPLATE_PATTERN,
        description: 'Skabelon for links til klummerne med {column} og {page}. / Template for column links with {column} and {page}.',
      },
      docsUrl: { type: 'string', pattern: URL_TEMPLATE_PATTERN, description: 'Grundadresse for regeldokumentation. / Base address of rule docs.' },
      ...settingsProperties(rules),
    },
  };
}

export function buildFrontmatterSchema(rules: readonly RuleMeta[]): Record<string, unknown> {
  const properties: Record<string, unknown> = {};
  for (const field of FRONTMATTER_FIELDS) {
    properties[field.key] = { ...field.schema, description: field.description.da, 'x-description-en': field.description.en };
  }
  properties.elementer = {
    ...(properties.elementer as object),
    additionalProperties: false,
    properties: Object.fromEntries(ELEMENT_IDS.map((id) => [id, { type: 'string', minLength: 1 }])),
  };
  properties.strategitjek = {
    ...(properties.strategitjek as object),
    additionalProperties: false,
    properties: settingsProperties(rules),
  };
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: 'https://raw.githubusercontent.com/strategitjek/strategitjek/main/schemas/frontmatter.schema.json',
    title: 'Strategitjek: frontmatter',
    description: 'Frontmatter i en digitaliseringsstrategi. Ukendte felter er tilladt. / Frontmatter of a digitalisation strategy. Unknown keys are allowed.',
    type: 'object',
    additionalProperties: true,
    properties,
  };
}
