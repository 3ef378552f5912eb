// An admin portal on a second origin that embeds the app with docs/embed-host.html, as the
// docs tell portals to (docs/user-guide.md, embedding): it serves the host page at /portal and, like a real portal's
// backend, a fresh POS token for its user at /session/pos-token.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { issueToken } from './session.mjs';

const HOST_PAGE = new URL('../../../docs/embed-host.html', import.meta.url);

/**
 * @param {() => string} appUrl  the app's origin (asked per request: it may start later)
 * @param {(appUrl: string, user: string) => Promise<string>} issue  how the portal's backend
 *   gets a POS token for its user (PORTOS's sign-in by default)
 * @returns {Promise<{origin: string, pages: Map<string, string>, tokens: {user: string | null, issued: number}, close: () => Promise<void>}>}
 *   `pages` maps further paths to HTML; `tokens.user` is who the portal's session is for
 *   (`null`: nobody, and /session/pos-token answers 401); `tokens.issued` counts hand-overs.
 */
export async function startPortal(appUrl, issue = issueToken) {
  const pages = new Map();
  const tokens = { user: 'admin', issued: 0 };
  const server = createServer(async (request, response) => {
    const path = new URL(request.url, 'http://x').pathname;
    if (path === '/favicon.ico') return response.writeHead(204).end();
    if (path === '/session/pos-token') {
      if (!tokens.user) return response.writeHead(401).end();
      tokens.issued += 1;
      response.writeHead(200, { 'content-type': 'text/plain' });
      return response.end(await issue(appUrl(), tokens.user));
    }
    const body = path === '/portal' ? await hostPage(appUrl()) : pages.get(path);
    response.writeHead(body ? 200 : 404, { 'content-type': 'text/html; charset=utf-8' });
    response.end(body ?? 'not found');
  });
  await new Promise((done) => server.listen(0, '127.0.0.1', done));
  return {
    origin: `http://127.0.0.1:${server.address().port}`,
    pages,
    tokens,
    close: () => new Promise((done) => server.close(done)),
  };
}

/** The host page as docs/embed-host.html has it, embedding the app at `appUrl`. */
export async function hostPage(appUrl) {
  return (await readFile(HOST_PAGE, 'utf8')).replaceAll('__APP_URL__', appUrl);
}

/** A portal page that never answers the app (no session for the user there). */
export async function silentHostPage(appUrl) {
  const quiet = (await hostPage(appUrl)).replace(/if \(event\.data\?\.type === 'customer-desk:ready'[^)]*\)/, 'if (false)');
  if (!quiet.includes('if (false)')) throw new Error('embed-host.html no longer has the answer this test silences');
  return quiet;
}
