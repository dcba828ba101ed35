import { generateDocs } from './docs';
import { generateSchemas } from './schemas';
import { generateSnippets } from './snippets';

/** Every generated file, by path relative to the repository root. */
export function generateArtifacts(): Map<string, string> {
  return new Map([...generateSchemas(), ...generateDocs(), ...generateSnippets()]);
}
