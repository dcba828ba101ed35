import pkg from '../../package.json';
import { localize } from '../core/i18n/localized';
import { languageOf, parseCommandLine } from './args';
import { runInit } from './init';
import { cliMessage, HELP } from './messages';
import { runCheck } from './run';
import { UsageError } from './usageError';

/** The terminal entry point: parse, run, print, exit. Only here are exit codes set. */
async function main(): Promise<number> {
  const args = parseCommandLine(process.argv.slice(2));
  const stderr = (text: string) => process.stderr.write(text);
  if (args.command === 'help') {
    process.stdout.write(localize(HELP, args.language ?? 'da'));
    return 0;
  }
  if (args.command === 'version') {
    process.stdout.write(`${pkg.version}\n`);
    return 0;
  }
  if (args.command === 'init') return runInit(args, { stderr });
  // NO_COLOR (any non-empty value) wins; FORCE_COLOR turns colour on without a TTY.
  const { NO_COLOR, FORCE_COLOR } = process.env;
  const color = NO_COLOR ? false : FORCE_COLOR ? FORCE_COLOR !== '0' : process.stdout.isTTY === true;
  return runCheck(args, { stdout: (text) => process.stdout.write(text), stderr, color, version: pkg.version });
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    // Errors speak the language asked for on the command line, else Danish.
    const language = languageOf(process.argv.slice(2)) ?? 'da';
    const message = error instanceof UsageError ? error.render(language) : cliMessage('internal', language, { reason: (error as Error)?.message ?? String(error) });
    process.stderr.write(`strategitjek: ${message}\n`);
    process.exitCode = 2;
  },
);
