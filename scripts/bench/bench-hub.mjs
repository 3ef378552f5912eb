// The notification hub's fan-out benchmark (a benchmark, not a test: it prints figures
// and checks nothing). Against the release server it opens CONNECTIONS hub connections
// the way the app does (negotiate, WebSocket with the token in its URL, handshake,
// Subscribe), then makes WRITES customer writes from another session and records, for
// every connection and event:
//   - fan-out: the event's `ca` (stamped when the server publishes it) to its arrival;
//   - write to event: just before the HTTP write is sent to the event's arrival (the
//     write's own SQLite transaction included).
// Prints one JSON object and a Markdown table. Run through scripts/bench/bench.sh, or alone
// after `cargo build --profile server-release -p customer-desk-server`:
//   node --experimental-websocket scripts/bench/bench-hub.mjs
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';

if (typeof WebSocket === 'undefined') {
  // Node 20 keeps its WebSocket client behind a flag.
  const run = spawnSync(process.execPath, ['--experimental-websocket', '--no-warnings', ...process.argv.slice(1)], { stdio: 'inherit' });
  process.exit(run.status ?? 1);
}

const ROOT = resolve(import.meta.dirname, '../..');
const SERVER = process.env.CUSTOMER_DESK_SERVER ?? join(ROOT, 'target/server-release/customer-desk-server');
const CONNECTIONS = Number(process.env.CONNECTIONS ?? 200);
const WRITES = Number(process.env.WRITES ?? 50);
const RS = '\u001e';

const percentile = (xs, p) => [...xs].sort((a, b) => a - b)[Math.max(0, Math.ceil(xs.length * p) - 1)];
const round = (x) => Number(x.toFixed(1));
const progress = (...parts) => console.error('  ·', ...parts);

async function startServer() {
  const dir = mkdtempSync(join(tmpdir(), 'customer-desk-hub-bench-'));
  const child = spawn(SERVER, ['--addr', '127.0.0.1:0', '--db', join(dir, 'bench.sqlite3')], {
    stdio: ['ignore', 'pipe', 'inherit'],
    env: { ...process.env, RUST_LOG: "warn,customer_desk_server=info" },
  });
  const url = await new Promise((done, fail) => {
    child.once('exit', (code) => fail(new Error(`server exited with ${code}`)));
    createInterface({ input: child.stdout }).on('line', (line) => {
      const match = line.match(/listening on (http:\/\/\S+)/);
      if (match) done(match[1]);
    });
  });
  return { url, pid: child.pid, stop: () => { child.kill(); rmSync(dir, { recursive: true, force: true }); } };
}

async function token(url, user) {
  const response = await fetch(`${url}/api/auth`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ userName: user, password: user, deviceName: 'hub-bench' }),
  });
  return (await response.json()).tokenId;
}

/** One subscribed connection; `arrivals` gets [event id, arrival ms, ca ms] per event. */
async function connect(url, accessToken, arrivals) {
  const negotiated = await (await fetch(`${url}/signalr/v1/mainHub/negotiate?negotiateVersion=1`, {
    method: 'POST',
    headers: { authorization: `Bearer ${accessToken}` },
  })).json();
  const socketUrl = `${url.replace('http://', 'ws://')}/signalr/v1/mainHub?id=${negotiated.connectionToken}&access_token=${accessToken}`;
  const socket = new WebSocket(socketUrl);
  await new Promise((done, fail) => {
    socket.onerror = () => fail(new Error('a hub socket failed'));
    socket.onopen = () => socket.send(`{"protocol":"json","version":1}${RS}`);
    socket.onmessage = (message) => {
      for (const record of String(message.data).split(RS).filter(Boolean)) {
        const parsed = JSON.parse(record);
        if (parsed.type === undefined) {
          socket.send(JSON.stringify({ type: 1, invocationId: '1', target: 'Subscribe', arguments: [{ resources: ['Customer'] }] }) + RS);
        } else if (parsed.type === 3) {
          done();
        } else if (parsed.type === 1 && parsed.target === 'OnEvent') {
          const now = Date.now();
          const event = parsed.arguments[0];
          // `ca` has nanoseconds; Date reads milliseconds.
          const ca = Date.parse(event.ca.replace(/(\.\d{3})\d*/, '$1'));
          arrivals.push([event.p.resource.id, now, ca]);
        }
      }
    };
  });
  return socket;
}

function rssMiB(pid) {
  const status = spawnSync('ps', ['-o', 'rss=', '-p', String(pid)], { encoding: 'utf8' });
  return round(Number(status.stdout.trim()) / 1024);
}

const server = await startServer();
try {
  const listenerToken = await token(server.url, 'admin');
  const writerToken = await token(server.url, 'clerk');
  const arrivals = [];
  const idleRss = rssMiB(server.pid);
  progress(`opening ${CONNECTIONS} connections`);
  const opened = Date.now();
  const sockets = [];
  for (let i = 0; i < CONNECTIONS; i += 1) sockets.push(await connect(server.url, listenerToken, arrivals));
  const openMs = Date.now() - opened;
  const connectedRss = rssMiB(server.pid);

  progress(`${WRITES} writes, one every 100 ms`);
  const sentAt = new Map();
  for (let i = 0; i < WRITES; i += 1) {
    const started = Date.now();
    const response = await fetch(`${server.url}/api/customers`, {
      method: 'POST',
      headers: { authorization: `Bearer ${writerToken}`, 'content-type': 'application/json' },
      body: JSON.stringify({ firstName: 'Fan', lastName: `Out ${i}` }),
    });
    sentAt.set((await response.json()).id, started);
    await new Promise((done) => setTimeout(done, 100));
  }
  const expected = CONNECTIONS * WRITES;
  const deadline = Date.now() + 10_000;
  while (arrivals.length < expected && Date.now() < deadline) await new Promise((done) => setTimeout(done, 50));

  const fanOut = arrivals.map(([, arrived, ca]) => arrived - ca);
  const writeToEvent = arrivals.map(([id, arrived]) => arrived - sentAt.get(id));
  const figures = {
    connections: CONNECTIONS,
    writes: WRITES,
    eventsExpected: expected,
    eventsReceived: arrivals.length,
    openAllMs: openMs,
    fanOutMs: { p50: percentile(fanOut, 0.5), p99: percentile(fanOut, 0.99), max: Math.max(...fanOut) },
    writeToEventMs: { p50: percentile(writeToEvent, 0.5), p99: percentile(writeToEvent, 0.99), max: Math.max(...writeToEvent) },
    serverRssMiB: { idle: idleRss, connected: connectedRss },
  };
  console.log(JSON.stringify(figures, null, 2));
  console.log(`
| Hub (release server, ${CONNECTIONS} connections, ${WRITES} writes) | p50 | p99 | max |
| --- | --- | --- | --- |
| publish to arrival (fan-out), ms | ${figures.fanOutMs.p50} | ${figures.fanOutMs.p99} | ${figures.fanOutMs.max} |
| write sent to arrival, ms | ${figures.writeToEventMs.p50} | ${figures.writeToEventMs.p99} | ${figures.writeToEventMs.max} |

Events received: ${arrivals.length} of ${expected}; all ${CONNECTIONS} connections opened in ${openMs} ms; server RSS ${idleRss} MiB idle, ${connectedRss} MiB connected.`);
  for (const socket of sockets) socket.close();
} finally {
  server.stop();
}
