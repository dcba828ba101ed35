// `npm run test:fuzz`: the property suite with many more runs than `npm test`
// gives it, and a new seed each time unless STRATEGITJEK_FUZZ_SEED is set.
// The seed is printed first, so a failure can be replayed exactly.
import { spawnSync } from 'node:child_process';

const seed = process.env.STRATEGITJEK_FUZZ_SEED ?? String(Math.floor(Math.random() * 2 ** 31));
const runs = process.env.STRATEGITJEK_FUZZ_RUNS ?? '1000';
console.log(`fuzzing with STRATEGITJEK_FUZZ_SEED=${seed} STRATEGITJEK_FUZZ_RUNS=${runs}`);
const result = spawnSync('npx', ['mocha', '--no-config', '--node-option', 'import=tsx', '--timeout', '0', 'test/properties/**/*.test.ts'], {
  stdio: 'inherit',
  env: { ...process.env, STRATEGITJEK_FUZZ_SEED: seed, STRATEGITJEK_FUZZ_RUNS: runs },
  shell: process.platform === 'win32',
});
process.exit(result.status ?? 1);
