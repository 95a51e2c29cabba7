// Starts a real VS Code (code-server 4.100.3) isolated in a temporary folder,
// and stops it as a process group so no file watcher outlives a test run.
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, mkdirSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { repoPath } from '../support/paths';

export const CODE_SERVER = repoPath('.e2e-cache', 'code-server', 'node_modules', '.bin', 'code-server');

export interface RunningCodeServer {
  url: string;
  host: string;
  home: string;
  userDataDir: string;
  extensionsDir: string;
  stop(): void;
  log(): string;
}

function isolatedEnv(home: string): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const name of ['XDG_CONFIG_HOME', 'XDG_DATA_HOME', 'XDG_CACHE_HOME', 'XDG_STATE_HOME', 'TMPDIR']) {
    env[name] = join(home, name.toLowerCase());
    mkdirSync(env[name]!, { recursive: true });
  }
  return env;
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

/** Installs a packaged extension into a fresh extensions folder. */
export function installExtension(home: string, vsix: string): { userDataDir: string; extensionsDir: string } {
  const userDataDir = join(home, 'user-data');
  const extensionsDir = join(home, 'extensions');
  const result = spawnSync(CODE_SERVER, ['--user-data-dir', userDataDir, '--extensions-dir', extensionsDir, '--install-extension', vsix], {
    env: isolatedEnv(home),
    encoding: 'utf8',
    timeout: 120_000,
  });
  if (result.status !== 0) throw new Error(`installing ${vsix} failed:\n${result.stdout}\n${result.stderr}`);
  return { userDataDir, extensionsDir };
}

export function newHome(): string {
  return mkdtempSync(join(tmpdir(), 'policy-review-e2e-'));
}

/** Starts code-server on a free port, opening `folder`; resolves once it answers HTTP. */
export async function startCodeServer(
  home: string,
  folder: string,
  dirs?: { userDataDir: string; extensionsDir: string },
  extraEnv: NodeJS.ProcessEnv = {},
): Promise<RunningCodeServer> {
  const port = await freePort();
  const userDataDir = dirs?.userDataDir ?? join(home, 'user-data');
  const extensionsDir = dirs?.extensionsDir ?? join(home, 'extensions');
  const host = `127.0.0.1:${port}`;
  let output = '';
  const child: ChildProcess = spawn(
    CODE_SERVER,
    [
      '--bind-addr', host, '--auth', 'none', '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust',
      '--disable-getting-started-override', '--user-data-dir', userDataDir, '--extensions-dir', extensionsDir, folder,
    ],
    { env: { ...isolatedEnv(home), ...extraEnv }, detached: true, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  child.stdout?.on('data', (d) => (output += d));
  child.stderr?.on('data', (d) => (output += d));
  const stop = () => {
    try {
      if (child.pid) process.kill(-child.pid, 'SIGKILL');
    } catch {
      // already gone
    }
  };
  const deadline = Date.now() + 30_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`code-server exited (${child.exitCode}):\n${output}`);
    try {
      const response = await fetch(`http://${host}/healthz`);
      if (response.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      stop();
      throw new Error(`code-server did not answer within 30 s:\n${output}`);
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  return { url: `http://${host}`, host, home, userDataDir, extensionsDir, stop, log: () => output };
}
