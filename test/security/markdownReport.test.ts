import assert from 'node:assert/strict';
import type { Nodes } from 'mdast';
import { defaultConfig } from '../../src/core/config/types';
import { lint } from '../../src/core/lint';
import { parseMarkdown } from '../../src/core/parse/markdown';
import { toFileReport } from '../../src/core/report';
import { codeSpan, formatMarkdown } from '../../src/formatters/markdown';
import { reportMeta } from '../../src/formatters/meta';

function report(text: string, path: string): string {
  const result = lint(text);
  return formatMarkdown([{ report: toFileReport(result, path), meta: reportMeta(result.document.frontmatter.data) }], { config: defaultConfig() });
}

function nodesOf(markdown: string): Nodes[] {
  const all: Nodes[] = [];
  const pending: Nodes[] = [parseMarkdown(markdown)];
  while (pending.length > 0) {
    const node = pending.pop()!;
    all.push(node);
    if ('children' in node) pending.push(...(node.children as Nodes[]));
  }
  return all;
}

function headings(markdown: string): string[] {
  return nodesOf(markdown)
    .filter((node) => node.type === 'heading')
    .map((node) => (node.position ? markdown.slice(node.position.start.offset, node.position.end.offset) : ''));
}

describe('the readiness report escapes names and titles (issue 9, item 9)', () => {
  it('a file name with a line break stays inside its code span', () => {
    const output = report('# S\n', 'a\n# Ondt\n`b`.md');
    assert.equal(output.split('\n')[2], '- **Fil:** ``a\\n# Ondt\\n`b`.md``');
    assert.deepEqual(headings(output).filter((h) => h.includes('Ondt')), ['# Høringsparathed: a \\# Ondt \\`b\\`.md']);
    const spans = nodesOf(output).filter((node) => node.type === 'inlineCode').map((node) => (node as { value: string }).value);
    assert.ok(spans.includes('a\\n# Ondt\\n`b`.md'), JSON.stringify(spans));
  });

  it('a lone \\r in a title does not start a new line in the report', () => {
    const output = report('---\ntitel: "Strategi\\r# Ondt\\r<img src=x onerror=alert(1)>"\n---\n# S\n', 's.md');
    assert.equal(output.split('\n')[0], '# Høringsparathed: Strategi \\# Ondt \\<img src=x onerror=alert(1)\\>');
    assert.ok(!output.includes('\r'));
    assert.deepEqual(nodesOf(output).filter((node) => node.type === 'html'), []);
  });

  it('code spans pick a fence longer than any backquote run in the name', () => {
    assert.equal(codeSpan('plain.md'), '`plain.md`');
    assert.equal(codeSpan('a`b.md'), '``a`b.md``');
    assert.equal(codeSpan('`x`'), '`` `x` ``');
    assert.equal(codeSpan('tab\there\r.md'), '`tab\\there\\r.md`');
  });
});
