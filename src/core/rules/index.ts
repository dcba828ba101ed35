import ambitionAgenda from './ambition-agenda';
import ambitionAgendaGuidance from './ambition-agenda-guidance';
import ambitionApproaches from './ambition-approaches';
import ambitionCoherence from './ambition-coherence';
import ambitionCoherenceGuidance from './ambition-coherence-guidance';
import ambitionEthics from './ambition-ethics';
import ambitionEthicsGuidance from './ambition-ethics-guidance';
import ambitionExpectations from './ambition-expectations';
import ambitionExpectationsGuidance from './ambition-expectations-guidance';
import ambitionGoals from './ambition-goals';
import ambitionGoalsGuidance from './ambition-goals-guidance';
import ambitionStrategy from './ambition-strategy';
import changingNeeds from './changing-needs';
import citizenValue from './citizen-value';
import coreTasks from './core-tasks';
import digitalMindset from './digital-mindset';
import ethics from './ethics';
import ethicsGuidance from './ethics-guidance';
import frontmatterRecommended from './frontmatter-recommended';
import frontmatterSchema from './frontmatter-schema';
import frontmatterYaml from './frontmatter-yaml';
import inclusion from './inclusion';
import inclusionGuidance from './inclusion-guidance';
import leadershipPipeline from './leadership-pipeline';
import leadershipPipelineGuidance from './leadership-pipeline-guidance';
import readableText from './readable-text';
import roomToDevelop from './room-to-develop';
import simplicity from './simplicity';
import strategicAgenda from './strategic-agenda';
import strategicAgendaGuidance from './strategic-agenda-guidance';
import { buildConfigSchema, buildFrontmatterSchema } from '../schemas/buildSchemas';
import type { DocumentType } from '../catalogue/catalogues';
import { RULE_IDS } from './ruleIds';
import type { Rule } from './types';

/** Every rule, in the order findings are produced and documented. */
export const RULES: readonly Rule[] = [
  readableText,
  frontmatterYaml,
  frontmatterSchema,
  frontmatterRecommended,
  coreTasks,
  simplicity,
  changingNeeds,
  citizenValue,
  roomToDevelop,
  digitalMindset,
  strategicAgenda,
  strategicAgendaGuidance,
  inclusion,
  inclusionGuidance,
  ethics,
  ethicsGuidance,
  leadershipPipeline,
  leadershipPipelineGuidance,
  ambitionCoherence,
  ambitionCoherenceGuidance,
  ambitionStrategy,
  ambitionAgenda,
  ambitionAgendaGuidance,
  ambitionGoals,
  ambitionGoalsGuidance,
  ambitionApproaches,
  ambitionExpectations,
  ambitionExpectationsGuidance,
  ambitionEthics,
  ambitionEthicsGuidance,
];

export { RULE_IDS };

// The ids are listed once more, without the rules, for the extension host (ruleIds.ts); they must not drift.
if (RULES.map((rule) => rule.meta.id).join() !== RULE_IDS.join()) throw new Error('src/core/rules/ruleIds.ts does not list the rules of src/core/rules/index.ts in order');

/** The rules that check a document of this type: its catalogue's and the document-level ones. */
export function rulesFor(type: DocumentType): readonly Rule[] {
  return RULES.filter((rule) => !rule.meta.documentTypes || rule.meta.documentTypes.includes(type));
}

export function ruleById(id: string): Rule | undefined {
  return RULES.find((rule) => rule.meta.id === id);
}

let frontmatterJsonSchema: Record<string, unknown> | undefined;
let configJsonSchema: Record<string, unknown> | undefined;

/** The frontmatter JSON Schema, built from the rule metadata once. */
export function getFrontmatterSchema(): Record<string, unknown> {
  frontmatterJsonSchema ??= buildFrontmatterSchema(RULES.map((rule) => rule.meta));
  return frontmatterJsonSchema;
}

/** The `.strategitjek.yaml` JSON Schema, built from the rule metadata once. */
export function getConfigSchema(): Record<string, unknown> {
  configJsonSchema ??= buildConfigSchema(RULES.map((rule) => rule.meta));
  return configJsonSchema;
}
