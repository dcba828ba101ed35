import { generateDocs } from './docs';
import { generateSchemas } from './schemas';
import { generateSnippets } from './snippets';
import { generateValidators, generateValidatorTypes, VALIDATOR_TYPES_PATH, VALIDATORS_PATH } from './validators';

/** Every generated file, by path relative to the repository root. */
export function generateArtifacts(): Map<string, string> {
  return new Map([...generateSchemas(), ...generateDocs(), ...generateSnippets(), [VALIDATORS_PATH, generateValidators()], [VALIDATOR_TYPES_PATH, generateValidatorTypes()]]);
}
