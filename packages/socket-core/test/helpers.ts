import { once } from "node:events";
import { createServer, type Socket as NetSocket, connect as netConnect, type Server } from "node:net";
import { Delay, runProcess } from "@smalltalk-sockets/process";
import { type Exception, onDo, type SmalltalkClass, setDialect } from "@smalltalk-sockets/runtime";
import { afterEach } from "vitest";
import { Socket } from "../src/index.js";

/** 127.0.0.1 as host bytes. */
export const LOOPBACK = Uint8Array.of(127, 0, 0, 1);

const opened: Socket[] = [];
const rawOpened: (NetSocket | Server)[] = [];

afterEach(async () => {
  setDialect("squeak");
  for (const socket of opened.splice(0)) socket.destroy();
  for (const each of rawOpened.splice(0)) {
    if ("destroy" in each) each.destroy();
    else each.close();
  }
});

/** Destroys `socket` after the test. */
export function track<T extends Socket>(socket: T): T {
  opened.push(socket);
  return socket;
}

/** A new TCP socket, destroyed after the test. */
export function tcp(): Socket {
  return track(Socket.newTCP());
}

/** Runs `body` as a Smalltalk process (priority 40) and answers its value. */
export function inProcess<T>(body: () => Promise<T> | T): Promise<T> {
  return runProcess(body);
}

/** Runs `body` under the Pharo dialect (restored after the test). */
export function pharo(): void {
  setDialect("pharo");
}

/** Waits `milliseconds` as a Smalltalk process does (other processes run meanwhile). */
export async function pause(milliseconds: number): Promise<void> {
  await Delay.forMilliseconds(milliseconds).wait();
}

/** The class and message text of the exception `body` signals (`on: Error do:`), or `'no exception'`. */
export async function signalled(body: () => unknown, selector: SmalltalkClass): Promise<string> {
  let text = "no exception";
  await onDo(
    async () => {
      await body();
    },
    selector as unknown as { handles(exception: unknown): boolean },
    (ex: Exception) => {
      text = `${(ex.constructor as SmalltalkClass).$stName}: ${ex.messageText()}`;
    },
  );
  return text;
}

/** A multi-listener (backlog 4) on 127.0.0.1, any port. */
export async function multiListener(): Promise<Socket> {
  const listener = tcp();
  await listener.listenOnBacklogSizeInterface(0, 4, LOOPBACK);
  return listener;
}

/** A connected pair (client, server) through a multi-listener on 127.0.0.1, and the listener. */
export async function connectedPair(): Promise<{ client: Socket; server: Socket; listener: Socket }> {
  const listener = await multiListener();
  const client = tcp();
  await client.connectToPortWaitForConnectionFor(LOOPBACK, listener.localPort(), 5);
  const server = track((await listener.waitForAcceptFor(5)) as Socket);
  return { client, server, listener };
}

/** A raw `node:net` server on 127.0.0.1 (closed after the test) handing each connection to `onConnection`. */
export async function rawServer(
  onConnection: (socket: NetSocket) => void,
): Promise<{ server: Server; port: number }> {
  const server = createServer({ allowHalfOpen: true }, (socket) => {
    rawOpened.push(socket);
    onConnection(socket);
  });
  rawOpened.push(server);
  server.listen(0, "127.0.0.1");
  await once(server, "listening");
  return { server, port: (server.address() as { port: number }).port };
}

/** A raw `node:net` connection to `port` on 127.0.0.1, destroyed after the test. */
export async function rawClient(port: number): Promise<NetSocket> {
  const socket = netConnect({ host: "127.0.0.1", port, allowHalfOpen: true });
  rawOpened.push(socket);
  await once(socket, "connect");
  return socket;
}

/** Everything `socket` receives, collected until it ends. */
export function collect(socket: NetSocket): Promise<Buffer> {
  const chunks: Buffer[] = [];
  socket.on("data", (chunk: Buffer) => chunks.push(chunk));
  return new Promise((resolve) => socket.on("end", () => resolve(Buffer.concat(chunks))));
}

/** Every byte value 0..255, once. */
export const ALL_BYTES = Uint8Array.from({ length: 256 }, (_, index) => index);
/** Every byte value as a Latin-1 byte string. */
export const ALL_CHARACTERS = String.fromCharCode(...ALL_BYTES);
