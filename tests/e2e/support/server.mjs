// Starts customer-desk-server (the debug build from `cargo build -p customer-desk-server`)
// on a free port with a fresh SQLite file and the release build in dist/.
import { spawn } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createServer } from 'node:net';
import { createInterface } from 'node:readline';

const ROOT = resolve(import.meta.dirname, '../../..');
export const SERVER_BIN = process.env.CUSTOMER_DESK_SERVER ?? join(ROOT, 'target/debug/customer-desk-server');
export const DIST = join(ROOT, 'dist');

/**
 * @param {object} [options]
 * @param {object} [options.config]  written to a file and served as /config.json
 * @param {string[]} [options.args]  further command-line options
 * @param {number} [options.port]  the port to listen on (a free one by default)
 * @param {string} [options.dir]  keep the database here (and leave it on stop), so a
 *   restarted server finds the same customers and sessions
 * @param {string} [options.dist]  the built app to serve (dist/, or E2E_DIST)
 */
export async function startServer({ config, args = [], port = 0, dir: keptDir, dist = process.env.E2E_DIST ?? DIST } = {}) {
  const dir = keptDir ?? (await mkdtemp(join(tmpdir(), 'customer-desk-e2e-')));
  const argv = ['--addr', `127.0.0.1:${port}`, '--dist', dist, '--db', join(dir, 'customers.sqlite3'), ...args];
  if (config) {
    const path = join(dir, 'config.json');
    await writeFile(path, JSON.stringify(config));
    argv.push('--config', path);
  }
  const child = spawn(SERVER_BIN, argv, {
    stdio: ['ignore', 'pipe', 'inherit'],
    env: { ...process.env, RUST_LOG: process.env.RUST_LOG ?? 'warn,customer_desk_server=info' },
  });
  const url = await new Promise((resolvePromise, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error('customer-desk-server did not start within 30 s'));
    }, 30_000);
    child.once('exit', (code) => reject(new Error(`customer-desk-server exited with ${code}`)));
    createInterface({ input: child.stdout }).on('line', (line) => {
      const match = line.match(/listening on (http:\/\/\S+)/);
      if (match) {
        clearTimeout(timer);
        resolvePromise(match[1]);
      }
    });
  });
  return {
    url,
    async stop() {
      if (child.exitCode === null) {
        const exited = new Promise((done) => child.once('exit', done));
        child.kill('SIGTERM');
        await exited;
      }
      if (!keptDir) await rm(dir, { recursive: true, force: true });
    },
  };
}

/** A port nothing listens on now, for a server that must be named before it starts. */
export async function freePort() {
  const probe = createServer();
  await new Promise((done) => probe.listen(0, '127.0.0.1', done));
  const { port } = probe.address();
  await new Promise((done) => probe.close(done));
  return port;
}
