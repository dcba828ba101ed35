import { frontmatterValue } from './frontmatterKeys';
import { readHeadFrontmatter } from './parse/frontmatter';
import { DOCUMENT_TYPES } from './schemas/frontmatterFields';

/**
 * Why a Markdown file is, or is not, taken for a strategy. The CLI (folder
 * scans, `--verbose`) and the editor (which documents get diagnostics) both
 * ask here, so a file is a strategy in one exactly when it is in the other.
 */
type StrategyReason =
  /** Its frontmatter says `dokumenttype: digitaliseringsstrategi` (or `type:`, …). */
  | 'declared'
  /** It matches the configured globs (`strategitjek.files`). */
  | 'configured'
  /** Its title names a digitalisation strategy, plan or ambition. */
  | 'title'
  /** Its file name does. */
  | 'file-name'
  /** It is a readiness report Strategitjek wrote. */
  | 'own-report'
  /** Its frontmatter declares another document type. */
  | 'other-type'
  /** Nothing says it is a strategy. */
  | 'not-a-strategy';

export interface StrategyVerdict {
  strategy: boolean;
  reason: StrategyReason;
}

export interface StrategyQuestion {
  /** The file's path or name; only its last segment is read. */
  path: string;
  /** The start of the text (a few KB are enough: frontmatter and title). */
  head: string;
  /** Whether the file matches the configured globs; the caller matches, because CLI and editor match differently. */
  configured?: boolean;
}

/** A title or file name that names a digitalisation strategy, plan or ambition, in Danish, Norwegian, Swedish or English. */
const STRATEGY_NAME =
  /digitali[sz]\w*[\s_-]*(strategi|plan|ambition|politik)|digital\w*[\s_-]+(strategi|strategy|plan|ambition|agenda)|(it|ikt)[\s_-]*strategi|strategi\w*[\s_-]+for[\s_-]+digitali|min[\s_-]+digitale[\s_-]+ambition|digital[\s_-]+strategy/i;

/** The first lines of a readiness report written by `--format markdown` or the editor. */
const OWN_REPORT = /^\uFEFF?\s*# ((Høringsparathed|Consultation readiness|Ambitionstjek|Ambition check):|(Ledernes digitale ambitioner|The leaders’ digital ambitions)[ \t]*\r?\n)/;

/** The frontmatter of a text's head as data (the parser's reader), or an empty object when there is none or it does not parse. */
export function headFrontmatter(head: string): Record<string, unknown> {
  return readHeadFrontmatter(head).data;
}

/** The document's title: the frontmatter's `titel` (or `title`), else its first level-one heading. */
export function headTitle(head: string, frontmatter = headFrontmatter(head)): string | undefined {
  const titel = frontmatterValue(frontmatter, 'titel');
  if (typeof titel === 'string' && titel.trim()) return titel.trim();
  const body = head.slice(readHeadFrontmatter(head).end);
  const atx = /^ {0,3}#[ \t]+(.+?)[ \t#]*$/m.exec(body);
  return atx?.[1];
}

/**
 * The one rule for "is this a strategy?": our own reports never are; a
 * declared document type decides; then the configured globs; then a title or
 * file name that names a digitalisation strategy. Files named explicitly on
 * the command line or checked by command are checked whatever this says.
 */
export function classifyStrategy(question: StrategyQuestion): StrategyVerdict {
  const { head } = question;
  if (OWN_REPORT.test(head)) return { strategy: false, reason: 'own-report' };
  const frontmatter = headFrontmatter(head);
  const type = frontmatterValue(frontmatter, 'dokumenttype');
  if (typeof type === 'string' && type.trim()) {
    return (DOCUMENT_TYPES as readonly string[]).includes(type.trim().toLowerCase()) || STRATEGY_NAME.test(type)
      ? { strategy: true, reason: 'declared' }
      : { strategy: false, reason: 'other-type' };
  }
  if (question.configured) return { strategy: true, reason: 'configured' };
  const title = headTitle(head, frontmatter);
  if (title && STRATEGY_NAME.test(title)) return { strategy: true, reason: 'title' };
  const name = question.path.split(/[\\/]/).pop() ?? '';
  if (STRATEGY_NAME.test(name)) return { strategy: true, reason: 'file-name' };
  return { strategy: false, reason: 'not-a-strategy' };
}
