import { isAlias, isMap, isPair, isScalar, parseDocument, type Node as YamlNode, type Pair, type YAMLMap } from 'yaml';
import type { StrategyDocument } from '../model/types';
import type { Frontmatter } from '../parse/frontmatter';
import type { TextEdit } from './types';
import { normaliseLineEndings } from '../text/lineEndings';
import { applyEdits } from './applyEdits';

/*
 * "Turn this rule off for this document" writes `strategitjek: rules: <id>: off`
 * into the frontmatter. The edit is found from the parsed YAML's exact node
 * ranges and touches only what it must: an existing `<id>:` gets its value
 * replaced, a missing key is added in the style of the map it goes into
 * (block lines at the map's indentation, or `key: value, ` inside a flow
 * map's braces). The frontmatter is never re-serialised, so comments, quoting
 * and key order stay as the author wrote them.
 */

interface EditContext {
  text: string;
  frontmatter: Frontmatter;
  eol: string;
}

/**
 * The edit that turns `ruleId` off for this document, or undefined when the
 * frontmatter cannot be edited safely (broken YAML, not a mapping), because
 * an edit there could only make things worse.
 */
export function disableRuleEdit(result: { document: StrategyDocument }, ruleId: string): TextEdit | undefined {
  const { document } = result;
  const frontmatter = document.frontmatter;
  const eol = document.lines.eol;
  const path = ['strategitjek', 'rules', ruleId];
  if (!frontmatter.present) {
    // An unclosed `---` block would swallow a second one: leave that to the author.
    if (frontmatter.problems.length > 0) return undefined;
    return { start: 0, end: 0, text: ['---', ...blockLines(path, 0), '---', '', ''].join(eol) };
  }
  const yaml = frontmatter.document;
  if (!yaml || yaml.errors.length > 0) return undefined;
  const context: EditContext = { text: document.text, frontmatter, eol };
  const fenceStart = closingFenceStart(context);
  let edit: TextEdit | undefined;
  const contents = yaml.contents as YamlNode | null;
  if (contents === null || (isScalar(contents) && contents.value === null)) {
    edit = { start: fenceStart, end: fenceStart, text: blockLines(path, 0).join(eol) + eol };
  } else if (isMap(contents)) {
    edit = editMap(context, contents, path, true);
  }
  return edit && keepsYamlValid(context, edit, fenceStart, path) ? edit : undefined;
}

function editMap(context: EditContext, map: YAMLMap, path: string[], topLevel: boolean): TextEdit | undefined {
  const [key, ...rest] = path;
  const pair = map.items.find((item): item is Pair<YamlNode, YamlNode | null> => isPair(item) && isScalar(item.key) && String(item.key.value) === key);
  if (!pair) return addToMap(context, map, path, topLevel);
  const keyNode = pair.key as YamlNode;
  const value = pair.value as YamlNode | null;
  const keyEnd = at(context, keyNode.range![1]);
  if (rest.length === 0) {
    // A scalar keeps its anchor, tag and trailing comment: only the value changes.
    if (value?.range && (isAlias(value) || (isScalar(value) && value.value !== null))) {
      return { start: at(context, value.range[0]), end: at(context, value.range[1]), text: 'off' };
    }
    return replaceValue(context, keyEnd, value, 'off');
  }
  if (value && isMap(value)) return editMap(context, value, rest, false);
  if ((!value || (isScalar(value) && value.value === null)) && !map.flow) {
    // `strategitjek:` with nothing under it: the missing levels go on the lines below, indented.
    const indent = indentOf(context, at(context, keyNode.range![0]));
    if (indent === undefined) return undefined;
    const lineEnd = lineEndAfter(context, keyEnd);
    return { start: lineEnd, end: lineEnd, text: context.eol + blockLines(rest, indent + 2).join(context.eol) };
  }
  return replaceValue(context, keyEnd, value, flowValue(rest));
}

