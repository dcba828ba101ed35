import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import fc from 'fast-check';
import { lint } from '../../src/core/lint';
import { getConfigSchema, getFrontmatterSchema } from '../../src/core/rules';
import * as generated from '../../src/core/schemas/validators.generated';
import { runsFor } from '../properties/settings';

/*
 * The validators are compiled when the files are generated (the drift test
 * in generated.test.ts keeps them current). Here: nothing in src/core loads
 * Ajv's compiler at run time, and the generated code judges data exactly as
 * Ajv compiling the full schemas (documentation included) does.
 */

const ROOT = join(import.meta.dirname, '..', '..');

function compiled(schema: object) {
  const ajv = new Ajv({ allErrors: true, strict: false });
  addFormats(ajv, ['date']);
  return ajv.compile(schema);
}

type Validate = ((data: unknown) => boolean) & { errors?: Array<{ instancePath: string; keyword: string; params: unknown }> | null };

function verdict(validate: Validate, data: unknown) {
  const valid = validate(data);
  return { valid, errors: (validate.errors ?? []).map((e) => [e.instancePath, e.keyword, JSON.stringify(e.params)]) };
}

const fixtureData = readdirSync(join(ROOT, 'test', 'fixtures', 'rules'), { recursive: true, encoding: 'utf8' })
  .filter((name) => name.endsWith('.md'))
  .map((name) => lint(readFileSync(join(ROOT, 'test', 'fixtures', 'rules', name), 'utf8')).document.frontmatter.data);

const value = fc.letrec((tie) => ({
  any: fc.oneof(
    { depthSize: 'small' },
    fc.constantFrom('da', 'en', 'off', 'warning', 'error', 'info', 'vedtaget', '2026-2029', '2026-02-30', '', 'https://x.dk/{column}', 'stem*', 25, 0, -1, 2.5, true, null),
    fc.array(tie('any'), { maxLength: 3 }),
    fc.dictionary(fc.constantFrom('rules', 'thresholds', 'words', 'language', 'ethics', 'missing', 'presentMinWords', 'fra', 'til', 'strategitjek', 'periode', 'status', 'x'), tie('any'), { maxKeys: 4 }),
  ),
})).any;

describe('build-time validators', () => {
  it('src/core loads no Ajv compiler at run time', () => {
    const offenders = readdirSync(join(ROOT, 'src', 'core'), { recursive: true, encoding: 'utf8' })
      .filter((name) => name.endsWith('.ts'))
      .filter((name) => /^import (?!type)[^;]*from 'ajv(?:-formats)?'/m.test(readFileSync(join(ROOT, 'src', 'core', name), 'utf8')));
    assert.deepEqual(offenders, []);
  });

  it('judge every rule fixture’s frontmatter, and random data, as Ajv compiling the schemas does', () => {
    const pairs: Array<[Validate, Validate]> = [
      [generated.frontmatter as Validate, compiled(getFrontmatterSchema()) as Validate],
      [generated.config as Validate, compiled(getConfigSchema()) as Validate],
    ];
    for (const data of fixtureData) for (const [ours, ajv] of pairs) assert.deepEqual(verdict(ours, data), verdict(ajv, data));
    fc.assert(
      fc.property(value, fc.dictionary(fc.constantFrom('strategitjek', 'periode', 'status', 'sprog', 'høringsfrist', 'elementer', 'rules', 'thresholds', 'language', 'columnsUrl', 'words'), value), (any, mapping) => {
        for (const data of [any, mapping, { strategitjek: mapping }]) for (const [ours, ajv] of pairs) assert.deepEqual(verdict(ours, data), verdict(ajv, data));
      }),
      runsFor(300),
    );
  });
});
