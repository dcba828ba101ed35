import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateArtifacts } from '../../src/generate/artifacts';

const ROOT = join(import.meta.dirname, '..', '..');

describe('generated files', () => {
  const artifacts = generateArtifacts();

  for (const [path, content] of artifacts) {
    it(`${path} is committed and up to date (run npm run generate)`, () => {
      assert.ok(existsSync(join(ROOT, path)), `${path} is missing`);
      assert.equal(readFileSync(join(ROOT, path), 'utf8'), content);
    });
  }

  it('no stale generated pages are left behind', () => {
    for (const folder of ['docs/rules', 'docs/columns', 'snippets', 'schemas']) {
      for (const name of readdirSync(join(ROOT, folder))) {
        assert.ok(artifacts.has(`${folder}/${name}`), `${folder}/${name} is not generated any more`);
      }
    }
  });
});
