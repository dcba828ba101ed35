import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateArtifacts } from '../../src/generate/artifacts';
import { withContributions } from '../../src/generate/packageJson';

const ROOT = join(import.meta.dirname, '..', '..');

describe('generated files', () => {
  const artifacts = generateArtifacts();

  for (const [path, content] of artifacts) {
    it(`${path} is committed and up to date (run npm run generate)`, () => {
      assert.ok(existsSync(join(ROOT, path)), `${path} is missing`);
      assert.equal(readFileSync(join(ROOT, path), 'utf8'), content);
    });
  }

  it('package.json contributions are up to date (run npm run generate)', () => {
    const text = readFileSync(join(ROOT, 'package.json'), 'utf8');
    assert.equal(text, withContributions(text));
  });

  it('every %key% in package.json has an English and a Danish text', () => {
    const text = readFileSync(join(ROOT, 'package.json'), 'utf8');
    const keys = [...new Set([...text.matchAll(/"%([\w.]+)%"/g)].map((m) => m[1]))];
    const en = JSON.parse(readFileSync(join(ROOT, 'package.nls.json'), 'utf8'));
    const da = JSON.parse(readFileSync(join(ROOT, 'package.nls.da.json'), 'utf8'));
    assert.deepEqual(keys.filter((k) => !(k in en)), []);
    assert.deepEqual(keys.filter((k) => !(k in da)), []);
    assert.deepEqual(Object.keys(en).sort(), Object.keys(da).sort());
  });

  it('no stale generated pages are left behind', () => {
    for (const folder of ['docs/rules', 'docs/columns', 'snippets', 'schemas']) {
      for (const name of readdirSync(join(ROOT, folder))) {
        assert.ok(artifacts.has(`${folder}/${name}`), `${folder}/${name} is not generated any more`);
      }
    }
  });
});
