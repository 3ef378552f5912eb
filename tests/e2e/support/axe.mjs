// axe-core in the page under test: WCAG 2.x A and AA rules (2.0, 2.1, 2.2), run against
// the live DOM. The source is injected with page.evaluate rather than a <script> element,
// so the app's strict Content-Security-Policy (script-src 'self' 'wasm-unsafe-eval' and
// a hash) stays on: Playwright's evaluate runs through the DevTools protocol, which CSP
// does not govern, and nothing else in the page is allowed to run inline script.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const AXE_SOURCE = await readFile(require.resolve('axe-core/axe.min.js'), 'utf8');

export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const FAILING = new Set(['serious', 'critical']);

/**
 * Runs axe on `page` (a Page or a Frame) and returns every violation as
 * `{id, impact, help, helpUrl, targets: [{target, summary}]}`.
 */
export async function axeViolations(page, { include, exclude } = {}) {
  const loaded = await page.evaluate(() => typeof window.axe === 'object');
  if (!loaded) await page.evaluate(AXE_SOURCE);
  const context = include || exclude ? { include: include ?? [['html']], exclude: exclude ?? [] } : null;
  const results = await page.evaluate(
    async ([tags, context]) => {
      const outcome = await window.axe.run(context ?? document, {
        runOnly: { type: 'tag', values: tags },
        resultTypes: ['violations'],
      });
      return outcome.violations.map((v) => ({
        id: v.id,
        impact: v.impact,
        help: v.help,
        helpUrl: v.helpUrl,
        targets: v.nodes.map((n) => ({ target: n.target.join(' '), summary: n.failureSummary })),
      }));
    },
    [WCAG_TAGS, context],
  );
  return results;
}

/** One line per node: "rule (impact) target: help". */
export function describeViolations(violations) {
  return violations
    .flatMap((v) => v.targets.map((t) => `${v.id} (${v.impact}) ${t.target}: ${v.help}\n    ${(t.summary ?? '').replaceAll('\n', '\n    ')}`))
    .join('\n');
}

/**
 * Fails (throws) on any serious or critical violation, naming rule, impact, target and
 * help; lesser ones are returned so a caller can report them.
 */
export async function expectNoSeriousViolations(page, label, options) {
  const violations = await axeViolations(page, options);
  const serious = violations.filter((v) => FAILING.has(v.impact));
  if (serious.length > 0) {
    throw new Error(`axe: ${serious.length} serious or critical violation(s) in ${label}:\n${describeViolations(serious)}`);
  }
  return violations;
}
