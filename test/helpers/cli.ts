import { spawn } from 'node:child_process';
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
  /** Close the reading end of stdout at once, as `| head` does when it has read enough (process runs only). */
  readerLeavesEarly?: boolean;
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

/**
 * Starts the built CLI the way a user or pipeline runs it: a separate process, no TTY. For the few
 * process-level smoke tests. It runs beside the in-process tests (the promise is awaited where it is
 * asserted), so the half second a process costs overlaps with other work on the second core.
 */
export function startCliProcess(args: string[], options: CliOptions = {}): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI, ...args], {
      cwd: options.cwd ?? ROOT,
      env: { ...withoutColour(process.env), NO_COLOR: '1', ...options.env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    if (options.readerLeavesEarly) child.stdout.destroy();
    else child.stdout.setEncoding('utf8').on('data', (chunk: string) => void (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => void (stderr += chunk));
    child.once('error', reject);
    child.once('close', (code) => resolve({ code, stdout, stderr }));
  });
}

function withoutColour(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const copy = { ...env };
  delete copy.FORCE_COLOR;
  return copy;
}
