import assert from 'node:assert/strict';
import type { Nodes } from 'mdast';
import fc from 'fast-check';
import { parseDocument } from 'yaml';
import { defaultConfig } from '../../src/core/config/types';
import { applyEdits } from '../../src/core/fix/applyEdits';
import { disableRuleEdit, fixAllMissing, markSectionEdit } from '../../src/core/fix/documentEdits';
import { lint, type LintResult } from '../../src/core/lint';
import { parseMarkdown } from '../../src/core/parse/markdown';
import { toFileReport } from '../../src/core/report';
import { formatJson } from '../../src/formatters/json';
import { formatMarkdown } from '../../src/formatters/markdown';
import { reportMeta } from '../../src/formatters/meta';
import { formatSarif } from '../../src/formatters/sarif';
import { anyDocument, documentLines, joinLines } from './generators';
import { runsFor } from './settings';

const DOCS = defaultConfig().docsUrl;

function summary(result: LintResult) {
  return toFileReport(result, 's.md').findings.map((f) => [f.ruleId, f.severity, f.message, f.line, f.column, f.endLine, f.endColumn]);
}

/** The frontmatter's YAML errors in a text, or undefined without a closed frontmatter block. */
function yamlErrors(text: string): number | undefined {
  // An empty frontmatter (`---` right after `---`) has no line break before its closing fence.
  const match = /^\uFEFF?---[ \t]*(?:\r\n|\r|\n)(?:([\s\S]*?)(?:\r\n|\r|\n))??---[ \t]*(?:\r\n|\r|\n|$)/.exec(text);
  if (!match) return undefined;
  return parseDocument((match[1] ?? '').replace(/\r\n?/g, '\n'), { uniqueKeys: true, logLevel: 'silent' }).errors.length;
}

describe('properties over generated and mutated strategies', function () {
  this.timeout(120000);

  it('never throws; every finding lies inside the document with start ≤ end', () => {
    fc.assert(
      fc.property(anyDocument, (text) => {
        const result = lint(text);
        for (const finding of result.findings) {
          assert.ok(finding.range.start >= 0 && finding.range.start <= finding.range.end && finding.range.end <= result.text.length, JSON.stringify(finding.range));
          for (const edit of finding.fix?.edits ?? []) assert.ok(edit.start >= 0 && edit.start <= edit.end && edit.end <= result.text.length);
        }
      }),
      runsFor(60),
    );
  });

  it('is deterministic', () => {
    fc.assert(
      fc.property(anyDocument, (text) => {
        assert.deepEqual(summary(lint(text)), summary(lint(text)));
      }),
      runsFor(25),
    );
  });

  it('CRLF and CR give the same findings as LF', () => {
    fc.assert(
      fc.property(documentLines, (lines) => {
        const lf = summary(lint(joinLines(lines, '\n')));
        assert.deepEqual(summary(lint(joinLines(lines, '\r\n'))), lf);
        assert.deepEqual(summary(lint(joinLines(lines, '\r'))), lf);
      }),
      runsFor(30),
    );
  });

  it('each fix alone removes its finding and changes nothing outside its range', () => {
    fc.assert(
      fc.property(anyDocument, (text) => {
        const result = lint(text);
        for (const finding of result.findings.filter((f) => f.fix)) {
          const edits = finding.fix!.edits;
          const fixed = applyEdits(result.text, edits);
          const start = Math.min(...edits.map((e) => e.start));
          const end = Math.max(...edits.map((e) => e.end));
          assert.equal(fixed.slice(0, start), result.text.slice(0, start));
          assert.equal(fixed.slice(fixed.length - (result.text.length - end)), result.text.slice(end));
          const again = lint(fixed).findings.filter((f) => f.ruleId === finding.ruleId && f.messageId === finding.messageId);
          assert.deepEqual(again.map((f) => f.message), [], `${finding.ruleId}/${finding.messageId} is still reported`);
        }
      }),
      runsFor(20),
    );
  });

  it('"insert all" is idempotent', () => {
    fc.assert(
      fc.property(anyDocument, (text) => {
        const first = lint(text);
        const once = applyEdits(first.text, fixAllMissing(first));
        assert.deepEqual(fixAllMissing(lint(once)), []);
      }),
      runsFor(20),
    );
  });

  it('"turn off" and "mark" keep the frontmatter valid YAML', () => {
    fc.assert(
      fc.property(anyDocument, fc.nat(), (text, pick) => {
        const result = lint(text);
        const before = yamlErrors(result.text);
        for (const ruleId of [...new Set(result.findings.map((f) => f.ruleId))].slice(0, 3)) {
          const edit = disableRuleEdit(result, ruleId);
          if (!edit) continue;
          const fixed = applyEdits(result.text, [edit]);
          assert.equal(yamlErrors(fixed), 0, `turning ${ruleId} off broke the YAML`);
          assert.deepEqual(lint(fixed).findings.filter((f) => f.ruleId === ruleId).map((f) => f.message), [], `${ruleId} is still reported`);
        }
        const sections = result.document.sections;
        if (sections.length > 0) {
          const marked = applyEdits(result.text, [markSectionEdit(result.document, sections[pick % sections.length], 'ethics')]);
          assert.equal(yamlErrors(marked), before);
        }
      }),
      runsFor(20),
    );
  });

  it('reports stay inert: no raw HTML from the document, no link the document chose', () => {
    fc.assert(
      fc.property(anyDocument, (text) => {
        const result = lint(text);
        const files = [{ report: toFileReport(result, 'mappe/s\n<b>.md'), meta: reportMeta(result.document.frontmatter.data) }];
        const options = { config: defaultConfig() };
        const markdown = formatMarkdown(files, options);
        const pending: Nodes[] = [parseMarkdown(markdown)];
        while (pending.length > 0) {
          const node = pending.pop()!;
          assert.notEqual(node.type, 'html', `raw HTML in the report: ${'value' in node ? String(node.value) : ''}`);
          if (node.type === 'link' || node.type === 'image') assert.ok(node.url.startsWith(DOCS), `link to ${node.url}`);
          if (node.type === 'definition') assert.fail(`link definition to ${node.url}`);
          if ('children' in node) pending.push(...(node.children as Nodes[]));
        }
        const sarif = JSON.parse(formatSarif(files, options));
        for (const rule of sarif.runs[0].tool.driver.rules) assert.ok(rule.helpUri.startsWith(DOCS));
        assert.equal(JSON.parse(formatJson(files, options)).files.length, 1);
      }),
      runsFor(20),
    );
  });
});
