import { statSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { glob, isDynamicPattern } from 'tinyglobby';
import { UsageError } from './usageError';

const MARKDOWN = '**/*.{md,markdown}';
const IGNORE = ['**/node_modules/**', '**/.git/**', '**/.vscode-test/**'];

/**
 * Expands the command line's files, folders and globs into a sorted list of
 * paths relative to the working directory. A named file that does not exist
 * is a usage error; so is an input list that matches nothing.
 */
export async function expandInputs(inputs: string[], cwd = process.cwd()): Promise<string[]> {
  const found = new Set<string>();
  for (const input of inputs) {
    const absolute = resolve(cwd, input);
    let stats;
    try {
      stats = statSync(absolute);
    } catch {
      stats = undefined;
    }
    if (stats?.isFile()) {
      found.add(absolute);
    } else if (stats?.isDirectory()) {
      for (const file of await glob(MARKDOWN, { cwd: absolute, ignore: IGNORE, absolute: true, dot: false })) found.add(file);
    } else if (isDynamicPattern(input)) {
      for (const file of await glob(input, { cwd, ignore: IGNORE, absolute: true })) found.add(file);
    } else {
      throw new UsageError(`cannot read "${input}": no such file or folder`);
    }
  }
  if (found.size === 0) throw new UsageError(`no Markdown files match ${inputs.map((i) => `"${i}"`).join(', ')}`);
  return [...found].map((file) => relative(cwd, file) || file).sort();
}
