import { realpathSync, statSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { glob, isDynamicPattern } from 'tinyglobby';
import { FileProblem, notAFile } from './readText';
import { UsageError } from './usageError';

const MARKDOWN = '**/*.{md,markdown}';
const IGNORE = ['**/node_modules/**', '**/.git/**', '**/.vscode-test/**'];

export interface ExpandedInputs {
  /** Files to check, relative to the working directory, sorted, each real file once. */
  paths: string[];
  /** Those of `paths` named on the command line itself: always checked, strategy-like or not. */
  named: Set<string>;
  /** Inputs named on the command line that cannot be checked; the run goes on without them. */
  problems: FileProblem[];
}

/**
 * Expands the command line's files, folders and globs. Only regular files
 * are kept: devices, pipes and sockets found in folders are skipped, and
 * named directly they are reported for what they are. The same file reached
 * twice (through a symlink, or a symlink loop) is checked once, under the
 * first path in sorted order. An input list that matches nothing and names
 * nothing missing is a usage error.
 */
export async function expandInputs(inputs: string[], cwd = process.cwd()): Promise<ExpandedInputs> {
  const found = new Set<string>();
  const namedAbsolute = new Set<string>();
  const problems: FileProblem[] = [];
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
      namedAbsolute.add(absolute);
    } else if (stats?.isDirectory()) {
      for (const file of await glob(MARKDOWN, { cwd: absolute, ignore: IGNORE, absolute: true, dot: false })) found.add(file);
    } else if (stats) {
      problems.push(new FileProblem(notAFile(stats), { path: input }));
    } else if (isDynamicPattern(input)) {
      for (const file of await glob(input, { cwd, ignore: IGNORE, absolute: true })) found.add(file);
    } else {
      problems.push(new FileProblem('missing', { path: input }));
    }
  }
  const byRealPath = new Map<string, string>();
  for (const file of [...found].map((f) => relative(cwd, f) || f).sort()) {
    const real = regularFileRealPath(resolve(cwd, file));
    if (real !== undefined && !byRealPath.has(real)) byRealPath.set(real, file);
  }
  if (byRealPath.size === 0 && problems.length === 0) throw new UsageError('noMatch', { inputs: inputs.map((i) => `"${i}"`).join(', ') });
  const paths = [...byRealPath.values()];
  const named = new Set(paths.filter((path) => namedAbsolute.has(resolve(cwd, path))));
  return { paths, named, problems };
}

/** The real path of a regular file, or undefined for anything else (a device behind a symlink, a vanished file). */
function regularFileRealPath(path: string): string | undefined {
  try {
    return statSync(path).isFile() ? realpathSync(path) : undefined;
  } catch {
    return undefined;
  }
}
