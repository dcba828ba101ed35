import { existsSync, realpathSync } from 'node:fs';
import { dirname, isAbsolute, relative, resolve } from 'node:path';
import { catalogueFor, documentTypeOf, linkTarget } from '../core/catalogue/catalogues';
import type { LinkedStrategy } from '../core/recognition/strategyLink';
import { STRATEGY_HEAD_LENGTH } from '../core/strategyHead';
import { classifyStrategy, headFrontmatter, headTitle } from '../core/strategyRule';
import { MAX_TEXT_LENGTH } from '../core/lint';
import { FileProblem, readRegularFile } from './readText';

/** A file given on the command line, with its text. */
export interface GivenFile {
  path: string;
  text: string;
}

function inside(root: string, file: string): boolean {
  const rel = relative(root, file);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
}

/**
 * The strategy an ambition answers to, for the CLI: its `strategi:` path,
 * relative to the ambition and read only when it lies inside the working
 * folder (real paths, so a symlink cannot lead out); without `strategi:`,
 * the one strategy among the files checked with it. Never the network.
 */
export function linkedStrategy(ambition: GivenFile, given: readonly GivenFile[], root = process.cwd()): LinkedStrategy | undefined {
  const head = ambition.text.slice(0, STRATEGY_HEAD_LENGTH);
  const frontmatter = headFrontmatter(head);
  const title = headTitle(head, frontmatter);
  if (!catalogueFor(documentTypeOf(frontmatter, title)).linkKey) return undefined;
  const target = linkTarget(frontmatter, title);
  if (target === undefined) {
    const strategies = given.filter((file) => {
      if (file === ambition) return false;
      const fileHead = file.text.slice(0, STRATEGY_HEAD_LENGTH);
      const data = headFrontmatter(fileHead);
      return classifyStrategy({ path: file.path, head: fileHead }).strategy && !catalogueFor(documentTypeOf(data, headTitle(fileHead, data))).linkKey;
    });
    return strategies.length === 1 ? { path: strategies[0].path, text: strategies[0].text } : undefined;
  }
  if (/^[A-Za-z][A-Za-z0-9+.-]*:/.test(target) || isAbsolute(target)) return { path: target, problem: 'outside' };
  const file = resolve(dirname(ambition.path), target);
  let realRoot: string;
  try {
    realRoot = realpathSync(root);
  } catch {
    return { path: target, problem: 'unreadable' };
  }
  if (!inside(resolve(root), file)) return { path: target, problem: 'outside' };
  if (!existsSync(file)) return { path: target, problem: 'not-found' };
  if (!inside(realRoot, realpathSync(file))) return { path: target, problem: 'outside' };
  try {
    return { path: target, text: readRegularFile(file, MAX_TEXT_LENGTH) };
  } catch (error) {
    if (error instanceof FileProblem) return { path: target, problem: 'unreadable' };
    throw error;
  }
}