/** Adds `path` as a new key of `map`: first in a nested block map, last at the top level, first inside flow braces. */
function addToMap(context: EditContext, map: YAMLMap, path: string[], topLevel: boolean): TextEdit | undefined {
  if (map.flow) {
    const open = at(context, map.range![0]);
    if (context.text[open] !== '{') return undefined;
    const entry = `${path[0]}: ${flowValue(path.slice(1))}`;
    return { start: open + 1, end: open + 1, text: map.items.length > 0 ? `${entry}, ` : entry };
  }
  if (topLevel) {
    const fenceStart = closingFenceStart(context);
    return { start: fenceStart, end: fenceStart, text: blockLines(path, 0).join(context.eol) + context.eol };
  }
  const first = map.items[0];
  if (!first || !isPair(first) || !(first.key as YamlNode | null)?.range) return undefined;
  const keyStart = at(context, (first.key as YamlNode).range![0]);
  const indent = indentOf(context, keyStart);
  if (indent === undefined) return undefined;
  // The insertion starts after the existing indentation and ends by repeating it for the old first key.
  const lines = blockLines(path, indent).join(context.eol).slice(indent);
  return { start: keyStart, end: keyStart, text: lines + context.eol + ' '.repeat(indent) };
}

/** Replaces everything from the end of a key to the end of its value with `: <text>`. */
function replaceValue(context: EditContext, keyEnd: number, value: YamlNode | null, text: string): TextEdit {
  let end = keyEnd;
  if (value?.range) {
    // A null value sits just after the colon; a block collection's range runs on to the next line, which stays.
    end = isScalar(value) && value.value === null ? at(context, value.range[0]) : at(context, value.range[1]);
    while (end > keyEnd && /\s/.test(context.text[end - 1])) end--;
  } else if (/^[ \t]*:/.test(context.text.slice(keyEnd))) {
    end = keyEnd + context.text.slice(keyEnd).indexOf(':') + 1;
  }
  return { start: keyEnd, end, text: `: ${text}` };
}

/** `rules:` / `  ethics: off` as lines, the first at `indent` spaces. */
function blockLines(path: string[], indent: number): string[] {
  return path.map((key, i) => `${' '.repeat(indent + 2 * i)}${key}:${i === path.length - 1 ? ' off' : ''}`);
}

/** `{ethics: off}` for the levels below a key that cannot take block lines. */
function flowValue(path: string[]): string {
  return path.reduceRight((inner, key) => `{${key}: ${inner}}`, 'off');
}

function at(context: EditContext, yamlOffset: number): number {
  return context.frontmatter.toDocumentOffset(yamlOffset);
}

/** The spaces before a key, or undefined when something else (`- `, `? `) shares its line. */
function indentOf(context: EditContext, offset: number): number | undefined {
  let start = offset;
  while (start > 0 && context.text[start - 1] !== '\n' && context.text[start - 1] !== '\r') start--;
  const before = context.text.slice(start, offset);
  return /^ *$/.test(before) ? before.length : undefined;
}

function lineEndAfter(context: EditContext, offset: number): number {
  let end = offset;
  while (end < context.text.length && context.text[end] !== '\n' && context.text[end] !== '\r') end++;
  return end;
}

/** Where the closing `---` line starts: new top-level keys go just before it. */
function closingFenceStart(context: EditContext): number {
  let start = context.frontmatter.range.end;
  while (start > 0 && context.text[start - 1] !== '\n' && context.text[start - 1] !== '\r') start--;
  return start;
}

/** The safety net: the edited frontmatter must parse and say `off` where it should. */
function keepsYamlValid(context: EditContext, edit: TextEdit, fenceStart: number, path: string[]): boolean {
  const contentStart = context.frontmatter.present ? context.frontmatter.contentStart : 0;
  // Only the frontmatter is edited and read again: editing the whole text first copied all of it, once per rule with a
  // finding, which on a 1 MB strategy cost more than checking it.
  const yaml = applyEdits(context.text.slice(contentStart, fenceStart), [{ ...edit, start: edit.start - contentStart, end: edit.end - contentStart }]);
  const parsed = parseDocument(normaliseLineEndings(yaml).text, { uniqueKeys: true, logLevel: 'silent' });
  if (parsed.errors.length > 0) return false;
  return parsed.getIn(path) === 'off';
}
