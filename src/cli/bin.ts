import pkg from '../../package.json';

/*
 * The command's entry (dist/cli.cjs): `strategitjek --version` answers
 * before the checker, the formatters and the file search are loaded; every
 * other command loads them (`main.ts`) on first use.
 */
const argv = process.argv.slice(2);
if (argv.length === 1 && (argv[0] === '--version' || argv[0] === '-v')) process.stdout.write(`${pkg.version}\n`);
else void import('./main').then(({ runProcess }) => runProcess());
