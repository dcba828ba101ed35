// Loaded by mocha (`require` in test/mocha/*.json) after tsx: every TypeScript file of src/ and test/ is
// compiled in one esbuild pass instead of one file at a time, which on a fresh machine (no tsx cache)
// took two of the unit suite's ten seconds. tsx still resolves imports; see hooks.mjs.
import { register } from 'node:module';

process.setSourceMapsEnabled(true);
register('./hooks.mjs', import.meta.url);
