/**
 * Loopback ports for the examples: a free one for a server the harness tells the program about,
 * and a check that a fixed port (the seed's 8080 and 1234) is free before a snippet listens on it.
 *
 * @module
 */

import { createServer } from "node:net";

/** Listens on `port` of 127.0.0.1 and closes again; answers the port, or the listen error. */
function probe(port: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen({ host: "127.0.0.1", port, exclusive: true }, () => {
      const address = server.address();
      server.close(() => resolve(typeof address === "object" && address !== null ? address.port : port));
    });
  });
}

/** A TCP port of 127.0.0.1 that is free now. */
export function freePort(): Promise<number> {
  return probe(0);
}

/**
 * Waits up to `waitMs` for `port` to be free; answers null once it is, or why it cannot be used.
 * The seed's snippets listen on fixed ports, and so may other packages' tests of the same
 * snippets, which turbo can run at the same time: those hold a port for a few seconds. Squeak's
 * `listenOn:` would quietly listen elsewhere when the port is taken and the snippet would then
 * talk to whatever holds it, so the harness waits for the port and fails clearly if it stays taken.
 */
export async function waitForPort(port: number, example: string, waitMs: number): Promise<string | null> {
  const deadline = Date.now() + waitMs;
  for (;;) {
    try {
      await probe(port);
      return null;
    } catch (error) {
      if (Date.now() >= deadline) {
        const code = (error as { code?: string }).code ?? String(error);
        return `port ${port} on 127.0.0.1 is not available (${code}, for ${waitMs / 1000} s): ${example} listens on it, as the seed's snippet does. Stop whatever uses port ${port} and run it again.`;
      }
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }
}
