import { closeSync, constants, fstatSync, openSync, readSync, type Stats } from 'node:fs';
import type { CliMessage } from './messages';

/** Why a path was not read: a message id for `cliMessage`, with the values it needs. */
export class FileProblem extends Error {
  constructor(
    readonly id: CliMessage,
    readonly values: Record<string, string | number>,
  ) {
    super(id);
  }
}

/** The message for a path that exists but is not a regular file. */
export function notAFile(stats: Stats): CliMessage {
  if (stats.isFIFO()) return 'fifo';
  if (stats.isCharacterDevice()) return 'characterDevice';
  if (stats.isBlockDevice()) return 'blockDevice';
  if (stats.isSocket()) return 'socket';
  return 'notRegular';
}

const CHUNK = 64 * 1024;

/**
 * Reads a regular file as UTF-8, refusing anything else and stopping as soon
 * as it grows past `limit` bytes. The type is checked on the opened file
 * (`fstat`), not on the name, so a file swapped for a device between listing
 * and reading is still caught; opening with O_NONBLOCK keeps a FIFO from
 * blocking the open itself. The limit is counted while reading because a
 * device or a growing file has no honest size.
 */
export function readRegularFile(path: string, limit: number): string {
  let fd: number;
  try {
    fd = openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new FileProblem('missing', { path });
    throw new FileProblem('unreadable', { path, reason: code ?? (error as Error).message });
  }
  try {
    const stats = fstatSync(fd);
    if (!stats.isFile()) throw new FileProblem(notAFile(stats), { path });
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const buffer = Buffer.allocUnsafe(CHUNK);
      const read = readSync(fd, buffer, 0, CHUNK, null);
      if (read === 0) break;
      total += read;
      if (total > limit) throw new FileProblem('tooLarge', { path, limit: Math.round(limit / 1048576) });
      chunks.push(read === CHUNK ? buffer : buffer.subarray(0, read));
    }
    return Buffer.concat(chunks, total).toString('utf8');
  } catch (error) {
    if (error instanceof FileProblem) throw error;
    throw new FileProblem('unreadable', { path, reason: (error as NodeJS.ErrnoException).code ?? (error as Error).message });
  } finally {
    closeSync(fd);
  }
}
