import type { ElementId } from '../catalogue/elementTypes';
import type { Language } from '../i18n/localized';
import type { Section, StrategyDocument } from '../model/types';
import type { Recognition } from '../recognition/recognise';
import type { TextEdit } from './types';
import { insertionPoint, insertSectionEdit, placeSection } from './insertionPoint';
import { sectionMarkdown } from './sectionTemplate';

export { disableRuleEdit } from './disableRule';

/*
 * Edits the editor offers beside the rules' own fixes. Each is minimal:
 * lines are inserted, nothing already written is rewritten.
 */

/**
 * What inserting every missing section reads: the document, the verdicts,
 * the language and which elements were reported missing (a rule turned off
 * gets no section). A lint result has all of it.
 */
export interface MissingSectionsInput {
  document: StrategyDocument;
  recognition: Recognition;
  config: { language: Language };
  findings: ReadonlyArray<{ ruleId: string; messageId: string }>;
}

/** Every missing section at once; sections that belong at the same place are joined in catalogue order. */
export function fixAllMissing(result: MissingSectionsInput): TextEdit[] {
  const { document, recognition, config } = result;
  const eol = document.lines.eol;
  const groups = new Map<number, { level: number; ids: ElementId[] }>();
  for (const id of recognition.catalogue.ids) {
    if (recognition.verdicts.get(id)?.status !== 'missing') continue;
    if (!result.findings.some((f) => f.ruleId === id && f.messageId === 'missing')) continue;
    const point = insertionPoint(document, recognition, id);
    // Offsets inside an unclosed trailing fence all become the end of the text: one group, one closing fence.
    const offset = placeSection(document, point.offset, eol).offset;
    const group = groups.get(offset) ?? { level: point.level, ids: [] };
    group.ids.push(id);
    groups.set(offset, group);
  }
  return [...groups].map(([offset, { level, ids }]) => {
    const markdown = ids.map((id) => sectionMarkdown(id, level, config.language, eol)).join(eol);
    return insertSectionEdit(document, offset, markdown, eol);
  });
}

/**
 * Inserts `<!-- strategitjek: id -->` on the line after a section's heading. A run-in heading's paragraph
 * goes on after the bold phrase, so there the marker goes after the whole paragraph, never into it.
 */
export function markSectionEdit(document: StrategyDocument, section: Section, id: ElementId): TextEdit {
  const lines = document.lines;
  const eol = lines.eol;
  const first = section.blocks[0];
  const runIn = section.kind === 'pseudo' && first && lines.positionAt(first.range.start).line === lines.positionAt(section.headingRange.end).line;
  const headingEndLine = lines.positionAt(runIn ? first.range.end : section.headingRange.end).line;
  const at = lines.lineEnd(headingEndLine);
  return { start: at, end: at, text: `${eol}${eol}<!-- strategitjek: ${id} -->` };
}
