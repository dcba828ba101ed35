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
  // Training both document types takes about three and a half minutes on the project's 2-core machine (the boosted
  // trees of the calibration about one of them); the limit leaves room for a slower machine.
  this.timeout(420000);

  it('are committed as the tuning corpora train them (run npm run train)', () => {
    const trained = trainModels();
    for (const [name, { model, line }] of Object.entries(trained)) {
      console.log(`      ${line}`);
      const committed = readFileSync(join(import.meta.dirname, '..', '..', 'src', 'core', 'catalogue', 'models', `${name}.generated.json`), 'utf8');
      assert.equal(committed, serialiseModel(model), `${name}.generated.json drifted from the corpus`);
    }
  });
});
