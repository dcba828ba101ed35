import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { isLanguage, type Language } from '../core/i18n/localized';
import { isFormatName, type FormatName } from '../formatters';
import type { Concurrency } from './parallelCheck';
import { UsageError } from './usageError';

export type FailOn = 'error' | 'warning' | 'info' | 'never';

export interface CheckArgs {
  command: 'check';
  inputs: string[];
  format: FormatName;
  failOn: FailOn;
  config?: string;
  language?: Language;
  output?: string;
  verbose?: boolean;
  /** Threads that check at once: a number, or `auto` (by cores and amount of text; the default). */
  concurrency?: Concurrency;
}

export interface InitArgs {
  command: 'init';
  path: string;
  language?: Language;
}

export type Args = CheckArgs | InitArgs | { command: 'help'; language?: Language } | { command: 'version' };

const FAIL_LEVELS = ['error', 'warning', 'info', 'never'];

/**
 * The language asked for with `--lang`, read straight from the arguments, so
 * that even a message about a broken command line is in that language.
 */
export function languageOf(argv: string[]): Language | undefined {
  for (let i = 0; i < argv.length; i++) {
    const value = argv[i] === '--lang' ? argv[i + 1] : argv[i].startsWith('--lang=') ? argv[i].slice(7) : undefined;
    if (isLanguage(value)) return value;
  }
  return undefined;
}

/** Node's parseArgs errors, as one of our messages: the option it is about is quoted in them. */
function argumentError(error: unknown): UsageError {
  const { code, message } = error as { code?: string; message?: string };
  const option = /'([^']+)'/.exec(message ?? '')?.[1]?.replace(/^-\w, /, '').replace(/ <value>$/, '') ?? '';
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return new UsageError('unknownOption', { option });
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
    return /argument missing/.test(message ?? '') ? new UsageError('missingValue', { option }) : new UsageError('unexpectedValue', { option });
  }
  return new UsageError('badArguments');
}

/** A command that is really a file, folder or glob the user meant to check. */
function looksLikeInput(command: string): boolean {
  return /\.(md|markdown)$/i.test(command) || /[/\\*?]/.test(command) || existsSync(command);
}

export function parseCommandLine(argv: string[]): Args {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        format: { type: 'string', short: 'f' },
        'fail-on': { type: 'string' },
        config: { type: 'string', short: 'c' },
        lang: { type: 'string' },
        output: { type: 'string', short: 'o' },
        verbose: { type: 'boolean' },
        concurrency: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' },
      },
    });
  } catch (error) {
    throw argumentError(error);
  }
  const { values, positionals } = parsed;
  if (values.lang !== undefined && !isLanguage(values.lang)) throw new UsageError('badLanguage', { value: values.lang });
  const language = values.lang as Language | undefined;
  if (values.help) return { command: 'help', language };
  if (values.version) return { command: 'version' };
  const [command, ...inputs] = positionals;
  if (command === undefined) return { command: 'help', language };
  if (command === 'init') return { command: 'init', path: inputs[0] ?? 'digitaliseringsstrategi.md', language };
  if (command !== 'check') throw new UsageError(looksLikeInput(command) ? 'commandIsFile' : 'unknownCommand', { command });
  const format = values.format ?? 'stylish';
  if (!isFormatName(format)) throw new UsageError('badFormat', { value: format });
  const failOn = values['fail-on'] ?? 'error';
  if (!FAIL_LEVELS.includes(failOn)) throw new UsageError('badFailOn', { value: failOn });
  const concurrency = parseConcurrency(values.concurrency);
  return {
    command: 'check',
    inputs: inputs.length > 0 ? inputs : ['.'],
    format,
    failOn: failOn as FailOn,
    config: values.config,
    language,
    output: values.output,
    verbose: values.verbose,
    concurrency,
  };
}

/** `--concurrency auto|off|<n>` (as in ESLint): `off` is one thread, a number at most 16. */
function parseConcurrency(value: string | undefined): Concurrency | undefined {
  if (value === undefined || value === 'auto') return value;
  if (value === 'off') return 1;
  if (/^[1-9][0-9]?$/.test(value) && Number(value) <= 16) return Number(value);
  throw new UsageError('badConcurrency', { value });
}
