import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gfmFootnoteFromMarkdown } from 'mdast-util-gfm-footnote';
import { gfmStrikethroughFromMarkdown } from 'mdast-util-gfm-strikethrough';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import { gfmFootnote } from 'micromark-extension-gfm-footnote';
import { gfmStrikethrough } from 'micromark-extension-gfm-strikethrough';
import { gfmTable } from 'micromark-extension-gfm-table';
import remarkFrontmatter from 'remark-frontmatter';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { parseMarkdown } from '../../src/core/parse/markdown';

// Text without a pipe is parsed without the GFM table construct (it cannot hold a table); the tree must be
// the one the full parser gives.
const full = unified()
  .use(remarkParse)
  .use(remarkFrontmatter, ['yaml'])
  .use(function (this: ReturnType<typeof unified>) {
    const data = this.data();
    (data.micromarkExtensions ??= []).push(gfmTable(), gfmFootnote(), gfmStrikethrough());
    (data.fromMarkdownExtensions ??= []).push(gfmTableFromMarkdown(), gfmFootnoteFromMarkdown(), gfmStrikethroughFromMarkdown());
  });

describe('parsing text without a pipe', () => {
  const folder = join(import.meta.dirname, '..', 'fixtures', 'strategies');
  const texts = readdirSync(folder).filter((name) => name.endsWith('.md')).map((name) => readFileSync(join(folder, name), 'utf8').replaceAll('|', '/'));
  it(`gives the same tree as the full parser (${texts.length} strategies with their pipes replaced, and odd lines)`, () => {
    for (const text of [...texts, 'a\n- - -\nb', 'x\n:-:\ny', 'x\n:--', 'x\n--:', 'a b\n:-: :-:', '~~del~~ [^1]\n\n[^1]: note']) assert.deepEqual(parseMarkdown(text), full.parse(text));
  });
});
