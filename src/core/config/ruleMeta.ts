import type { DocumentType } from '../catalogue/catalogues';
import type { ElementId } from '../catalogue/elementTypes';
import type { Localized } from '../i18n/localized';
import type { Severity } from './types';

/*
 * What a rule declares about itself: its id, messages and default
 * severities. It is the surface configuration, schemas and docs are built
 * from, so it lives below the rules: the schemas read it without loading
 * any rule.
 */

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
  /** The document types the rule checks; every type when absent. */
  documentTypes?: readonly DocumentType[];
  messages: Record<string, RuleMessage>;
}
