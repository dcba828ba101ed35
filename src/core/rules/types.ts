import type { ElementId } from '../catalogue/elementTypes';
import type { ResolvedConfig, Severity } from '../config/types';
import type { Localized } from '../i18n/localized';
import type { StrategyDocument, TextRange } from '../model/types';
import type { Recognition } from '../recognition/recognise';

/** One replacement of the checked text; `start === end` inserts. */
export interface TextEdit {
  start: number;
  end: number;
  text: string;
}

/** A fix is data: minimal edits against the text that was checked. */
export interface Fix {
  title: string;
  edits: TextEdit[];
}

export interface RelatedLocation {
  range: TextRange;
  message: string;
}

/** A message a rule can report, ESLint style: an id, its text and default severity. */
export interface RuleMessage {
  text: Localized;
  severity: Severity;
}

export interface RuleMeta {
  /** Equals the file name, the config key, the diagnostic code and the docs page. */
  id: string;
  description: Localized;
  /** What the rule looks for and how, for its docs page. */
  details: Localized;
  /** Columns it draws on (numbers in the column catalogue), the primary one first. */
  columns: number[];
  fixable: boolean;
  /** The element the rule judges, if it judges one. */
  element?: ElementId;
  messages: Record<string, RuleMessage>;
}

export interface ReportDescriptor {
  messageId: string;
  range: TextRange;
  values?: Record<string, string | number>;
  /** Overrides the rule's columns for this finding (sub-checks cite their own). */
  columns?: number[];
  fix?: Fix;
  related?: RelatedLocation[];
}

export interface RuleContext {
  document: StrategyDocument;
  recognition: Recognition;
  config: ResolvedConfig;
  /** The frontmatter JSON Schema, built from the rule metadata. */
  frontmatterSchema: Record<string, unknown>;
  report(descriptor: ReportDescriptor): void;
}

export interface Rule {
  meta: RuleMeta;
  check(context: RuleContext): void;
}

/** A finding with everything an adapter needs, positions as offsets. */
export interface Finding {
  ruleId: string;
  messageId: string;
  severity: Severity;
  message: string;
  range: TextRange;
  element: ElementId | null;
  columns: number[];
  fix?: Fix;
  related?: RelatedLocation[];
}
