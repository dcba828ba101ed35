import { getConfigSchema } from '../core/config/parseConfig';
import { getFrontmatterSchema } from '../core/lint';

export function generateSchemas(): Map<string, string> {
  return new Map([
    ['schemas/frontmatter.schema.json', JSON.stringify(getFrontmatterSchema(), null, 2) + '\n'],
    ['schemas/config.schema.json', JSON.stringify(getConfigSchema(), null, 2) + '\n'],
  ]);
}
