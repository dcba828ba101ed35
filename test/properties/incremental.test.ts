import assert from 'node:assert/strict';
import fc from 'fast-check';
import { createLinter } from '../../src/core/incremental';
import { lint, type LintResult } from '../../src/core/lint';
import { toFileReport } from '../../src/core/report';
import { scaled, typedInMiddle } from '../../bench/scaled';
import { anyDocument, FIXTURE_TEXTS, sentence } from './generators';
import { runsFor } from './settings';

/*
 * The incremental linter returns exactly what a fresh `lint()` returns, after
 * any sequence of edits: typing, deleting, pasting a stretch across
 * headings, editing the frontmatter, turning line endings into CRLF. Chapters
 * are made tiny here, so every safe heading is a cut and every edit meets
 * reused chapters.
 */

/** Everything a caller can read from a result, as plain JSON. */
function view(result: LintResult): unknown {
  const { document, recognition } = result;
  return JSON.parse(
    JSON.stringify({
      text: result.text,
      config: result.config,
      findings: result.findings,
      report: toFileReport(result, ''),
      frontmatter: { ...document.frontmatter, document: undefined, toDocumentOffset: undefined },
      sections: document.sections.map((s) => ({ ...s, blocks: s.blocks.length, children: s.children.length, parent: s.parent?.headingRange })),
      blocks: document.blocks.map((b) => ({ ...b, section: b.section.headingRange })),
      skipped: document.skipped,
      openFence: document.openFence,
      lines: [document.lines.eol, document.lines.positionAt(result.text.length)],
      verdicts: JSON.parse(JSON.stringify([...recognition.verdicts.values()], byReference)),
      sectionElements: [...recognition.sectionElements].map(([section, ids]) => [section.headingRange, ids]),
    }),
  );
}

/** Sections and blocks inside verdicts are named by their ranges; maps become entry lists. */
function byReference(key: string, value: unknown): unknown {
  if (value instanceof Map) return [...value];
  if (key !== '' && value && typeof value === 'object') {
    if ('headingRange' in value && 'children' in value) return { section: value.headingRange };
    if ('substance' in value && 'section' in value && 'range' in value) return { block: value.range };
  }
  return value;
}

type Edit =
  | { kind: 'type'; at: number; text: string }
  | { kind: 'delete'; at: number; length: number }
  | { kind: 'paste'; from: number; length: number; at: number }
  | { kind: 'frontmatter'; line: string }
  | { kind: 'crlf' };

const edit: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({ kind: fc.constant('type' as const), at: fc.nat(), text: fc.oneof(sentence, fc.constantFrom('x', '\n', '\n\n## Ny overskrift\n\n', '- punkt\n', '```\n', '[^1]: note\n', '[kilde]: https://k.dk\n', 'se [kilde][^1]')) }),
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), length: fc.nat({ max: 200 }) }),
  fc.record({ kind: fc.constant('paste' as const), from: fc.nat(), length: fc.nat({ max: 600 }), at: fc.nat() }),
  fc.record({ kind: fc.constant('frontmatter' as const), line: fc.constantFrom('status: vedtaget', 'strategitjek: {rules: {ethics: off}}', '# kommentar', '', 'language: en', 'titel: [') }),
  fc.constant({ kind: 'crlf' as const }),
);

function apply(text: string, e: Edit): string {
  const at = (n: number) => n % (text.length + 1);
  switch (e.kind) {
    case 'type':
      return text.slice(0, at(e.at)) + e.text + text.slice(at(e.at));
    case 'delete':
      return text.slice(0, at(e.at)) + text.slice(at(e.at) + e.length);
    case 'paste': {
      const piece = text.slice(at(e.from), at(e.from) + e.length);
      return text.slice(0, at(e.at)) + piece + text.slice(at(e.at));
    }
    case 'frontmatter': {
      const end = text.startsWith('---') ? text.indexOf('\n') + 1 : 0;
      if (end === 0) return `---\n${e.line}\n---\n\n${text}`;
      return text.slice(0, end) + e.line + '\n' + text.slice(end);
    }
    case 'crlf':
      return text.replace(/\r?\n/g, '\r\n');
  }
}

const start = fc.oneof(anyDocument, fc.constantFrom(...FIXTURE_TEXTS));

describe('incremental linter', () => {
  it('returns what a fresh lint() returns after any sequence of edits', function () {
    this.timeout(300000);
    fc.assert(
      fc.property(start, fc.array(edit, { minLength: 1, maxLength: 6 }), fc.integer({ min: 1, max: 2000 }), (first, edits, chunkSize) => {
        const linter = createLinter({ parse: { chunkAbove: 0, chunkSize } });
        let text = first;
        assert.deepEqual(view(linter.lint(text)), view(lint(text)));
        for (const e of edits) {
          text = apply(text, e);
          assert.deepEqual(view(linter.lint(text)), view(lint(text)));
        }
      }),
      runsFor(60),
    );
  });

  it('at real size (above 256 KB, default chapters): typing in the middle and pasting a chapter @stress', function () {
    this.timeout(300000);
    const linter = createLinter();
    let text = scaled(300 * 1024);
    assert.deepEqual(view(linter.lint(text)), view(lint(text)));
    text = typedInMiddle(text, 1);
    assert.deepEqual(view(linter.lint(text)), view(lint(text)));
    const chapter = text.indexOf('\n## ', 1000);
    text = text.slice(0, chapter) + text.slice(text.length - 20000) + text.slice(chapter);
    assert.deepEqual(view(linter.lint(text)), view(lint(text)));
  });
});
