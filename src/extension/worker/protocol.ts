import type { ResolvedConfig } from '../../core/config/types';
import type { LinkedStrategy } from '../../core/recognition/strategyLink';
import type { CheckSnapshot } from './snapshot';

/*
 * Messages between the extension host and the checking worker. Plain data
 * only; a request carries the whole text (a structured clone of a 1 MB
 * string takes about a millisecond) and the document's version, and for an
 * ambition the strategy its `strategi:` names, as the extension host read it
 * (the worker never reads files).
 */

export type ToWorker =
  | { type: 'check'; id: number; key: string; version: number; text: string; config: ResolvedConfig; strategy?: LinkedStrategy }
  /** The document was closed: forget what the worker keeps for it. */
  | { type: 'forget'; key: string }
  /**
   * Test hook: checks of this document wait in the worker, received but not
   * started, until `release`; each one waiting is reported `held`.
   */
  | { type: 'hold'; key: string }
  | { type: 'release'; key: string };

export type FromWorker =
  | { type: 'result'; id: number; key: string; version: number; snapshot: CheckSnapshot }
  /** A newer request for the same document arrived before this one started. */
  | { type: 'dropped'; id: number; key: string; version: number }
  | { type: 'failed'; id: number; key: string; version: number; message: string }
  /** The request is in the worker, waiting for a `release` of its document (test hook). */
  | { type: 'held'; id: number; key: string; version: number };
