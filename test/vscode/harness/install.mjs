// Installs code-server (VS Code Server from npm) into .vscode-test/, offline
// except for the npm registry, idempotently. Each workaround below answers a
// step that fails on a closed machine as root:
//  - code-server's postinstall refuses root without unsafe-perm;
//  - @vscode/ripgrep downloads rg from GitHub unless its cache already holds
//    the tarball, so Debian's /usr/bin/rg is packed into that cache first;
//  - node-pty runs `npx node-gyp`, which needs npm_config_yes without a TTY;
//  - npm 11 skips dependency install scripts unless they are approved.
// Usage: node test/vscode/harness/install.mjs [code-server version] [node binary]
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const RIPGREP = {
  '4.100.3': { pkg: '1.15.11', rg: 'v13.0.0-10' },
  '4.117.0': { pkg: '1.17.1', rg: 'v15.0.1' },
};

export function codeServerDir(root, version) {
  return resolve(root, '.vscode-test', `code-server-${version}`);
}

export function codeServerBin(root, version) {
  return join(codeServerDir(root, version), 'node_modules', 'code-server', 'out', 'node', 'entry.js');
}

export function install(root, version = '4.100.3', nodeBinary = process.execPath) {
  const dir = codeServerDir(root, version);
  const marker = join(dir, '.installed');
  if (existsSync(marker)) return dir;
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'code-server-host', private: true }));
  const tmp = mkdtempSync(join(tmpdir(), 'code-server-install-'));
  const rg = RIPGREP[version];
  if (rg) {
    if (!existsSync('/usr/bin/rg')) throw new Error('Debian ripgrep is needed: apt-get install ripgrep');
    const cache = join(tmp, `vscode-ripgrep-cache-${rg.pkg}`);
    const stage = join(tmp, 'rg-stage');
    mkdirSync(cache, { recursive: true });
    mkdirSync(stage, { recursive: true });
    copyFileSync('/usr/bin/rg', join(stage, 'rg'));
    execFileSync('tar', ['-czf', join(cache, `ripgrep-${rg.rg}-x86_64-unknown-linux-musl.tar.gz`), '-C', stage, 'rg']);
  }
  // Under `npm test`, the outer npm's variables (npm_*, NODE) would make the
  // inner install and code-server's postinstall use the outer Node; drop them.
  const inherited = Object.fromEntries(Object.entries(process.env).filter(([key]) => !/^(npm_|node$|init_cwd$)/i.test(key)));
  const env = {
    ...inherited,
    TMPDIR: tmp,
    npm_config_unsafe_perm: 'true',
    npm_config_yes: 'true',
    // npm 11 blocks dependency install scripts unless approved; this throwaway
    // folder exists only to run code-server, whose postinstall must run.
    npm_config_dangerously_allow_all_scripts: 'true',
    npm_config_audit: 'false',
    npm_config_fund: 'false',
    PATH: `${resolve(nodeBinary, '..')}:${process.env.PATH}`,
  };
  // npm itself runs on the chosen Node, so code-server's version check and
  // node-gyp see the Node that will run code-server.
  const npmCli = realpathSync(execFileSync('which', ['npm'], { encoding: 'utf8' }).trim());
  const npm = spawnSync(nodeBinary, [npmCli, 'install', '--no-save', '--foreground-scripts=false', `code-server@${version}`], { cwd: dir, env, stdio: 'inherit' });
  rmSync(tmp, { recursive: true, force: true });
  if (npm.status !== 0) throw new Error(`npm install code-server@${version} failed (${npm.status})`);
  if (!existsSync(codeServerBin(root, version))) throw new Error('code-server installed without its entry point');
  writeFileSync(marker, new Date().toISOString());
  return dir;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const started = Date.now();
  const dir = install(process.cwd(), process.argv[2], process.argv[3]);
  console.log(`code-server ready in ${dir} (${((Date.now() - started) / 1000).toFixed(0)} s)`);
}
