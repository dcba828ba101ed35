import type * as HeadModules from './headModules';
import type * as LazyModules from './lazyModules';

/*
 * What the extension loads on first use, not at activation (issue 11): the
 * checker itself (the desktop extension checks in a worker thread and needs
 * it here only if the worker cannot start; the web build checks here), the
 * configuration file's parser and schema validator, and the readiness
 * report's formatter and renderer. Together they are most of the bundle. In
 * the desktop build `./lazyModules` is a separate file that is read and
 * compiled when first required (esbuild.mjs); in the web build it is
 * bundled inline and initialised when first required. A static import of
 * any of these modules anywhere in the extension would undo that
 * (test/extension/lazyLoad.test.ts).
 */
let loaded: typeof LazyModules | undefined;

/** The modules above, loaded on the first call. */
// eslint-disable-next-line @typescript-eslint/no-require-imports -- deferred loading, as explained above.
export const lazyModules = () => (loaded ??= require('./lazyModules') as typeof LazyModules);

let head: typeof HeadModules | undefined;

/**
 * The reader of a document's head (headModules.ts), loaded on the first call: the first time the extension asks
 * whether a document is a strategy, which happens just after activation, not during it.
 */
// eslint-disable-next-line @typescript-eslint/no-require-imports -- deferred loading, as explained above.
export const headModules = () => (head ??= require('./headModules') as typeof HeadModules);
