import { parseArgs } from 'node:util';
import { isLanguage, type Language } from '../core/i18n/localized';
import { isFormatName, type FormatName } from '../formatters';
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
}

export type Args = CheckArgs | { command: 'help' } | { command: 'version' };

const FAIL_LEVELS = ['error', 'warning', 'info', 'never'];

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
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' },
      },
    });
  } catch (error) {
    throw new UsageError((error as Error).message.split('\n')[0]);
  }
  const { values, positionals } = parsed;
  if (values.help) return { command: 'help' };
  if (values.version) return { command: 'version' };
  const [command, ...inputs] = positionals;
  if (command === undefined) return { command: 'help' };
  if (command !== 'check') throw new UsageError(`unknown command "${command}"; try "strategitjek check --help"`);
  const format = values.format ?? 'stylish';
  if (!isFormatName(format)) throw new UsageError(`--format must be stylish, json, sarif or markdown, not "${format}"`);
  const failOn = values['fail-on'] ?? 'error';
  if (!FAIL_LEVELS.includes(failOn)) throw new UsageError(`--fail-on must be error, warning, info or never, not "${failOn}"`);
  if (values.lang !== undefined && !isLanguage(values.lang)) throw new UsageError(`--lang must be da or en, not "${values.lang}"`);
  return {
    command: 'check',
    inputs: inputs.length > 0 ? inputs : ['.'],
    format,
    failOn: failOn as FailOn,
    config: values.config,
    language: values.lang as Language | undefined,
    output: values.output,
  };
}

export const HELP = `Usage: strategitjek check [options] [files, folders or globs...]

Checks digitalisation strategies (Markdown with YAML frontmatter) for the ten
elements a strategy must answer, and reports what is missing or thin.

Options:
  -f, --format <name>    stylish (default), json, sarif or markdown
      --fail-on <level>  exit 1 when a finding reaches: error (default),
                         warning, info, or never
  -c, --config <file>    use this config file instead of .strategitjek.yaml
      --lang <da|en>     language of messages (default: da)
  -o, --output <file>    write the report to a file instead of stdout
  -h, --help             show this help
  -v, --version          show the version

Folders are searched for *.md and *.markdown files. Exit codes: 0 nothing
reached the fail level, 1 something did, 2 usage error or unreadable input.
`;
