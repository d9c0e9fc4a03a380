import { once } from "node:events";
import { createServer, type Server } from "node:http";

/** One request as the peer saw it. */
export interface SeenRequest {
  readonly method: string;
  readonly url: string;
  /** The header lines as sent: name, value, name, value... */
  readonly headers: readonly string[];
  readonly body: string;
}

/**
 * A local HTTP server (Node's `node:http`) for the HTTP GET example: it answers every request
 * with a short text/plain body and records what it was sent.
 */
export class HttpServerPeer {
  /** The body of every response. */
  static readonly BODY = "Hello from Node's http module!\n";
  readonly #server: Server;
  readonly requests: SeenRequest[] = [];

  private constructor(server: Server) {
    this.#server = server;
  }

  /** A server listening on a free port of 127.0.0.1. */
  static async start(): Promise<HttpServerPeer> {
    const server = createServer();
    const peer = new HttpServerPeer(server);
    server.on("request", (request, response) => {
      let body = "";
      request.setEncoding("latin1");
      request.on("data", (chunk: string) => {
        body += chunk;
      });
      request.on("end", () => {
        peer.requests.push({
          method: request.method ?? "",
          url: request.url ?? "",
          headers: request.rawHeaders,
          body,
        });
        response.setHeader("Content-Type", "text/plain; charset=utf-8");
        response.end(HttpServerPeer.BODY);
      });
    });
    server.listen(0, "127.0.0.1");
    await once(server, "listening");
    return peer;
  }

  /** The port it listens on. */
  get port(): number {
    const address = this.#server.address();
    return typeof address === "object" && address !== null ? address.port : 0;
  }

  /** Stops listening and closes every connection. */
  async close(): Promise<void> {
    this.#server.closeAllConnections();
    await new Promise((resolve) => this.#server.close(resolve));
  }
}
