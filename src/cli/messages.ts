import { localize, type Language, type Localized } from '../core/i18n/localized';

/**
 * Everything the terminal says outside the report itself, Danish first like
 * every other message: help, usage errors, files it cannot use. Errors reach
 * stderr as one line each, prefixed with `strategitjek: `. No text is written
 * inline in the code; `docs/ordliste.md` fixes the terms.
 */
export const CLI_MESSAGES = {
  missing: { da: 'kan ikke læse "{path}": filen eller mappen findes ikke', en: 'cannot read "{path}": no such file or folder' },
  fifo: { da: '"{path}" er en navngiven pipe (FIFO), ikke en fil; den bliver ikke læst', en: '"{path}" is a named pipe (FIFO), not a file; it is not read' },
  characterDevice: { da: '"{path}" er en tegnenhed (character device), ikke en fil; den bliver ikke læst', en: '"{path}" is a character device, not a file; it is not read' },
  blockDevice: { da: '"{path}" er en blokenhed (block device), ikke en fil; den bliver ikke læst', en: '"{path}" is a block device, not a file; it is not read' },
  socket: { da: '"{path}" er en socket, ikke en fil; den bliver ikke læst', en: '"{path}" is a socket, not a file; it is not read' },
  notRegular: { da: '"{path}" er ikke en almindelig fil; den bliver ikke læst', en: '"{path}" is not a regular file; it is not read' },
  tooLarge: { da: '"{path}" er større end {limit} MB og bliver ikke tjekket', en: '"{path}" is larger than {limit} MB and is not checked' },
  unreadable: { da: 'kan ikke læse "{path}": {reason}', en: 'cannot read "{path}": {reason}' },
  outputIsInput: {
    da: '--output "{path}" er en af de filer, der tjekkes; rapporten ville overskrive den',
    en: '--output "{path}" is one of the files being checked; the report would overwrite it',
  },
  cannotWrite: { da: 'kan ikke skrive "{path}": {reason}', en: 'cannot write "{path}": {reason}' },
  written: { da: 'rapporten er skrevet til "{path}"', en: 'the report was written to "{path}"' },
  unknownOption: { da: 'ukendt tilvalg "{option}"; se "strategitjek --help"', en: 'unknown option "{option}"; see "strategitjek --help"' },
  missingValue: { da: 'tilvalget "{option}" mangler en værdi', en: 'the option "{option}" needs a value' },
  unexpectedValue: { da: 'tilvalget "{option}" tager ingen værdi', en: 'the option "{option}" takes no value' },
  badArguments: { da: 'kan ikke forstå kommandolinjen; se "strategitjek --help"', en: 'cannot make sense of the command line; see "strategitjek --help"' },
  unknownCommand: { da: 'ukendt kommando "{command}"; prøv "strategitjek --help"', en: 'unknown command "{command}"; try "strategitjek --help"' },
  commandIsFile: {
    da: '"{command}" er ikke en kommando; mente du "strategitjek check {command}"?',
    en: '"{command}" is not a command; did you mean "strategitjek check {command}"?',
  },
  badFormat: { da: '--format skal være stylish, json, sarif, markdown eller compact, ikke "{value}"', en: '--format must be stylish, json, sarif, markdown or compact, not "{value}"' },
  badFailOn: { da: '--fail-on skal være error, warning, info eller never, ikke "{value}"', en: '--fail-on must be error, warning, info or never, not "{value}"' },
  badConcurrency: { da: '--concurrency skal være auto, off eller et tal fra 1 til 16, ikke "{value}"', en: '--concurrency must be auto, off or a number from 1 to 16, not "{value}"' },
  badLanguage: { da: '--lang skal være da eller en, ikke "{value}"', en: '--lang must be da or en, not "{value}"' },
  noMatch: { da: 'ingen Markdown-filer passer til {inputs}', en: 'no Markdown files match {inputs}' },
  noStrategies: {
    da: 'ingen strategier fundet i {inputs} ({skipped} Markdown-filer sprunget over; se dem med --verbose, eller nævn en fil ved navn)',
    en: 'no strategies found in {inputs} ({skipped} Markdown files skipped; list them with --verbose, or name a file)',
  },
  cannotReadConfig: { da: 'kan ikke læse konfigurationen "{path}": {reason}', en: 'cannot read the configuration "{path}": {reason}' },
  configProblem: { da: '{where}: {message}{more}', en: '{where}: {message}{more}' },
  configMore: { da: ' (og {count} problem mere)', en: ' (and {count} more problem)' },
  configMoreMany: { da: ' (og {count} problemer mere)', en: ' (and {count} more problems)' },
  internal: { da: 'intern fejl: {reason}', en: 'internal error: {reason}' },
  skipped: { da: 'sprunget over: {path} ({reason})', en: 'skipped: {path} ({reason})' },
  'reason-own-report': { da: 'en rapport skrevet af Strategitjek', en: 'a report written by Strategitjek' },
  'reason-other-type': { da: 'frontmatter angiver en anden dokumenttype', en: 'the frontmatter declares another document type' },
  'reason-not-a-strategy': {
    da: 'ingen dokumenttype i frontmatter, og hverken titel eller filnavn nævner en digitaliseringsstrategi',
    en: 'no dokumenttype in the frontmatter, and neither title nor file name names a digitalisation strategy',
  },
  initWrote: { da: 'skrev {path}', en: 'wrote {path}' },
  initExists: { da: '"{path}" findes allerede og bliver ikke overskrevet', en: '"{path}" already exists and is not overwritten' },
  initNext: { da: 'Udfyld afsnittene, og tjek med: strategitjek check {path}', en: 'Fill in the sections, then check with: strategitjek check {path}' },
  // Plain words for the operating system's error codes.
  ENOENT: { da: 'filen eller mappen findes ikke', en: 'no such file or folder' },
  EACCES: { da: 'ingen adgang', en: 'permission denied' },
  EPERM: { da: 'handlingen er ikke tilladt', en: 'operation not permitted' },
  EISDIR: { da: 'det er en mappe, ikke en fil', en: 'it is a folder, not a file' },
  ENOTDIR: { da: 'en del af stien er ikke en mappe', en: 'part of the path is not a folder' },
  ELOOP: { da: 'for mange symbolske links i stien', en: 'too many symbolic links in the path' },
  EMFILE: { da: 'for mange åbne filer', en: 'too many open files' },
  ENOSPC: { da: 'der er ikke mere plads på disken', en: 'no space left on the disk' },
  EROFS: { da: 'filsystemet er skrivebeskyttet', en: 'the file system is read-only' },
  EEXIST: { da: 'filen findes allerede', en: 'the file already exists' },
  EIO: { da: 'læse- eller skrivefejl på disken', en: 'input/output error on the disk' },
  ENAMETOOLONG: { da: 'navnet er for langt', en: 'the name is too long' },
  EBUSY: { da: 'filen er i brug', en: 'the file is busy' },
} satisfies Record<string, Localized>;

