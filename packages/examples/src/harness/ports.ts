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
 * Why `port` cannot be used (something else listens on it), or null when it is free. The seed's
 * snippets listen on fixed ports; Squeak's `listenOn:` would quietly listen elsewhere when the
 * port is taken and the snippet would then talk to whatever holds it, so the harness checks first.
 */
export async function portInUse(port: number, example: string): Promise<string | null> {
  try {
    await probe(port);
    return null;
  } catch (error) {
    const code = (error as { code?: string }).code ?? String(error);
    return `port ${port} on 127.0.0.1 is not available (${code}): ${example} listens on it, as the seed's snippet does. Stop whatever uses port ${port} and run it again.`;
  }
}
