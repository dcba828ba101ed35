import type { Block, Section } from './types';

/** The section and all its subsections, in document order, without recursion. */
function sectionAndDescendants(section: Section): Section[] {
  const result: Section[] = [];
  const pending = [section];
  while (pending.length > 0) {
    const next = pending.pop()!;
    result.push(next);
    for (let i = next.children.length - 1; i >= 0; i--) pending.push(next.children[i]);
  }
  return result;
}

/** Every block under a section, subsections included, in document order. */
export function blocksUnder(section: Section): Block[] {
  return sectionAndDescendants(section).flatMap((s) => s.blocks);
}

/** The section and its ancestors, innermost first. */
export function ancestry(section: Section): Section[] {
  const result: Section[] = [];
  for (let s: Section | undefined = section; s; s = s.parent) result.push(s);
  return result;
}
