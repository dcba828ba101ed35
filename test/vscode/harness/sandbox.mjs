// Throwaway state for one in-editor run: a temporary home, user data,
// extensions and a copy of the fixture workspace the tests may edit, and the
// clean-up steps that remove them (and stop every process the run started).
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Clean-up steps, run last first; best effort, so one failure leaves no process behind. */
export function createCleanups() {
  const steps = [];
  const run = async () => {
    while (steps.length > 0) {
      try {
        await steps.pop()();
      } catch {
        // Best effort: the remaining steps still run.
      }
    }
  };
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => run().then(() => process.exit(130)));
  return { add: (step) => steps.push(step), run };
}

/** Folders, settings and environment for one run; `language` is the strategitjek.language setting (unset: auto). */
export function makeSandbox(root, { language }, cleanups) {
  const sandbox = mkdtempSync(join(tmpdir(), 'strategitjek-vscode-'));
  cleanups.add(() => rmSync(sandbox, { recursive: true, force: true }));
  const dirs = Object.fromEntries(['home', 'data', 'extensions', 'tmp', 'workspace', 'ui'].map((name) => [name, join(sandbox, name)]));
  for (const dir of Object.values(dirs)) mkdirSync(dir, { recursive: true });
  cpSync(join(root, 'test', 'vscode', 'workspace'), dirs.workspace, { recursive: true });
  const settings = {
    'workbench.startupEditor': 'none',
    'security.workspace.trust.enabled': false,
    'extensions.autoUpdate': false,
    'telemetry.telemetryLevel': 'off',
  };
  if (language) settings['strategitjek.language'] = language;
  mkdirSync(join(dirs.data, 'User'), { recursive: true });
  writeFileSync(join(dirs.data, 'User', 'settings.json'), JSON.stringify(settings, null, 2));
  writeFileSync(join(dirs.home, 'config.yaml'), 'auth: none\n');
  const env = {
    ...process.env,
    HOME: dirs.home,
    XDG_CONFIG_HOME: join(dirs.home, '.config'),
    XDG_DATA_HOME: join(dirs.home, '.local', 'share'),
    XDG_CACHE_HOME: join(dirs.home, '.cache'),
    TMPDIR: dirs.tmp,
    EXTENSIONS_GALLERY: '{}',
    STRATEGITJEK_UI_DIR: dirs.ui,
  };
  return { dirs, env };
}

/** A TCP port nobody listens on, on 127.0.0.1. */
export function freePort() {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolvePort(port));
    });
  });
}
