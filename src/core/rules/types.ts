import type { ElementId } from '../catalogue/elementTypes';
import type { RuleMeta } from '../config/ruleMeta';
import type { ResolvedConfig, Severity } from '../config/types';
import type { Fix } from '../fix/types';
import type { StrategyDocument, TextRange } from '../model/types';
import type { Recognition } from '../recognition/recognise';
import type { StrategyLink } from '../recognition/strategyLink';

interface RelatedLocation {
  range: TextRange;
  message: string;
}

interface ReportDescriptor {
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
  /** For a document that answers to another (an ambition's `strategi:`): what it refers to there. */
  link?: StrategyLink;
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
  /** The values the message was rendered with (ESLint's `data`): what tests assert beside the message id. */
  data?: Record<string, string | number>;
  fix?: Fix;
  related?: RelatedLocation[];
}
