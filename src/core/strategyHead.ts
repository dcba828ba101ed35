/**
 * How much of a file `classifyStrategy` needs to see: the frontmatter and the
 * title. A module of its own, so the editor can cut a document's head at
 * activation without loading the YAML parser that reads it.
 */
export const STRATEGY_HEAD_LENGTH = 8192;
