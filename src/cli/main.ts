import pkg from '../../package.json';
import { localize } from '../core/i18n/localized';
import { languageOf, parseCommandLine } from './args';
import { runInit } from './init';
import { cliMessage, HELP } from './messages';
import { runCheck } from './run';
import { UsageError } from './usageError';

/** What a run of the command sees of its process: output, environment, whether stdout is a terminal. */
export interface CliProcess {
  stdout(text: string): void;
  stderr(text: string): void;
  env: Record<string, string | undefined>;
  isTTY: boolean;
}

/**
 * The command: parse, run, print; returns the exit code and never throws
 * (a usage error or an internal one is one line on stderr and exit code 2).
 * The binary calls it with the real process (`runProcess`); the tests call
 * it in process.
 */
export async function cli(argv: string[], io: CliProcess): Promise<number> {
  try {
    const args = parseCommandLine(argv);
    if (args.command === 'help') {
      io.stdout(localize(HELP, args.language ?? 'da'));
      return 0;
    }
    if (args.command === 'version') {
      io.stdout(`${pkg.version}\n`);
      return 0;
    }
    if (args.command === 'init') return runInit(args, { stderr: io.stderr });
    // NO_COLOR (any non-empty value) wins; FORCE_COLOR turns colour on without a TTY.
    const { NO_COLOR, FORCE_COLOR } = io.env;
    const color = NO_COLOR ? false : FORCE_COLOR ? FORCE_COLOR !== '0' : io.isTTY;
    return await runCheck(args, { stdout: io.stdout, stderr: io.stderr, color, version: pkg.version });
  } catch (error) {
    // Errors speak the language asked for on the command line, else Danish.
    const language = languageOf(argv) ?? 'da';
    const message = error instanceof UsageError ? error.render(language) : cliMessage('internal', language, { reason: (error as Error)?.message ?? String(error) });
    io.stderr(`strategitjek: ${message}\n`);
    return 2;
  }
}

/** The terminal entry point: the command with this process's arguments and streams. Only here is the exit code set. */
export async function runProcess(): Promise<void> {
  // A reader that stops early (`strategitjek check . | head`) closes the pipe: the rest of the report has
  // nowhere to go, which is not an error of the check. The exit code stays the check's own.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
  });
  process.exitCode = await cli(process.argv.slice(2), {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    env: process.env,
    isTTY: process.stdout.isTTY === true,
  });
}

/**
 * The check of one file, for the checking workers (checkWorker.ts): they load this bundle with its code cache, which
 * holds every function a check runs already compiled, instead of compiling a bundle of their own.
 */
export { checkJob } from './checkJob';
