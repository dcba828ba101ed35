// code-server for one run: installs the .vsix when asked, starts the server
// in its own process group on 127.0.0.1 and stops the whole group afterwards.
import { spawn } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import { join } from 'node:path';
import { codeServerBin } from './install.mjs';

/** The arguments every code-server call of a run shares (its own user data, extensions and config). */
function commonArgs(dirs) {
  return ['--user-data-dir', dirs.data, '--extensions-dir', dirs.extensions, '--config', join(dirs.home, 'config.yaml')];
}

export function installExtension({ root, version, node, dirs, env }, vsix) {
  return new Promise((resolveRun, reject) => {
    const args = [codeServerBin(root, version), ...commonArgs(dirs), '--install-extension', vsix];
    const child = spawn(node, args, { env, stdio: 'inherit' });
    child.once('exit', (code) => (code === 0 ? resolveRun() : reject(new Error(`${args.join(' ')} exited with ${code}`))));
  });
}

/** Starts code-server and resolves once it listens; its output goes to `logFile`. */
export async function startCodeServer({ root, version, node, dirs, env }, { port, locale, logFile }, cleanups) {
  const server = spawn(
    node,
    [
      codeServerBin(root, version),
      ...commonArgs(dirs),
      '--auth', 'none',
      '--bind-addr', `127.0.0.1:${port}`,
      '--disable-telemetry',
      '--disable-update-check',
      '--disable-workspace-trust',
      '--locale', locale,
      dirs.workspace,
    ],
    { env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  cleanups.add(() => killGroup(server));
  const log = createWriteStream(logFile);
  server.stdout.pipe(log);
  server.stderr.pipe(log);
  await waitForOutput(server, /HTTP server listening/, 60000);
  return server;
}

function waitForOutput(child, pattern, ms) {
  return new Promise((resolveWait, reject) => {
    let seen = '';
    const timer = setTimeout(() => reject(new Error(`code-server did not start within ${ms / 1000} s`)), ms);
    const onData = (chunk) => {
      seen += chunk.toString();
      if (pattern.test(seen)) {
        clearTimeout(timer);
        child.stdout.off('data', onData);
        child.stderr.off('data', onData);
        resolveWait();
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.once('exit', (code) => reject(new Error(`code-server exited early (${code})`)));
  });
}

/** SIGTERM to the process group, SIGKILL after 5 s. */
function killGroup(child) {
  return new Promise((resolveKill) => {
    if (child.exitCode !== null) return resolveKill();
    const timer = setTimeout(() => {
      try {
        process.kill(-child.pid, 'SIGKILL');
      } catch {
        // already gone
      }
      resolveKill();
    }, 5000);
    child.once('exit', () => {
      clearTimeout(timer);
      resolveKill();
    });
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {
      clearTimeout(timer);
      resolveKill();
    }
  });
}
