import { once } from "node:events";
import { createServer, type Server, type Socket } from "node:net";

/** What one scanned server saw. */
export interface SeenConnections {
  readonly connections: number;
  readonly bytesReceived: number;
}

/** A TCP server on a free port of 127.0.0.1 that counts connections and the bytes they bring. */
class CountingServer {
  readonly #server: Server;
  readonly #sockets = new Set<Socket>();
  connections = 0;
  bytesReceived = 0;

  constructor(onConnection: (socket: Socket) => void) {
    this.#server = createServer((socket) => {
      this.connections += 1;
      this.#sockets.add(socket);
      socket.on("data", (chunk: Buffer) => {
        this.bytesReceived += chunk.length;
      });
      socket.on("error", () => {});
      socket.on("close", () => this.#sockets.delete(socket));
      onConnection(socket);
    });
  }

  async listen(): Promise<number> {
    this.#server.listen(0, "127.0.0.1");
    await once(this.#server, "listening");
    return (this.#server.address() as { port: number }).port;
  }

  seen(): SeenConnections {
    return { connections: this.connections, bytesReceived: this.bytesReceived };
  }

  async close(): Promise<void> {
    for (const socket of this.#sockets) socket.destroy();
    await new Promise((resolve) => this.#server.close(resolve));
  }
}

/**
 * The peers of the port scanner: a service that introduces itself with a banner (as SSH and
 * SMTP servers do), one that says nothing, and a port nothing listens on.
 */
export class ScanTargets {
  /** The banner line the talking service sends. */
  static readonly BANNER = "SSH-2.0-OpenSSH_9.6";
  readonly #talking = new CountingServer((socket) => socket.write(`${ScanTargets.BANNER}\r\n`));
  readonly #silent = new CountingServer(() => {});
  ports: { talking: number; silent: number; closed: number } = { talking: 0, silent: 0, closed: 0 };

  /** Starts both servers and finds a closed port. */
  async start(): Promise<void> {
    const closing = new CountingServer(() => {});
    const closed = await closing.listen();
    await closing.close();
    this.ports = { talking: await this.#talking.listen(), silent: await this.#silent.listen(), closed };
  }

  /** What the two servers saw, once each has seen `connections` (or after 2 s). */
  async seen(connections: number): Promise<{ talking: SeenConnections; silent: SeenConnections }> {
    const deadline = Date.now() + 2000;
    while (
      (this.#talking.connections < connections || this.#silent.connections < connections) &&
      Date.now() < deadline
    ) {
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    return { talking: this.#talking.seen(), silent: this.#silent.seen() };
  }

  /** Stops both servers. */
  async close(): Promise<void> {
    await this.#talking.close();
    await this.#silent.close();
  }
}
