/**
 * Every rule's id, in the order of `RULES` (findings and docs follow it). A
 * module of its own, without the rules themselves, so that the editor's
 * extension host can check settings against the ids without loading the
 * checker; `rules/index.ts` refuses to load when the two lists differ.
 */
export const RULE_IDS: readonly string[] = [
  'readable-text',
  'frontmatter-yaml',
  'frontmatter-schema',
  'frontmatter-recommended',
  'core-tasks',
  'simplicity',
  'changing-needs',
  'citizen-value',
  'room-to-develop',
  'digital-mindset',
  'strategic-agenda',
  'strategic-agenda-guidance',
  'inclusion',
  'inclusion-guidance',
  'ethics',
  'ethics-guidance',
  'leadership-pipeline',
  'leadership-pipeline-guidance',
  'ambition-coherence',
  'ambition-coherence-guidance',
  'ambition-strategy',
  'ambition-agenda',
  'ambition-agenda-guidance',
  'ambition-goals',
  'ambition-goals-guidance',
  'ambition-approaches',
  'ambition-expectations',
  'ambition-expectations-guidance',
  'ambition-ethics',
  'ambition-ethics-guidance',
];
