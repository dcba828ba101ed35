import { catalogueOf, STRATEGY_CATALOGUE, type Catalogue } from './catalogue/catalogues';
import { sanitizeOverrides } from './config/sanitize';
import { defaultConfig, mergeConfig, type ConfigInput, type ResolvedConfig, type SeveritySetting } from './config/types';
import { resolveLanguage } from './i18n/language';
import { localize } from './i18n/localized';
import { buildDocument, type DocumentCache } from './model/buildDocument';
import type { StrategyDocument } from './model/types';
import { missingVerdict, recognise, type Recognition } from './recognition/recognise';
import { linkToStrategy, type LinkedStrategy, type StrategyLink } from './recognition/strategyLink';
import { DEFAULT_THRESHOLDS } from './config/types';
import { RULE_IDS, RULES, rulesFor } from './rules';
import type { Finding, Rule, RuleContext } from './rules/types';
import { isBinary } from './text/binary';
import { coreMessage } from './i18n/messages';
import { MAX_TEXT_LENGTH } from './text/limits';

export { MAX_TEXT_LENGTH };

export interface LintOptions {
  /** Settings from a config file or an editor, already merged or as written. */
  config?: ResolvedConfig | ConfigInput;
  /** What `createLinter` keeps between checks of one document (parsed chapters, block figures). */
  cache?: DocumentCache;
  /**
   * The strategy an ambition answers to, as the adapter found it (its
   * `strategi:` path, or the strategy the CLI was given beside it). The core
   * never reads files; without this, coherence is judged on the text alone.
   */
  strategy?: LinkedStrategy;
}

export interface LintResult {
  /** The text positions refer to (a leading byte order mark removed). */
  text: string;
  document: StrategyDocument;
  recognition: Recognition;
  /** The configuration in force, frontmatter overrides included. */
  config: ResolvedConfig;
  findings: Finding[];
  /** What the document refers to in the strategy it answers to, when one was given. */
  link?: StrategyLink;
}

function isResolved(config: ResolvedConfig | ConfigInput | undefined): config is ResolvedConfig {
  return !!config && 'thresholds' in config && 'docsUrl' in config && typeof (config as ResolvedConfig).thresholds.presentMinWords === 'number';
}

/** Resolves the severity a message is reported at, or `off`. */
function severityFor(rule: Rule, messageId: string, config: ResolvedConfig): SeveritySetting {
  const setting = config.rules[rule.meta.id];
  if (typeof setting === 'string') return setting;
  if (setting && setting[messageId]) return setting[messageId]!;
  return rule.meta.messages[messageId]?.severity ?? 'error';
}

/**
 * The core pipeline: text → document model → recognition → rules → findings.
 * Pure: no file system, no editor. Never throws on any input; a rule that
 * fails is reported as a finding of that rule.
 */
export function lint(input: string, options: LintOptions = {}): LintResult {
  const base = isResolved(options.config) ? options.config : mergeConfig(defaultConfig(), options.config);
  if (isBinary(input)) return unreadableResult(input, base, 'binary');
  if (input.length > MAX_TEXT_LENGTH) {
    const values = { size: (input.length / 1048576).toFixed(1), limit: MAX_TEXT_LENGTH / 1048576 };
    return unreadableResult(input, base, 'too-large', values);
  }

  const document = buildDocument(input, options.cache);
  const override = sanitizeOverrides(document.frontmatter.data['strategitjek'], RULE_IDS);
  const config = mergeConfig(base, override);
  config.language = resolveLanguage(config.explicitLanguage, document.frontmatter.data);
  const catalogue = catalogueOf(document);
  applyTypeThresholds(config, catalogue);
  const link = catalogue.linkKey && options.strategy ? strategyLink(document, options.strategy, base) : undefined;
  // An ambition that refers to its strategy's focus areas names something shared by doing so.
  const recognition = recognise(document, config, catalogue, undefined, (link?.connected.length ?? 0) > 0);
  const findings: Finding[] = [];

  for (const rule of rulesFor(catalogue.type)) {
    const setting = config.rules[rule.meta.id];
    if (setting === 'off') continue;
    const context: RuleContext = {
      document,
      recognition,
      config,
      link,
      report(descriptor) {
        const severity = severityFor(rule, descriptor.messageId, config);
        if (severity === 'off') return;
        const message = rule.meta.messages[descriptor.messageId];
        findings.push({
          ruleId: rule.meta.id,
          messageId: descriptor.messageId,
          severity,
          message: message ? localize(message.text, config.language, descriptor.values) : descriptor.messageId,
          range: descriptor.range,
          element: rule.meta.element ?? null,
          columns: descriptor.columns ?? rule.meta.columns,
          data: descriptor.values,
          fix: descriptor.fix,
          related: descriptor.related,
        });
      },
    };
    try {
      rule.check(context);
    } catch (error) {
      findings.push({
        ruleId: rule.meta.id,
        messageId: 'internal-error',
        severity: 'error',
        message: coreMessage('internalError', config.language, { rule: rule.meta.id, reason: (error as Error).message }),
        range: { start: 0, end: 0 },
        element: rule.meta.element ?? null,
        columns: [],
      });
    }
  }
  // Document order, then the registry's rule order: stable and readable.
  findings.sort((a, b) => a.range.start - b.range.start || RULE_IDS.indexOf(a.ruleId) - RULE_IDS.indexOf(b.ruleId));
  return { text: document.text, document, recognition, config, findings, link };
}

/**
 * A document type's own defaults for the length thresholds (an ambition's
 * answers are a few sentences each); a threshold the user set stays.
 */
function applyTypeThresholds(config: ResolvedConfig, catalogue: Catalogue): void {
  for (const [key, value] of Object.entries(catalogue.thresholds) as Array<[keyof typeof DEFAULT_THRESHOLDS, number]>) {
    if (config.thresholds[key] === DEFAULT_THRESHOLDS[key]) config.thresholds[key] = value;
  }
}

/** Reads the strategy an ambition answers to, as the strategy catalogue sees it, and what the ambition refers to there. */
function strategyLink(document: StrategyDocument, strategy: LinkedStrategy, config: ResolvedConfig): StrategyLink {
  if ('problem' in strategy) return { path: strategy.path, problem: strategy.problem, connected: [], candidates: 0, examples: [] };
  const strategyDocument = buildDocument(isBinary(strategy.text) ? '' : strategy.text.slice(0, MAX_TEXT_LENGTH));
  return linkToStrategy(document, strategy.path, strategyDocument, recognise(strategyDocument, config));
}

function unreadableResult(input: string, config: ResolvedConfig, messageId: 'binary' | 'too-large', values: Record<string, string | number> = {}): LintResult {
  const document = buildDocument('');
  const recognition: Recognition = {
    verdicts: new Map(STRATEGY_CATALOGUE.ids.map((id) => [id, missingVerdict(id)])),
    sectionElements: new Map(),
    readable: true,
    catalogue: STRATEGY_CATALOGUE,
  };
  const rule = RULES.find((r) => r.meta.id === 'readable-text')!;
  const findings: Finding[] = [
    {
      ruleId: 'readable-text',
      messageId,
      severity: 'error',
      message: localize(rule.meta.messages[messageId].text, config.language, values),
      range: { start: 0, end: 0 },
      element: null,
      columns: [],
    },
  ];
  return { text: input, document, recognition, config, findings };
}
