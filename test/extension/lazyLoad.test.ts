import assert from 'node:assert/strict';
import { join } from 'node:path';
import { build, type Metafile } from 'esbuild';

/*
 * The extension loads the checker, the configuration parser and the report
 * formatter on first use, not at activation (issue 11; see
 * src/extension/lazy.ts). esbuild initialises a bundled module when it is
 * first reached through a static import chain from the entry, or when it is
 * first required; so none of the heavy modules may be reachable from the
 * extension's entry by static imports alone. This reads the import graph
 * esbuild itself builds for the extension bundle.
 */
const ROOT = join(import.meta.dirname, '..', '..');

/** Modules that make up most of the bundle's load time. */
const HEAVY = [
  'src/core/lint.ts',
  'src/core/parseConfig.ts',
  'src/core/parse/markdown.ts',
  'src/core/schemas/validators.generated.js',
  'src/formatters/markdown.ts',
  'node_modules/micromark/index.js',
  // Every element's word lists: thousands of term objects built when the module runs.
  'src/core/catalogue/vocabularies.ts',
  // The YAML parser, half of what is left: deciding which open documents are strategies reads their frontmatter,
  // which the extension does just after activation, through src/extension/headModules.ts.
  'src/core/parse/frontmatter.ts',
  'node_modules/yaml/dist/index.js',
];

async function importGraph(entry: string): Promise<Metafile['inputs']> {
  const result = await build({
    absWorkingDir: ROOT,
    entryPoints: [entry],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    external: ['vscode'],
    write: false,
    metafile: true,
    outfile: 'out.cjs',
    logLevel: 'silent',
  });
  return result.metafile.inputs;
}

/** Every module the entry reaches through static imports, without following `require` calls. */
function staticallyReached(inputs: Metafile['inputs'], entry: string): Set<string> {
  const reached = new Set<string>([entry]);
  const pending = [entry];
  while (pending.length > 0) {
    for (const imported of inputs[pending.pop()!]?.imports ?? []) {
      if (imported.kind !== 'import-statement' || imported.external || reached.has(imported.path)) continue;
      reached.add(imported.path);
      pending.push(imported.path);
    }
  }
  return reached;
}

describe('the extension loads the checker on first use, not at activation (issue 11)', function () {
  this.timeout(20_000);

  it('no heavy module is reached from the entry by static imports, and each is still in the bundle', async () => {
    const entry = 'src/extension/extension.ts';
    const inputs = await importGraph(entry);
    const reached = staticallyReached(inputs, entry);
    assert.deepEqual(
      HEAVY.filter((module) => reached.has(module)),
      [],
    );
    // They are loaded lazily, not left out: the web build checks on the extension host's thread.
    assert.deepEqual(
      HEAVY.filter((module) => !(module in inputs)),
      [],
    );
  });
});
