// The benchmark for two builds in one run, as the figures of a change are to be recorded:
// the previous build beside the new one, on the same machine at the same time (it drifts).
// Runs scripts/bench/bench.mjs on each in turn (previous first; ROUNDS=2 alternates twice) and
// prints every figure with its ratio to the previous build's.
//   cp -r dist /tmp/previous-dist      # before the change, after `trunk build --release`
//   ... change, trunk build --release ...
//   PREVIOUS=/tmp/previous-dist SERVER_CUSTOMERS=0 node scripts/bench/bench-ab.mjs
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../..');
const PREVIOUS = process.env.PREVIOUS;
if (!PREVIOUS) throw new Error('PREVIOUS=<the previous build\'s dist directory> is needed');
const CURRENT = process.env.DIST ?? join(ROOT, 'dist');
const ROUNDS = Number(process.env.ROUNDS ?? 1);

/** Every number in a bench result, by its path ("firstRow.medianMs"). */
function numbers(value, path = '', out = new Map()) {
  if (typeof value === 'number') out.set(path, value);
  else if (value && typeof value === 'object') for (const [key, inner] of Object.entries(value)) numbers(inner, path ? `${path}.${key}` : key, out);
  return out;
}

const dir = mkdtempSync(join(tmpdir(), 'customer-desk-bench-ab-'));
const runs = { previous: [], current: [] };
try {
  for (let round = 0; round < ROUNDS; round += 1) {
    for (const [name, dist] of [['previous', PREVIOUS], ['current', CURRENT]]) {
      const out = join(dir, `${name}-${round}.json`);
      console.error(`== ${name} build (${dist}), round ${round + 1} of ${ROUNDS}`);
      execFileSync('node', [join(ROOT, 'scripts/bench/bench.mjs')], { stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, DIST: dist, BENCH_JSON: out } });
      runs[name].push(numbers(JSON.parse(readFileSync(out, 'utf8'))));
    }
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}

// The median over rounds of each figure (with one round, the figure itself).
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)];
const figure = (name, path) => median(runs[name].map((run) => run.get(path)).filter((x) => x !== undefined));
console.log('| figure | previous | this build | ratio |\n|---|---:|---:|---:|');
for (const path of runs.current[0].keys()) {
  const [before, after] = [figure('previous', path), figure('current', path)];
  if (before === undefined) continue;
  const ratio = before === 0 ? '' : (after / before).toFixed(3);
  console.log(`| ${path} | ${before} | ${after} | ${ratio} |`);
}
