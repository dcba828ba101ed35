import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { serialiseModel, trainModels } from '../corpus/sentenceModelTraining';

/*
 * The committed sentence models are what the tuning corpora give: change a
 * label or add a tuning document, and `npm run train` must be run (and its
 * cross-validated figures looked at) before the change lands.
 */
describe('trained sentence models', function () {
  // Retraining both document types takes close to seven minutes on the project's two-core machine, so the limit leaves room for a slower one.
  this.timeout(900000);

  it('are committed as the tuning corpora train them (run npm run train)', () => {
    const trained = trainModels();
    for (const [name, { model, line }] of Object.entries(trained)) {
      console.log(`      ${line}`);
      const committed = readFileSync(join(import.meta.dirname, '..', '..', 'src', 'core', 'catalogue', 'models', `${name}.generated.json`), 'utf8');
      assert.equal(committed, serialiseModel(model), `${name}.generated.json drifted from the corpus`);
    }
  });
});
