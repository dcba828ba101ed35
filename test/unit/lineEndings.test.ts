import assert from 'node:assert/strict';
import { parseConfig } from '../../src/core/parseConfig';
import { lint } from '../../src/core/lint';
import { toFileReport } from '../../src/core/report';
import { normaliseLineEndings } from '../../src/core/text/lineEndings';
import { LineIndex } from '../../src/core/text/lineIndex';

const EOLS = { LF: '\n', CRLF: '\r\n', CR: '\r' } as const;

/** Frontmatter the YAML parser rejects, with an error that spans a line break. */
const BROKEN = ['---', 'titel: S', 'k: v', '|]', '""{', '---', '# S', ''];

function yamlFindings(text: string) {
  return toFileReport(lint(text), 's.md').findings.filter((f) => f.ruleId.startsWith('frontmatter-'));
}

describe('line endings at the parse boundary (issue 9, item 7)', () => {
  it('maps normalised offsets back to the original, never between \\r and \\n', () => {
    const { text, toOriginal } = normaliseLineEndings('a\r\nb\rc\nd\r\n');
    assert.equal(text, 'a\nb\nc\nd\n');
    assert.deepEqual([0, 1, 2, 3, 4, 5, 6, 7, 8].map(toOriginal), [0, 1, 3, 4, 5, 6, 7, 8, 10]);
  });

  it('reads frontmatter with lone \\r line breaks (old Mac) like any other', () => {
    const text = ['---', 'titel: S', 'strategitjek:', '  rules:', '    ethics: warning', '---', '# S', ''].join('\r');
    const result = lint(text);
    assert.deepEqual(result.document.frontmatter.problems, []);
    assert.deepEqual(result.config.rules, { ethics: 'warning' });
    assert.equal(result.document.frontmatter.data.titel, 'S');
  });

  it('the same broken frontmatter gives the same errors at the same places in LF, CRLF and CR', () => {
    const lf = yamlFindings(BROKEN.join('\n'));
    assert.deepEqual(
      lf.map((f) => [f.message, f.line, f.column, f.endLine, f.endColumn]),
      [
        ['Frontmatter kan ikke læses som YAML: Implicit keys need to be on a single line', 4, 1, 5, 1],
        ['Frontmatter kan ikke læses som YAML: Implicit map keys need to be followed by map values', 4, 1, 5, 4],
        ['Frontmatter kan ikke læses som YAML: Block scalar header includes extra characters: |]', 4, 2, 4, 3],
        ['Frontmatter kan ikke læses som YAML: Block scalar values in collections must be indented', 5, 1, 5, 2],
      ],
    );
    assert.deepEqual(yamlFindings(BROKEN.join('\r\n')), lf);
    assert.deepEqual(yamlFindings(BROKEN.join('\r')), lf);
  });

  it('no YAML error range in a CRLF file ends between \\r and \\n', () => {
    const text = BROKEN.join('\r\n');
    const result = lint(text);
    assert.ok(result.document.frontmatter.problems.length > 0);
    for (const finding of result.findings) {
      for (const offset of [finding.range.start, finding.range.end]) assert.ok(!(text[offset - 1] === '\r' && text[offset] === '\n'), `${finding.message} at ${offset}`);
    }
  });

  it('an unterminated quote at the end of the frontmatter ends at the same place in LF, CRLF and CR', () => {
    const lines = ['---', 'titel: S', 'note: "open', '---', '# S', ''];
    const lf = yamlFindings(lines.join('\n'));
    assert.deepEqual(lf.map((f) => [f.line, f.column, f.endLine, f.endColumn]), [[3, 12, 3, 12]]);
    assert.deepEqual(yamlFindings(lines.join('\r\n')), lf);
    assert.deepEqual(yamlFindings(lines.join('\r')), lf);
  });

  it('.strategitjek.yaml errors map back the same way', () => {
    const lf = parseConfig('rules:\n  ethics: [x\nlanguage: da\n').problems;
    const crlf = parseConfig('rules:\r\n  ethics: [x\r\nlanguage: da\r\n').problems;
    assert.deepEqual(crlf.map((p) => p.message), lf.map((p) => p.message));
    const lines = new LineIndex('rules:\r\n  ethics: [x\r\nlanguage: da\r\n');
    const lfLines = new LineIndex('rules:\n  ethics: [x\nlanguage: da\n');
    assert.deepEqual(
      crlf.map((p) => [lines.positionAt(p.start), lines.positionAt(p.end)]),
      lf.map((p) => [lfLines.positionAt(p.start), lfLines.positionAt(p.end)]),
    );
  });

  for (const [name, eol] of Object.entries(EOLS)) {
    it(`inserted sections use the document's own line break (${name})`, () => {
      assert.equal(new LineIndex(`a${eol}b${eol}c`).eol, eol);
      const text = ['---', 'titel: S', '---', '# Strategi', '', 'Tekst.', ''].join(eol);
      const fix = lint(text).findings.find((f) => f.ruleId === 'ethics' && f.messageId === 'missing')!.fix!;
      const inserted = fix.edits.map((e) => e.text).join('');
      const others = Object.values(EOLS).filter((other) => other !== eol && !eol.includes(other));
      for (const other of others) assert.ok(!inserted.replaceAll(eol, '').includes(other), `no ${JSON.stringify(other)} in ${JSON.stringify(inserted)}`);
      assert.ok(inserted.includes(`${eol}<!-- strategitjek: ethics -->${eol}`));
    });
  }
});
