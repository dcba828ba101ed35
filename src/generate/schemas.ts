import { getConfigSchema, getFrontmatterSchema } from '../core/rules';

export function generateSchemas(): Map<string, string> {
  return new Map([
    ['schemas/frontmatter.schema.json', JSON.stringify(getFrontmatterSchema(), null, 2) + '\n'],
    ['schemas/config.schema.json', JSON.stringify(getConfigSchema(), null, 2) + '\n'],
  ]);
}
