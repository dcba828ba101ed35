import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { codeCacheOf, loadBundle, prepareShortRun } from '../../src/cli/codeCache';
import type { cli } from '../../src/cli/main';
import { ROOT } from '../helpers/cli';

// The build writes V8's code cache of the command line beside it; the launcher must be able to use it, or every
// check silently compiles 2.5 MB of JavaScript again.
describe('the command line’s code cache', () => {
  const bundle = join(ROOT, 'dist', 'cliMain.cjs');

  it('is written by the build and taken by V8 under the launcher’s flags, and the bundle it loads checks as the command does', async () => {
    assert.ok(existsSync(codeCacheOf(bundle)), 'npm run build writes dist/cliMain.cjs.cache');
    prepareShortRun();
    const loaded = loadBundle<{ cli: typeof cli }>(bundle);
    assert.equal(loaded.cacheAccepted, true);
    let out = '';
    const code = await loaded.exports.cli(['--version'], { stdout: (text) => (out += text), stderr: () => {}, env: {}, isTTY: false });
    assert.equal(code, 0);
    assert.match(out, /^\d+\.\d+\.\d+\n$/);
  });
});
