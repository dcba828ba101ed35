import { writeFileSync } from 'node:fs';
import type { Language } from '../core/i18n/localized';
import { starterStrategy } from '../core/fix/starter';
import type { InitArgs } from './args';
import { cliMessage, errorCode, plainCode } from './messages';
import { UsageError } from './usageError';

/**
 * `strategitjek init [file]`: writes a starter strategy. An existing file is
 * never overwritten (the file is created exclusively, so not even a file
 * that appears meanwhile is). Returns the exit code.
 */
export function runInit(args: InitArgs, io: { stderr: (text: string) => void }, year = new Date().getFullYear()): number {
  const language: Language = args.language ?? 'da';
  try {
    writeFileSync(args.path, starterStrategy(language, year), { flag: 'wx' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') throw new UsageError('initExists', { path: args.path });
    throw new UsageError('cannotWrite', { path: args.path, reason: plainCode(errorCode(error), language) });
  }
  io.stderr(`strategitjek: ${cliMessage('initWrote', language, { path: args.path })}\n`);
  io.stderr(`strategitjek: ${cliMessage('initNext', language, { path: args.path })}\n`);
  return 0;
}
