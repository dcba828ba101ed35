import { setFlagsFromString } from 'node:v8';
import { version } from '../../package.json';
import type { runProcess } from './main';

/*
 * The command's entry (dist/cli.cjs), a few hundred bytes: `strategitjek
 * --version` answers without loading anything else. Every other command
 * loads the command line proper (dist/cliMain.cjs: the checker, the
 * formatters, the file search), a separate bundle, so that the version does
 * not wait for 1.7 MB of JavaScript to be read. It is loaded with require,
 * not import(): through import() Node first scans the whole CommonJS bundle
 * for its export names, about 75 ms of a small check.
 */
const MAIN_BUNDLE = './cliMain.cjs';

/*
 * A check is a short process: it runs each function of the parser and the
 * recognition a few thousand times and exits. V8's default is to hand a
 * function to its optimising compiler after a small budget of work, and on
 * a short run that compiling (on background threads, but paid in CPU) costs
 * more than it saves: a quarter of the process's CPU time at 350 KB. With a
 * budget fifteen times the default only the truly hot loops are optimised,
 * with the same output (bench/bench.ts measures both). The flag is set before
 * the main bundle is loaded and affects this process only; the extension,
 * which shares its process with other extensions, does not set it.
 */
const OPTIMISE_AFTER_BYTECODE_BUDGET = 2_000_000;

const argv = process.argv.slice(2);
if (argv.length === 1 && (argv[0] === '--version' || argv[0] === '-v')) process.stdout.write(`${version}\n`);
else {
  setFlagsFromString(`--interrupt-budget=${OPTIMISE_AFTER_BYTECODE_BUDGET}`);
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- the launcher loads its sibling CommonJS bundle, as explained above.
  void (require(MAIN_BUNDLE) as { runProcess: typeof runProcess }).runProcess();
}
