import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { cli } from '../../src/cli/main';

export const ROOT = join(import.meta.dirname, '..', '..');
const CLI = join(ROOT, 'dist', 'cli.cjs');

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

interface CliOptions {
  cwd?: string;
  env?: Record<string, string>;
}

/**
 * Runs the command in this process, through the entry the binary uses
 * (`cli()` in src/cli/main.ts, which `runProcess` calls with the real
 * process): no TTY, no colour, in `cwd`. Runs one at a time (it changes the
 * working directory while it runs).
 */
export async function runCli(args: string[], options: CliOptions = {}): Promise<CliResult> {
  let stdout = '';
  let stderr = '';
  const previous = process.cwd();
  process.chdir(options.cwd ?? ROOT);
  try {
    const code = await cli(args, {
      stdout: (text) => void (stdout += text),
      stderr: (text) => void (stderr += text),
      env: { ...withoutColour(process.env), NO_COLOR: '1', ...options.env },
      isTTY: false,
    });
    return { code, stdout, stderr };
  } finally {
    process.chdir(previous);
  }
}

/** Runs the built CLI the way a user or pipeline does: a separate process, no TTY. For the few process-level smoke tests. */
export function runCliProcess(args: string[], options: CliOptions = {}): CliResult {
  const result = spawnSync(process.execPath, [CLI, ...args], {
    cwd: options.cwd ?? ROOT,
    encoding: 'utf8',
    env: { ...withoutColour(process.env), NO_COLOR: '1', ...options.env },
    maxBuffer: 64 * 1024 * 1024,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

function withoutColour(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const copy = { ...env };
  delete copy.FORCE_COLOR;
  return copy;
}
