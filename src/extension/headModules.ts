/*
 * What the extension needs to read a document's head (its frontmatter and
 * title): whether it is a strategy, what it declares, and the edit that
 * declares it. Reading frontmatter takes the YAML parser, most of what
 * activation would otherwise load, so this is loaded on first use like the
 * checker (see lazy.ts): the desktop build bundles it as a file of its own
 * (dist/extensionHead.cjs), the web build inline. Only plain data crosses
 * this boundary.
 */
export { classifyStrategy, headFrontmatter, headTitle } from '../core/strategyRule';
export { declareStrategyEdit, looksLikeStrategy } from '../core/strategyLookalike';
