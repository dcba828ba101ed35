import assert from 'node:assert/strict';
import { lint } from '../../src/core/lint';

/*
 * The parser guards (brackets, pipes, long paragraphs, nesting, the line
 * budget) defuse the Markdown body; the frontmatter is YAML and is read
 * exactly as written. Before, a frontmatter of more than 64 `key: value`
 * lines was joined into one line by the long-paragraph guard, and the
 * title, the type and every override were lost to YAML errors.
 */
function frontmatterOf(yaml: string) {
  const result = lint(`---\n${yaml}\n---\n\n# Strategi\n\nTekst.\n`);
  return { data: result.document.frontmatter.data, yamlFindings: result.findings.filter((f) => f.ruleId === 'frontmatter-yaml').length };
}

describe('the parser guards leave the frontmatter as written', () => {
  it('more than 64 plain key lines (the long-paragraph guard)', () => {
    const keys = Array.from({ length: 70 }, (_, i) => `noegle${i}: vaerdi`).join('\n');
    const { data, yamlFindings } = frontmatterOf(`titel: Strategi for Aarby\n${keys}`);
    assert.equal(data['titel'], 'Strategi for Aarby');
    assert.equal(Object.keys(data).length, 71);
    assert.equal(yamlFindings, 0);
  });

  it('YAML indented deeper than 16 levels (the nesting guard)', () => {
    const nested = Array.from({ length: 20 }, (_, i) => `${'  '.repeat(i)}n${i}:`).join('\n');
    const { data, yamlFindings } = frontmatterOf(`titel: Strategi\n${nested} dyb`);
    assert.equal(data['titel'], 'Strategi');
    assert.ok('n0' in data);
    assert.equal(yamlFindings, 0);
  });

  it('a value with more than 128 pipes or 32 brackets (the pipe and bracket guards)', () => {
    const { data, yamlFindings } = frontmatterOf(`titel: Strategi\npipes: "${'|'.repeat(200)}"\nbrackets: "${'['.repeat(50)}"`);
    assert.equal(data['pipes'], '|'.repeat(200));
    assert.equal(data['brackets'], '['.repeat(50));
    assert.equal(yamlFindings, 0);
  });
});
