// Module loader hooks (they run on Node's loader thread). On start, one esbuild build compiles every
// .ts file under src/ and test/ in memory, in parallel; `load` then answers for those files from memory
// and passes everything else (JSON, packages, files added later) on to tsx and Node. A test sees the
// same module URLs, so import.meta.dirname and stack traces (inline source maps) still point at the
// TypeScript sources.
import { build } from 'esbuild';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
// The in-editor suite runs inside VS Code from its own bundle; fixtures hold no code.
const SKIP = new Set([join(ROOT, 'test', 'vscode'), join(ROOT, 'test', 'fixtures')]);

function typeScriptFiles(dir, out = []) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (!SKIP.has(path)) typeScriptFiles(path, out);
    } else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts')) out.push(path);
  }
  return out;
}

const OUT = '.precompiled.js';
const compiled = build({
  entryPoints: [...typeScriptFiles(join(ROOT, 'src')), ...typeScriptFiles(join(ROOT, 'test'))],
  outdir: ROOT,
  outbase: ROOT,
  outExtension: { '.js': OUT },
  write: false,
  bundle: false,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  sourcemap: 'inline',
  sourcesContent: false,
  logLevel: 'silent',
}).then(
  (result) => new Map(result.outputFiles.map((file) => [pathToFileURL(file.path.slice(0, -OUT.length) + '.ts').href, file.text])),
  // A file that does not compile is left to tsx, which reports it at the import that needs it.
  () => new Map(),
);

export async function load(url, context, nextLoad) {
  if (url.startsWith('file:') && url.endsWith('.ts')) {
    const source = (await compiled).get(url);
    if (source !== undefined) return { format: 'module', source, shortCircuit: true };
  }
  return nextLoad(url, context);
}
