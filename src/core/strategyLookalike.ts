import { classifyStrategy, headTitle, type StrategyQuestion } from './strategyRule';

/** Words in a title or file name that suggest a strategy-like document the rule does not take for one. */
const STRATEGY_WORDS = /strategi|strategy|handle?plan|handlingsplan|ambition|digitali[sz]/i;

/** Headings that speak of digitalisation, technology or data. */
const DIGITAL_HEADING = /^ {0,3}#{1,6}[ \t]+.*(digital|teknologi|technolog|data|it-|kunstig intelligens|\bai\b)/gim;

/**
 * Whether a Markdown file that is not taken for a strategy (`classifyStrategy`
 * says `not-a-strategy`) still looks like one: a title or file name with a
 * strategy word, or at least two headings about digitalisation. The editor
 * then offers, once and quietly, to check it as a strategy; nothing is
 * checked until the user says so. Declared other document types and
 * Strategitjek's own reports never look like one.
 */
export function looksLikeStrategy(question: StrategyQuestion): boolean {
  if (classifyStrategy(question).reason !== 'not-a-strategy') return false;
  const title = headTitle(question.head) ?? '';
  const name = question.path.split(/[\\/]/).pop() ?? '';
  if (STRATEGY_WORDS.test(title) || STRATEGY_WORDS.test(name.replace(/\.(md|markdown)$/i, ''))) return true;
  return (question.head.match(DIGITAL_HEADING) ?? []).length >= 2;
}

/** An edit at an offset: the core's shape for fixes. */
interface InsertEdit {
  start: number;
  end: number;
  text: string;
}

/** A frontmatter block's opening line, when the block is closed. */
const OPENING = /^(\uFEFF?)---[ \t]*(\r?\n)(?=[\s\S]*?\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$))/;

/**
 * The edit that declares a document a strategy: `dokumenttype:
 * digitaliseringsstrategi` as the frontmatter's first key, or a new
 * frontmatter holding only that key. Nothing else in the text changes.
 */
export function declareStrategyEdit(text: string): InsertEdit {
  const line = 'dokumenttype: digitaliseringsstrategi';
  const opening = OPENING.exec(text);
  if (opening) {
    const at = opening[0].length;
    return { start: at, end: at, text: `${line}${opening[2]}` };
  }
  const eol = /\r\n/.test(text) ? '\r\n' : '\n';
  const bom = text.startsWith('\uFEFF') ? 1 : 0;
  return { start: bom, end: bom, text: `---${eol}${line}${eol}---${eol}${eol}` };
}
