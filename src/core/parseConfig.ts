import { sanitizeConfig } from './config/sanitize';
import type { ConfigInput } from './config/types';
import type { Language } from './i18n/localized';
import { coreMessage } from './i18n/messages';
import { locateYamlPath, parseYamlAt, type Frontmatter } from './parse/frontmatter';
import { RULE_IDS } from './rules';
import { validateAgainst } from './schemas/validate';

export interface ConfigProblem {
  message: string;
  start: number;
  end: number;
}

/**
 * Reads `.strategitjek.yaml` text: YAML errors and schema violations come
 * back located; only the valid parts are used. Nothing in it is executed.
 */
export function parseConfig(text: string, language: Language = 'da'): { config: ConfigInput; problems: ConfigProblem[] } {
  const { document, toDocumentOffset } = parseYamlAt(text, 0);
  const problems: ConfigProblem[] = document.errors.map((error) => ({
    message: coreMessage('invalidYaml', language, { reason: error.message.split('\n')[0] }),
    start: toDocumentOffset(error.pos[0]),
    end: toDocumentOffset(error.pos[1]),
  }));
  if (problems.length > 0) return { config: {}, problems };
  let data: unknown;
  try {
    data = document.toJS({ maxAliasCount: 100 }) ?? {};
  } catch (error) {
    return { config: {}, problems: [{ message: String((error as Error).message), start: 0, end: 0 }] };
  }
  // Reuse the frontmatter locator: a config file is a YAML block starting at offset 0.
  const located: Frontmatter = { present: true, range: { start: 0, end: text.length }, contentStart: 0, document, data: {}, problems: [], toDocumentOffset };
  for (const problem of validateAgainst('config', data, language)) {
    const range = locateYamlPath(located, problem.path, { key: problem.atKey }) ?? locateYamlPath(located, problem.path.slice(0, -1), { key: true }) ?? { start: 0, end: 0 };
    problems.push({ message: problem.message, ...range });
  }
  return { config: sanitizeConfig(data, RULE_IDS), problems };
}
