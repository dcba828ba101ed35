import type { ErrorObject, ValidateFunction } from 'ajv';
import * as generated from './validators.generated';
import { localize, type Language, type Localized } from '../i18n/localized';
import { coreMessage, type CoreMessage } from '../i18n/messages';

/** A schema violation, with the path to the YAML node it concerns. */
export interface SchemaProblem {
  path: Array<string | number>;
  /** True when the key itself is at fault (unknown key), not its value. */
  atKey: boolean;
  message: string;
}

/**
 * The validators, compiled from the schemas by Ajv when the files are
 * generated (`npm run generate`): nothing is compiled at run time.
 */
const VALIDATORS: Record<SchemaName, ValidateFunction> = generated;

export type SchemaName = 'frontmatter' | 'config';

const TYPE_NAMES: Record<string, Localized> = {
  string: { da: 'tekst', en: 'text' },
  integer: { da: 'et helt tal', en: 'a whole number' },
  number: { da: 'et tal', en: 'a number' },
  object: { da: 'en samling af nøgle: værdi', en: 'a mapping of key: value' },
  array: { da: 'en liste', en: 'a list' },
  boolean: { da: 'ja eller nej (true/false)', en: 'true or false' },
};

function pointerToPath(pointer: string): Array<string | number> {
  if (!pointer) return [];
  return pointer
    .split('/')
    .slice(1)
    .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((part) => (/^\d+$/.test(part) ? Number(part) : part));
}

function describe(error: ErrorObject, path: Array<string | number>, language: Language): string {
  const name = path.length > 0 ? path.join('.') : 'frontmatter';
  const params = error.params as Record<string, unknown>;
  const say = (id: CoreMessage, values: Record<string, string | number> = {}) => coreMessage(id, language, { name, ...values });
  if (path[0] === 'periode' && path.length === 1 && error.keyword !== 'additionalProperties') return say('schemaPeriod');
  switch (error.keyword) {
    case 'type': {
      const type = TYPE_NAMES[String(params.type)];
      return say('schemaType', { type: type ? localize(type, language) : String(params.type) });
    }
    case 'enum':
      return say('schemaEnum', { values: (params.allowedValues as unknown[]).map((v) => String(v)).join(', ') });
    case 'format':
      return say('schemaDate');
    case 'minLength':
      return say('schemaEmpty');
    case 'additionalProperties':
      return say('schemaUnknownKey', { key: String(params.additionalProperty) });
    case 'required':
      return say('schemaRequired', { key: String(params.missingProperty) });
    case 'minimum':
    case 'maximum':
      return say('schemaRange');
    case 'pattern':
      return say(path[0] === 'columnsUrl' || path[0] === 'docsUrl' ? 'schemaUrl' : 'schemaPattern');
    default:
      return say('schemaInvalid', { reason: error.message ?? error.keyword });
  }
}

/**
 * Validates data against a schema and returns one problem per place: where
 * `oneOf` branches each complain about the same value, only the first
 * branch's complaint is kept, because it is the one a reader can act on.
 */
export function validateAgainst(schema: SchemaName, data: unknown, language: Language): SchemaProblem[] {
  const validate = VALIDATORS[schema];
  if (validate(data)) return [];
  const seen = new Set<string>();
  const problems: SchemaProblem[] = [];
  for (const error of validate.errors ?? []) {
    if (error.keyword === 'oneOf' || error.keyword === 'if') continue;
    const path = pointerToPath(error.instancePath);
    const atKey = error.keyword === 'additionalProperties';
    const fullPath = atKey ? [...path, String((error.params as { additionalProperty: string }).additionalProperty)] : path;
    const key = JSON.stringify(fullPath);
    if (seen.has(key)) continue;
    seen.add(key);
    problems.push({ path: fullPath, atKey, message: describe(error, path, language) });
  }
  return problems;
}
