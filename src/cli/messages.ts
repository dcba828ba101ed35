import { localize, type Language, type Localized } from '../core/i18n/localized';

/**
 * What the terminal says about files it cannot use, Danish first like every
 * other message. These reach stderr as one line each, prefixed with
 * `strategitjek: `.
 */
const MESSAGES = {
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
} satisfies Record<string, Localized>;

export type CliMessage = keyof typeof MESSAGES;

export function cliMessage(id: CliMessage, language: Language, values: Record<string, string | number>): string {
  return localize(MESSAGES[id], language, values);
}
