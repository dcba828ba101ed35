import Ajv, { type ErrorObject, type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import type { Language } from '../i18n/localized';

/** A schema violation, with the path to the YAML node it concerns. */
export interface SchemaProblem {
  path: Array<string | number>;
  /** True when the key itself is at fault (unknown key), not its value. */
  atKey: boolean;
  message: string;
}

const compiled = new WeakMap<object, ValidateFunction>();

function validatorFor(schema: Record<string, unknown>): ValidateFunction {
  let validate = compiled.get(schema);
  if (!validate) {
    const ajv = new Ajv({ allErrors: true, strict: false });
    addFormats(ajv, ['date']);
    validate = ajv.compile(schema);
    compiled.set(schema, validate);
  }
  return validate;
}

const TYPE_NAMES: Record<string, { da: string; en: string }> = {
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
  const da = language === 'da';
  const name = path.length > 0 ? path.join('.') : da ? 'frontmatter' : 'frontmatter';
  const params = error.params as Record<string, unknown>;
  if (path[0] === 'periode' && path.length === 1 && error.keyword !== 'additionalProperties') {
    return da ? `»periode« skal være et årsinterval som "2025-2028" eller {fra, til}.` : `“periode” must be a range of years such as "2025-2028" or {fra, til}.`;
  }
  switch (error.keyword) {
    case 'type': {
      const type = TYPE_NAMES[String(params.type)] ?? { da: String(params.type), en: String(params.type) };
      return da ? `»${name}« skal være ${type.da}.` : `“${name}” must be ${type.en}.`;
    }
    case 'enum': {
      const values = (params.allowedValues as unknown[]).map((v) => String(v)).join(', ');
      return da ? `»${name}« skal være en af: ${values}.` : `“${name}” must be one of: ${values}.`;
    }
    case 'format':
      return da ? `»${name}« skal være en dato på formen ÅÅÅÅ-MM-DD.` : `“${name}” must be a date written YYYY-MM-DD.`;
    case 'minLength':
      return da ? `»${name}« må ikke være tom.` : `“${name}” must not be empty.`;
    case 'additionalProperties': {
      const key = String(params.additionalProperty);
      return da ? `Ukendt nøgle »${key}« under »${name}«.` : `Unknown key “${key}” under “${name}”.`;
    }
    case 'required':
      return da ? `»${name}« mangler »${String(params.missingProperty)}«.` : `“${name}” lacks “${String(params.missingProperty)}”.`;
    case 'minimum':
    case 'maximum':
      return da ? `»${name}« skal være mellem 1 og 10000.` : `“${name}” must be between 1 and 10000.`;
    case 'pattern':
      if (path[0] === 'columnsUrl' || path[0] === 'docsUrl') {
        return da
          ? `»${name}« skal være en adresse, der begynder med https://, eller en sti i forhold til arbejdsområdet.`
          : `“${name}” must be an address starting with https://, or a path relative to the workspace.`;
      }
      return da ? `»${name}« har ikke den forventede form.` : `“${name}” does not have the expected form.`;
    default:
      return da ? `»${name}« er ugyldig (${error.message ?? error.keyword}).` : `“${name}” is invalid (${error.message ?? error.keyword}).`;
  }
}

/**
 * Validates data against a schema and returns one problem per place: where
 * `oneOf` branches each complain about the same value, only the first
 * branch's complaint is kept, because it is the one a reader can act on.
 */
export function validateAgainst(schema: Record<string, unknown>, data: unknown, language: Language): SchemaProblem[] {
  const validate = validatorFor(schema);
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
