import { lint, type LintOptions, type LintResult } from './lint';
import { createDocumentCache, type DocumentCache } from './model/buildDocument';

/**
 * The least length of a chapter in an edited document: about one section of
 * a strategy. After a keystroke only the chapter around it is parsed again,
 * so the smaller the chapters, the less is parsed; the first check of the
 * document costs the same with small chapters as with large ones (1 MB:
 * 0.8-1.1 s with chapters of 512 B, 1 KB, 4 KB or 16 KB). At 350 KB, chapters
 * of 1 KB instead of 4 KB cut a keystroke's model building from about 16 to
 * 11 ms (median of 150 edits); smaller ones gain little more.
 */
const INCREMENTAL_CHAPTER = 1024;

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
  // Smaller chapters than a one-off check uses (see INCREMENTAL_CHAPTER).
  const cache = createDocumentCache({ chunkSize: INCREMENTAL_CHAPTER, ...options.parse });
  return {
    lint: (text, lintOptions = {}) => lint(text, { ...lintOptions, cache }),
  };
}
