import { readFileSync } from 'node:fs';
import Module, { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { Script } from 'node:vm';

/*
 * A check is a short process: it runs each function of the parser and the
 * recognition a few thousand times and exits. V8's default is to hand a
 * function to its optimising compiler after a small budget of work, and on
 * a short run that compiling (on background threads, but paid in CPU) costs
 * more than it saves: a quarter of the process's CPU time at 350 KB. With a
 * budget fifteen times the default only the truly hot loops are optimised,
 * with the same output (bench/bench.ts measures both). The flag affects this
 * process only; the extension, which shares its process with other
 * extensions, does not set it.
 */
const OPTIMISE_AFTER_BYTECODE_BUDGET = 2_000_000;

/** Sets V8 up for a short run, before the command line proper is compiled (the code cache is only valid under the same flags). */
export function prepareShortRun(): void {
  setFlagsFromString(`--interrupt-budget=${OPTIMISE_AFTER_BYTECODE_BUDGET}`);
}

/** Where a bundle's code cache lives: beside it. */
export const codeCacheOf = (bundle: string) => `${bundle}.cache`;

export interface LoadedBundle<T> {
  exports: T;
  /** The compiled bundle, whose code cache the build writes after a check has run it. */
  script: Script;
  /** Whether V8 took the cache; it refuses one made by another Node version or under other flags, and then compiles as usual. */
  cacheAccepted: boolean;
}

/**
 * Loads a CommonJS bundle as `require` would, with V8's code cache when the
 * build left one beside it. Compiling the 2.5 MB command line is a tenth of
 * a small check's CPU time; the cache, written after a check on the bundled
 * example (`scripts/writeCodeCache.ts`), holds the compiled code of every
 * function that check ran, so a check compiles almost nothing.
 */
export function loadBundle<T>(bundle: string): LoadedBundle<T> {
  let cachedData: Buffer | undefined;
  try {
    cachedData = readFileSync(codeCacheOf(bundle));
  } catch {
    // No cache (a development build, or removed): the bundle is compiled as usual.
  }
  const script = new Script(Module.wrap(readFileSync(bundle, 'utf8')), { filename: bundle, cachedData });
  const module = { exports: {} as T };
  (script.runInThisContext() as (...args: unknown[]) => void)(module.exports, createRequire(bundle), module, bundle, dirname(bundle));
  return { exports: module.exports, script, cacheAccepted: cachedData !== undefined && !script.cachedDataRejected };
}
