// The in-editor suite's entry point, loaded by VS Code's extension host as
// `extensionTestsPath`. Both launchers (offline code-server and
// @vscode/test-electron) run this same file.
import Mocha from 'mocha';

export function run(): Promise<void> {
  const mocha = new Mocha({ ui: 'bdd', timeout: 60000, color: false, reporter: SummaryReporter as never });
  // The test files are bundled with this entry; they register their suites
  // when required, after mocha has defined describe/it on the global object.
  mocha.suite.emit('pre-require', globalThis, 'strategitjek-suite', mocha);
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- the suites must register after pre-require, so no static import
  require('./tests');
  return new Promise((resolve, reject) => {
    mocha.run((failures) => (failures > 0 ? reject(new Error(`${failures} in-editor tests failed`)) : resolve()));
  });
}

/** Spec-style lines plus the closing "N passed, N failed" line CI reads. */
class SummaryReporter extends Mocha.reporters.Base {
  constructor(runner: Mocha.Runner, options?: Mocha.MochaOptions) {
    super(runner, options);
    const started = Date.now();
    runner.on('pass', (test) => console.log(`  ✔ ${test.fullTitle()} (${test.duration ?? 0} ms)`));
    runner.on('fail', (test, error) => console.log(`  ✘ ${test.fullTitle()}\n      ${String((error as Error).stack ?? error).split('\n').slice(0, 8).join('\n      ')}`));
    runner.on('pending', (test) => console.log(`  - ${test.fullTitle()} (skipped)`));
    runner.once('end', () => {
      const { passes, failures, pending } = this.stats;
      console.log(`\nin-editor suite: ${((Date.now() - started) / 1000).toFixed(1)} s`);
      console.log(`${passes} passed, ${failures} failed${pending ? `, ${pending} skipped` : ''}`);
    });
  }
}
