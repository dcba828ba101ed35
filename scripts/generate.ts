// Writes every generated file (schemas, docs, snippets) from the catalogues
// and rule metadata. The test suite fails when the committed files drift.
//   npm run generate
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { generateArtifacts } from '../src/generate/artifacts';
import { withContributions } from '../src/generate/packageJson';

const root = join(import.meta.dirname, '..');
for (const [path, content] of generateArtifacts()) {
  mkdirSync(dirname(join(root, path)), { recursive: true });
  writeFileSync(join(root, path), content);
}
const packageJson = join(root, 'package.json');
writeFileSync(packageJson, withContributions(readFileSync(packageJson, 'utf8')));
console.log(`wrote ${generateArtifacts().size} files and package.json contributions`);
