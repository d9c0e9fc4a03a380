import { once } from "node:events";
import { connect, type Socket } from "node:net";
import { TRANSCRIPT_WAIT_MS } from "../program.js";

/**
 * A peer that speaks a line protocol over TCP from Node (`node:net`): it sends lines ended by
 * CR LF and keeps every byte it receives, so a test can assert exactly what it saw.
 */
export class LineClient {
  readonly name: string;
  readonly #socket: Socket;
  #received = "";
  readonly #closed: Promise<void>;

  private constructor(name: string, socket: Socket) {
    this.name = name;
    this.#socket = socket;
    socket.setEncoding("latin1");
    socket.on("data", (text: string) => {
      this.#received += text;
    });
    this.#closed = new Promise((resolve) => socket.once("close", () => resolve()));
  }

  /** A client named `name` connected to `port` of 127.0.0.1. */
  static async connect(name: string, port: number): Promise<LineClient> {
    const socket = connect({ host: "127.0.0.1", port });
    await once(socket, "connect");
    return new LineClient(name, socket);
  }

  /** Everything received so far, byte for byte (Latin-1). */
  get received(): string {
    return this.#received;
  }

  /** Sends `line` and CR LF. */
  send(line: string): void {
    this.#socket.write(`${line}\r\n`, "latin1");
  }

  /** Resolves once `text` has been received; rejects after 20 s. */
  async waitFor(text: string): Promise<void> {
    const deadline = Date.now() + TRANSCRIPT_WAIT_MS;
    while (!this.#received.includes(text)) {
      if (Date.now() > deadline)
        throw new Error(
          `${this.name} did not receive ${JSON.stringify(text)}: ${JSON.stringify(this.#received)}`,
        );
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
  }

  /** Resolves once the server has closed the connection (and this end has closed too). */
  async closed(): Promise<void> {
    await this.#closed;
  }

  /** Destroys the connection. */
  destroy(): void {
    this.#socket.destroy();
  }
}
