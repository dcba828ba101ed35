import { join } from 'node:path';
import { version } from '../../package.json';
import { loadBundle, prepareShortRun } from './codeCache';
import type { runProcess } from './main';

/*
 * The command's entry (dist/cli.cjs), a few kilobytes: `strategitjek
 * --version` answers without loading anything else. Every other command
 * loads the command line proper (dist/cliMain.cjs: the checker, the
 * formatters, the file search), a separate bundle, so that the version does
 * not wait for 2.5 MB of JavaScript to be read. It is loaded as CommonJS
 * with V8's code cache (`loadBundle`), not through import(): through import()
 * Node first scans the whole bundle for its export names, about 75 ms of a
 * small check.
 */
const MAIN_BUNDLE = 'cliMain.cjs';

const argv = process.argv.slice(2);
if (argv.length === 1 && (argv[0] === '--version' || argv[0] === '-v')) process.stdout.write(`${version}\n`);
else {
  prepareShortRun();
  void loadBundle<{ runProcess: typeof runProcess }>(join(__dirname, MAIN_BUNDLE)).exports.runProcess();
}
