import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { lint } from '../../src/core/lint';
import { buildDocument } from '../../src/core/model/buildDocument';
import { budgetLines } from '../../src/core/parse/lineBudget';
import { parseMarkdown } from '../../src/core/parse/markdown';

/*
 * The line budget skips floods of very short lines, which cost the parser
 * per line (a megabyte of empty lines took 12 s, of one-character list items
 * 46 s), and must leave every real document exactly as it is.
 */
const example = readFileSync(new URL('../../examples/aarby-digitaliseringsstrategi.md', import.meta.url), 'utf8');
const body = example.split('\n---\n').slice(1).join('\n---\n');

function repeatedTo(size: number, start: string, part: string): string {
  return start + part.repeat(Math.ceil((size - start.length) / part.length));
}

describe('line budget', () => {
  it('leaves a 3.5 MB strategy, the same hard-wrapped, and a list of a thousand items untouched', () => {
    assert.deepEqual(budgetLines(repeatedTo(3_500_000, example, `\n${body}`)).skipped, []);
    const wrapped = body.replace(/(.{1,50})(\s|$)/g, '$1\n');
    assert.deepEqual(budgetLines(repeatedTo(3_500_000, example, `\n${wrapped}`)).skipped, []);
    const list = Array.from({ length: 1000 }, (_, i) => `- System nummer ${i} i kommunens portefølje`).join('\n');
    assert.deepEqual(budgetLines(`# Bilag\n\n${list}\n`).skipped, []);
  });

  it('skips most of a flood of empty lines and keeps the text after it', () => {
    const text = `# X\n${'\n'.repeat(200_000)}Afsnittet efter de tomme linjer.\n`;
    const budgeted = budgetLines(text);
    assert.equal(budgeted.text.length, text.length);
    const skipped = budgeted.skipped.reduce((sum, run) => sum + run.end - run.start, 0);
    assert.ok(skipped > 0.9 * 200_000, `${skipped} of 200000 skipped`);
    // The parser sees each skipped run as one blank line: the paragraph after the flood is still a paragraph.
    const tree = parseMarkdown(budgeted.text);
    assert.deepEqual(
      tree.children.map((node) => node.type),
      ['heading', 'paragraph'],
    );
  });

  it('never touches the frontmatter, however many short lines it has', () => {
    const frontmatter = `---\n${Array.from({ length: 3000 }, (_, i) => `k${i}: 1`).join('\n')}\n---\n`;
    const document = buildDocument(`${frontmatter}# X\n\n${'- x\n'.repeat(3000)}`);
    assert.ok(document.skippedShortLines.length > 0);
    assert.ok(document.skippedShortLines.every((run) => run.start >= frontmatter.length));
    // Read exactly as written: every key, no problem.
    assert.equal(Object.keys(document.frontmatter.data).length, 3000);
    assert.deepEqual(document.frontmatter.problems, []);
  });

  it('does not end a skipped run inside a code fence it did not start in, so code never leaks into the text after', () => {
    // The flood opens a fence near its end; the closing fence comes after plenty of text.
    // Short lines right after the flood may be skipped with it; a line of real text is not.
    const text = `# X\n\n${'- x\n'.repeat(3000)}\`\`\`\ncode\n\`\`\`\n\n## Hvad vi gør efter listen\n\nTekst.\n`;
    const document = buildDocument(text);
    assert.deepEqual(
      document.sections.map((section) => section.text),
      ['X', 'Hvad vi gør efter listen'],
    );
    assert.ok(document.skippedShortLines.length > 0);
  });

  it('reads CRLF and lone CR line breaks as line breaks, and skips the same lines as with LF', () => {
    const skippedLines = (text: string) => {
      const lines = text.split(/\r\n|\r|\n/);
      const starts: number[] = [];
      let offset = 0;
      for (const line of lines) {
        starts.push(offset);
        offset += line.length + (text.startsWith('\r\n', offset + line.length) ? 2 : 1);
      }
      return budgetLines(text).skipped.map((run) => [starts.findIndex((start) => start >= run.start), starts.filter((start) => start <= run.end).length - 1]);
    };
    const flood = (lineBreak: string) => `# X${lineBreak}${lineBreak}${`- x${lineBreak}`.repeat(3000)}Tekst efter listen.${lineBreak}`;
    const lf = skippedLines(flood('\n'));
    assert.ok(lf.length > 0);
    for (const lineBreak of ['\r\n', '\r']) assert.deepEqual(skippedLines(flood(lineBreak)), lf, JSON.stringify(lineBreak));
  });

  it('is reported once, at the first skipped line, with the number of lines skipped', () => {
    const findings = lint(`# Punkter\n\nEn liste med alt for mange punkter på et ord, som kommunen har skrevet.\n\n${'- punkt\n'.repeat(3000)}`).findings.filter((f) => f.messageId === 'too-dense');
    assert.equal(findings.length, 1);
    assert.equal(findings[0].ruleId, 'readable-text');
    assert.ok(Number(findings[0].data?.count) > 2000);
  });
});
