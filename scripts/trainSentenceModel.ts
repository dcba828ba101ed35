import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { serialiseModel, trainModels } from '../test/corpus/sentenceModelTraining';

/*
 * `npm run train`: trains the sentence models from the tuning corpora and
 * writes them to src/core/catalogue/models/, printing each one's
 * cross-validated agreement, overall and per element. `--dry-run` prints
 * without writing.
 */
for (const [name, trained] of Object.entries(trainModels())) {
  console.log(trained.line);
  console.log(trained.table);
  if (!process.argv.includes('--dry-run')) writeFileSync(join(import.meta.dirname, '..', 'src', 'core', 'catalogue', 'models', `${name}.generated.json`), serialiseModel(trained.model));
}
