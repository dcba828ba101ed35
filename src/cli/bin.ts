import { version } from '../../package.json';
import type { runProcess } from './main';

/*
 * The command's entry (dist/cli.cjs), a few hundred bytes: `strategitjek
 * --version` answers without loading anything else. Every other command
 * loads the command line proper (dist/cliMain.cjs: the checker, the
 * formatters, the file search), a separate bundle, so that the version does
 * not wait for 1.7 MB of JavaScript to be read.
 */
const MAIN_BUNDLE = './cliMain.cjs';

const argv = process.argv.slice(2);
if (argv.length === 1 && (argv[0] === '--version' || argv[0] === '-v')) process.stdout.write(`${version}\n`);
else void import(MAIN_BUNDLE).then((main: { runProcess: typeof runProcess }) => main.runProcess());
