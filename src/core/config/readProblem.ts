import { localize, type Language } from '../i18n/localized';

/**
 * Why a `.strategitjek.yaml` that is there could not be read, from the error
 * code of whichever file system read it: Node's (`EISDIR`, `EACCES`) or VS
 * Code's (`FileIsADirectory`, `NoPermissions`). A missing file is not a
 * problem (the search goes on upwards), so it is told apart here too.
 */
export type ConfigReadFailure = 'missing' | 'directory' | 'permission' | 'other';

export function classifyReadError(code: string | undefined): ConfigReadFailure {
  switch (code) {
    case 'ENOENT':
    case 'FileNotFound':
    case 'EntryNotFound':
      return 'missing';
    case 'EISDIR':
    case 'FileIsADirectory':
    case 'EntryIsADirectory':
      return 'directory';
    case 'EACCES':
    case 'EPERM':
    case 'NoPermissions':
      return 'permission';
    default:
      return 'other';
  }
}

const MESSAGES = {
  directory: {
    da: '{name} er en mappe, ikke en fil. Strategitjek bruger standardindstillingerne, indtil den er erstattet af en fil.',
    en: '{name} is a folder, not a file. Strategitjek uses its default settings until it is replaced by a file.',
  },
  permission: {
    da: '{name} kan ikke læses (ingen adgang). Strategitjek bruger standardindstillingerne, indtil filen kan læses.',
    en: '{name} cannot be read (permission denied). Strategitjek uses its default settings until the file can be read.',
  },
  other: {
    da: '{name} kan ikke læses ({reason}). Strategitjek bruger standardindstillingerne, indtil filen kan læses.',
    en: '{name} cannot be read ({reason}). Strategitjek uses its default settings until the file can be read.',
  },
};

/** The message shown for a config file that is there but unusable. */
export function configReadMessage(failure: Exclude<ConfigReadFailure, 'missing'>, name: string, reason: string, language: Language): string {
  return localize(MESSAGES[failure], language, { name, reason: reason || '?' });
}
