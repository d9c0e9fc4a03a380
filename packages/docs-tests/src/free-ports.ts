/**
 * Waiting for fixed ports to be free. The seed's snippets listen on fixed ports (1234, 8080), and
 * so do other packages' tests of the same snippets, which turbo may run at the same time.
 *
 * @module
 */

import { createServer } from "node:net";
import { setTimeout as sleep } from "node:timers/promises";

function isFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = createServer();
    probe.once("error", () => resolve(false));
    probe.listen({ host: "127.0.0.1", port, exclusive: true }, () => probe.close(() => resolve(true)));
  });
}

/** Waits until every port of `ports` can be listened on (at most `timeoutMs`); answers whether they can. */
export async function waitForFreePorts(ports: readonly number[], timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const free = await Promise.all(ports.map(isFree));
    if (free.every(Boolean)) return true;
    if (Date.now() > deadline) return false;
    await sleep(250);
  }
}
