// The network of a page's service workers, through Chromium's DevTools protocol: Playwright
// shows a page's own requests, not those its worker makes on its behalf. Used by the
// browser tests and by the slow-network benchmark (scripts/bench/throttled.mjs).

/**
 * Calls `onEvent(sessionId, method, params)` for each Network event of the workers that
 * `cdp` (a page's session) starts from now on; `conditions`, if given, are the
 * `Network.emulateNetworkConditions` each worker is throttled with, like the page.
 */
export async function watchWorkerNetwork(cdp, onEvent, conditions) {
  // The worker's session speaks through the page's (Playwright's sessions send no session ids).
  let id = 0;
  const toWorker = (sessionId, method, params = {}) =>
    cdp.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id: (id += 1), method, params }) });
  cdp.on('Target.attachedToTarget', async ({ sessionId, targetInfo, waitingForDebugger }) => {
    if (targetInfo.type === 'service_worker') {
      await toWorker(sessionId, 'Network.enable');
      if (conditions) await toWorker(sessionId, 'Network.emulateNetworkConditions', conditions);
    }
    if (waitingForDebugger) await toWorker(sessionId, 'Runtime.runIfWaitingForDebugger');
  });
  cdp.on('Target.receivedMessageFromTarget', ({ sessionId, message }) => {
    const { method, params } = JSON.parse(message);
    if (method?.startsWith('Network.')) onEvent(sessionId, method, params);
  });
  await cdp.send('Target.setAutoAttach', { autoAttach: true, waitForDebuggerOnStart: true, flatten: false });
}
