/*
 * Everything the extension loads on first use (see lazy.ts), behind one
 * entry. The desktop build bundles it as a file of its own
 * (dist/extensionLazy.cjs), so activation neither reads nor compiles it;
 * the web build, a single file, bundles it inline. Only plain data crosses
 * this boundary (texts, configurations, snapshots), never an object whose
 * identity matters, because the two desktop bundles each have their own
 * copy of the modules they share.
 */
export { checkSnapshot } from './worker/takeSnapshot';
export { parseConfig } from '../core/parseConfig';
export { formatMarkdown } from '../formatters/markdown';
export { renderMarkdown } from './renderMarkdown';
