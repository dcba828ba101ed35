import { lint, type LintOptions, type LintResult } from './lint';
import { createDocumentCache, type DocumentCache } from './model/buildDocument';

const INCREMENTAL_CHAPTER = 4 * 1024;

/** A linter for one document that is checked again and again as it is edited. */
export interface Linter {
  /** Exactly what `lint(text, options)` returns, computed with what earlier checks left behind. */
  lint(text: string, options?: Omit<LintOptions, 'cache'>): LintResult;
}

/**
 * An incremental linter: keep one per open document. Long texts are parsed
 * in chapters split at safe headings, and a chapter whose text did not change
 * since the last check is not parsed again (its positions are moved instead);
 * blocks whose text did not change keep their substance figures, and
 * recognition reads them from the texts it prepared lately (see `prepare`).
 * Everything downstream runs on the resulting model as in `lint`.
 * What the previous check did not use is dropped, so memory stays at one
 * document's worth.
 */
export function createLinter(options: { parse?: DocumentCache['parseOptions'] } = {}): Linter {
  // Smaller chapters than a one-off check uses: after a keystroke only the
  // chapter around it is parsed again, and 4 KB parses in a few milliseconds.
  const cache = createDocumentCache({ chunkSize: INCREMENTAL_CHAPTER, ...options.parse });
  return {
    lint: (text, lintOptions = {}) => lint(text, { ...lintOptions, cache }),
  };
}
