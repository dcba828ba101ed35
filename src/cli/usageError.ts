import type { Language } from '../core/i18n/localized';
import { cliMessage, type CliMessage } from './messages';

/**
 * A problem the user can fix (bad option, unreadable file): exit code 2, one
 * line, no stack. It carries a message id, so the line is written in the
 * language of the run, which may not be known yet when it is thrown.
 */
export class UsageError extends Error {
  constructor(
    readonly id: CliMessage,
    readonly values: Record<string, string | number> = {},
    /** Further lines, already in the run's language (the other files that could not be read). */
    readonly before: string[] = [],
  ) {
    super(id);
  }

  render(language: Language): string {
    return [...this.before, cliMessage(this.id, language, this.values)].join('\nstrategitjek: ');
  }
}
