import pkg from '../../package.json';
import { HELP, parseCommandLine } from './args';
import { runCheck } from './run';
import { UsageError } from './usageError';

/** The terminal entry point: parse, run, print, exit. Only here are exit codes set. */
async function main(): Promise<number> {
  const args = parseCommandLine(process.argv.slice(2));
  if (args.command === 'help') {
    process.stdout.write(HELP);
    return 0;
  }
  if (args.command === 'version') {
    process.stdout.write(`${pkg.version}\n`);
    return 0;
  }
  // NO_COLOR (any non-empty value) wins; FORCE_COLOR turns colour on without a TTY.
  const { NO_COLOR, FORCE_COLOR } = process.env;
  const color = NO_COLOR ? false : FORCE_COLOR ? FORCE_COLOR !== '0' : process.stdout.isTTY === true;
  return runCheck(args, { stdout: (text) => process.stdout.write(text), stderr: (text) => process.stderr.write(text), color, version: pkg.version });
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    const message = error instanceof UsageError ? error.message : `internal error: ${(error as Error)?.message ?? String(error)}`;
    process.stderr.write(`strategitjek: ${message}\n`);
    process.exitCode = 2;
  },
);
