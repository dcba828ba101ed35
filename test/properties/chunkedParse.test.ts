import assert from 'node:assert/strict';
import fc from 'fast-check';
import { buildDocument, createDocumentCache } from '../../src/core/model/buildDocument';
import { createParseCache, parseMarkdown } from '../../src/core/parse/markdown';
import { safeSplitPoints } from '../../src/core/parse/splitPoints';
import { documentLines, joinLines, type Eol } from './generators';
import { runsFor } from './settings';

/*
 * Parsing in chapters (as texts above 256 KB are, and as the incremental
 * linter does) must give exactly the tree of one parse, positions included:
 * here with chapters of any size, so small texts cut at every safe heading,
 * and with the link reference and footnote definitions a chapter may need
 * from another.
 */

const definitionLines = fc.oneof(
  fc.constantFrom('[kilde]: https://example.dk/kilde', '[Kilde 2]: <https://example.dk/2> "Titel"', '[^1]: En fodnote.', '[^note]: Fodnote', '    med fortsættelse.'),
  fc.constantFrom('Se [kilde] og [tekst][Kilde 2].', 'Henvisning[^1] og [^note].', '[kilde]', '- [^1] i en liste', '> [kilde]: https://citat.dk'),
);

const withDefinitions = fc
  .tuple(documentLines, fc.array(fc.tuple(fc.nat(), definitionLines), { maxLength: 8 }), fc.constantFrom<Eol>('\n', '\r\n', '\r'))
  .map(([lines, extra, eol]) => {
    const all = [...lines];
    for (const [at, line] of extra) all.splice(at % (all.length + 1), 0, '', line, '');
    return joinLines(all, eol);
  });

/** Plain JSON of a tree, so the comparison sees every field and position. */
const plain = (value: unknown) => JSON.parse(JSON.stringify(value));

describe('chunked parse', () => {
  it('equals one parse of the whole text, at any chapter size, definitions across chapters included', () => {
    fc.assert(
      fc.property(withDefinitions, fc.integer({ min: 1, max: 400 }), (text, chunkSize) => {
        assert.deepEqual(plain(parseMarkdown(text, { chunkAbove: 0, chunkSize })), plain(parseMarkdown(text, { chunkAbove: Infinity })));
      }),
      runsFor(300),
    );
  });

  it('reuses chapters through a cache with the same result after edits', () => {
    fc.assert(
      fc.property(withDefinitions, fc.array(fc.tuple(fc.nat(), fc.nat({ max: 20 }), fc.constantFrom('', 'x', '\n\n# Ny\n\n', '[kilde]: https://nyt.dk\n', '\r\n', '---\n')), { maxLength: 6 }), (start, edits) => {
        const cache = createParseCache();
        let text = start;
        for (const [at, removed, inserted] of edits) {
          const position = at % (text.length + 1);
          text = text.slice(0, position) + inserted + text.slice(position + removed);
          assert.deepEqual(plain(parseMarkdown(text, { chunkAbove: 0, chunkSize: 1, cache })), plain(parseMarkdown(text, { chunkAbove: Infinity })));
        }
      }),
      runsFor(150),
    );
  });

  it('never cuts inside the frontmatter, whose YAML comments look like headings', () => {
    for (const eol of ['\n', '\r\n', '\r']) {
      const text = ['---', 'titel: Strategi', '', '# en kommentar', 'kommune: Aarby', '---', '', '# Titel', '', 'Tekst.', ''].join(eol);
      assert.deepEqual(plain(parseMarkdown(text, { chunkAbove: 0, chunkSize: 1 })), plain(parseMarkdown(text, { chunkAbove: Infinity })));
      assert.equal(parseMarkdown(text, { chunkAbove: 0, chunkSize: 1 }).children[0].type, 'yaml');
    }
  });

  it('a 352 KB text keeps a reference and a footnote whose definitions sit in another chapter', () => {
    const filler = Array.from({ length: 400 }, (_, i) => `## Kapitel ${i}\n\n${'Tekst om digitalisering og borgere. '.repeat(24)}\n`).join('\n');
    const text = `# Strategi\n\nSe [kilde] og note[^1].\n\n${filler}\n## Kilder\n\n[kilde]: https://example.dk\n\n[^1]: Fodnoten.\n`;
    assert.ok(text.length > 64 * 1024);
    const types = (tree: ReturnType<typeof parseMarkdown>) => JSON.stringify(tree).match(/"type":"(linkReference|footnoteReference)"/g)?.length ?? 0;
    assert.equal(types(parseMarkdown(text)), 2);
    assert.deepEqual(plain(parseMarkdown(text)), plain(parseMarkdown(text, { chunkAbove: Infinity })));
  });
});

describe('chunked parse of one enormous list', () => {
  // 1 MB of nested items under one heading took 15 s in one piece: above 64 KB
  // a chapter may also end before a top-level bullet, which splits one list
  // node into two with the same items.
  const items = Array.from({ length: 900 }, (_, i) => `- Punkt ${i} om digitalisering\n  - underpunkt med borgere\n    - og et tredje niveau`).join('\n');
  const text = `# Strategi\n\n${items}\n\n<div>\n- ikke et punkt\n</div>\n\n\`\`\`\n- i kode\n\`\`\`\n`;

  it('cuts before top-level bullets only, so the document model is the same as one parse', () => {
    assert.ok(text.length > 64 * 1024);
    const chunked = parseMarkdown(text);
    const whole = parseMarkdown(text, { chunkAbove: Infinity });
    assert.ok(chunked.children.filter((node) => node.type === 'list').length > 1, 'the list was cut');
    assert.equal(whole.children.filter((node) => node.type === 'list').length, 1);
    const model = (options: Parameters<typeof createDocumentCache>[0]) => {
      const document = buildDocument(text, createDocumentCache(options));
      return plain({ blocks: document.blocks.map((b) => ({ kind: b.kind, range: b.range, text: b.text, substance: b.substance })), sections: document.sections.map((s) => s.text) });
    };
    assert.deepEqual(model(undefined), model({ chunkAbove: Infinity }));
  });

  it('never cuts inside an HTML block, a fence or the frontmatter, nor before a thematic break', () => {
    const points = safeSplitPoints(`---\n- a: 1\n---\n${'- x\n'.repeat(40)}<div>\n- in html\n\n- after\n\`\`\`\n- code\n\`\`\`\n- - -\n- y\n`, 1, 1);
    const cutLines = points.map((point) => point.line);
    assert.deepEqual(cutLines.filter((line) => line <= 3), [], 'frontmatter');
    const lines = `---\n- a: 1\n---\n${'- x\n'.repeat(40)}<div>\n- in html\n\n- after\n\`\`\`\n- code\n\`\`\`\n- - -\n- y\n`.split('\n');
    for (const line of cutLines) assert.ok(!['- in html', '- code', '- - -'].includes(lines[line - 1]), `cut at "${lines[line - 1]}"`);
    assert.ok(cutLines.some((line) => lines[line - 1] === '- after'));
    assert.ok(cutLines.some((line) => lines[line - 1] === '- y'));
  });
});
