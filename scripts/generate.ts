// Writes every generated file (schemas, docs, snippets) from the catalogues
// and rule metadata. The test suite fails when the committed files drift.
//   npm run generate
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { generateArtifacts } from '../src/generate/artifacts';

const root = join(import.meta.dirname, '..');
for (const [path, content] of generateArtifacts()) {
  mkdirSync(dirname(join(root, path)), { recursive: true });
  writeFileSync(join(root, path), content);
}
console.log(`wrote ${generateArtifacts().size} files`);
