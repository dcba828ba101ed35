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

const argv = process.argv.slice(2);
if (argv.length === 1 && (argv[0] === '--version' || argv[0] === '-v')) process.stdout.write(`${version}\n`);
// eslint-disable-next-line @typescript-eslint/no-require-imports -- the launcher loads its sibling CommonJS bundle, as explained above.
else void (require(MAIN_BUNDLE) as { runProcess: typeof runProcess }).runProcess();