/** The help text, in full, per language. */
export const HELP: Localized = {
  da: `Brug: strategitjek check [tilvalg] [filer, mapper eller globs …]
      strategitjek init [fil]

Tjekker digitaliseringsstrategier (Markdown med YAML-frontmatter) for de ti
elementer, en strategi skal svare på, og siger, hvad der mangler, og hvad der
kun er berørt.

Kommandoer:
  check                  tjek filer, mapper eller globs (standard: mappen her)
  init [fil]             skriv en ny strategi at udfylde (standard:
                         digitaliseringsstrategi.md); intet overskrives

Tilvalg:
  -f, --format <navn>    stylish (standard), json, sarif, markdown eller compact
                         (én linje pr. fund, til VS Code-opgaver med $strategitjek)
      --fail-on <niveau> afslut med kode 1, når et fund når: error (standard),
                         warning, info eller never
  -c, --config <fil>     brug denne konfiguration i stedet for .strategitjek.yaml
      --lang <da|en>     sprog i meddelelser (standard: dokumentets sprog:,
                         ellers dansk)
  -o, --output <fil>     skriv rapporten til en fil i stedet for skærmen
      --verbose          nævn de filer i mapper, der blev sprunget over, og hvorfor
      --concurrency <n>  tråde, der tjekker på én gang: auto (standard: flere
                         kerner ved store mapper), off eller et tal
  -h, --help             vis denne hjælp
  -v, --version          vis versionen

I mapper tjekkes de Markdown-filer, der er strategier: frontmatter med
dokumenttype, eller en titel eller et filnavn, der nævner en
digitaliseringsstrategi, -plan eller -ambition. Filer, der nævnes ved navn,
tjekkes altid. Afslutningskoder: 0 intet nåede fejlniveauet, 1 noget gjorde,
2 forkert brug eller en fil, der ikke kan læses.
`,
  en: `Usage: strategitjek check [options] [files, folders or globs …]
       strategitjek init [file]

Checks digitalisation strategies (Markdown with YAML frontmatter) for the ten
elements a strategy must answer, and says what is missing and what is only
touched on.

Commands:
  check                  check files, folders or globs (default: this folder)
  init [file]            write a new strategy to fill in (default:
                         digitaliseringsstrategi.md); nothing is overwritten

Options:
  -f, --format <name>    stylish (default), json, sarif, markdown or compact
                         (one line per finding, for VS Code tasks with $strategitjek)
      --fail-on <level>  exit 1 when a finding reaches: error (default),
                         warning, info, or never
  -c, --config <file>    use this config file instead of .strategitjek.yaml
      --lang <da|en>     language of messages (default: the document's
                         sprog:, else Danish)
  -o, --output <file>    write the report to a file instead of the screen
      --verbose          name the files in folders that were skipped, and why
      --concurrency <n>  threads that check at once: auto (default: more
                         cores for large folders), off or a number
  -h, --help             show this help
  -v, --version          show the version

In folders, the Markdown files that are strategies are checked: frontmatter
with dokumenttype, or a title or file name naming a digitalisation strategy,
plan or ambition. Files named on the command line are always checked. Exit
codes: 0 nothing reached the fail level, 1 something did, 2 wrong usage or a
file that cannot be read.
`,
};

export type CliMessage = keyof typeof CLI_MESSAGES;

export function cliMessage(id: CliMessage, language: Language, values: Record<string, string | number> = {}): string {
  return localize(CLI_MESSAGES[id], language, values);
}

/** An operating system error code in plain words, with the code for whoever searches for it. */
export function plainCode(code: string, language: Language): string {
  return code in CLI_MESSAGES && /^E[A-Z]+$/.test(code) ? `${cliMessage(code as CliMessage, language)} (${code})` : code;
}

/** The code of an operating system error (`ENOENT`), or its message when it has none. */
export function errorCode(error: unknown): string {
  return (error as NodeJS.ErrnoException)?.code ?? (error as Error)?.message ?? String(error);
}
