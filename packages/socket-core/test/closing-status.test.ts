import { printString, StError } from "@smalltalk-sockets/runtime";
import { describe, expect, it } from "vitest";
import type { Socket } from "../src/index.js";
import {
  collect,
  connectedPair,
  inProcess,
  LOOPBACK,
  multiListener,
  pause,
  pharo,
  rawClient,
  rawServer,
  signalled,
  tcp,
} from "./helpers.js";

describe("closing", () => {
  it("close: this end becomes Unconnected at once; the peer reads the data, then '' (OtherEndClosed)", async () => {
    await inProcess(async () => {
      const { client, server } = await connectedPair();
      await client.sendData("bye");
      expect(client.close()).toBe(client);
      expect(client.statusString()).toBe("unconnected");
      expect(await server.receiveData()).toBe("bye");
      expect(await server.receiveData()).toBe("");
      expect(printString(server)).toBe("a Socket[otherEndClosedButNotThisEnd]");
      expect([server.isThisEndConnected(), server.isOtherEndConnected()]).toEqual([true, false]);
    });
  });

  it("closeAndDestroy and closeAndDestroy: close gracefully, then destroy; do nothing when destroyed", async () => {
    await inProcess(async () => {
      const { client, server, listener } = await connectedPair();
      await client.sendData("last");
      const started = performance.now();
      expect(await client.closeAndDestroy()).toBe(client);
      expect(performance.now() - started).toBeLessThan(1000);
      expect(client.statusString()).toBe("destroyed");
      expect(await server.receiveData()).toBe("last");
      await server.closeAndDestroy$(5);
      await listener.closeAndDestroy();
      expect([server.statusString(), listener.statusString()]).toEqual(["destroyed", "destroyed"]);
      expect(await client.closeAndDestroy$(1)).toBe(client);
    });
  });

  it("destroy: the handle goes (statusString 'destroyed'); again does nothing", () => {
    const socket = tcp();
    expect(socket.destroy()).toBe(socket);
    expect([socket.statusString(), socket.socketHandle(), socket.semaphore(), socket.isValid()]).toEqual([
      "destroyed",
      null,
      null,
      false,
    ]);
    expect(socket.destroy()).toBe(socket);
  });

  it("close and disconnect on a destroyed socket make the primitive fail", async () => {
    const socket = tcp().destroy();
    expect(await signalled(() => socket.close(), StError)).toBe(
      "SocketPrimitiveFailed: primSocketCloseConnection: failed",
    );
    pharo();
    expect(await signalled(() => socket.disconnect(), StError)).toBe(
      "SocketError: Socket destroyed, cannot retrieve error message",
    );
  });

  it("disconnect aborts: the peer sees a reset (OtherEndClosed, errno ECONNRESET)", async () => {
    await inProcess(async () => {
      const { client, server } = await connectedPair();
      client.disconnect();
      expect(client.statusString()).toBe("unconnected");
      expect(await server.receiveData()).toBe("");
      expect([server.statusString(), server.socketError()]).toEqual(["otherEndClosedButNotThisEnd", 104]);
    });
  });

  it("what was sent before close reaches the peer before the end", async () => {
    let received: Promise<Buffer> | undefined;
    const { port } = await rawServer((socket) => {
      received = collect(socket);
    });
    await inProcess(async () => {
      const socket = tcp();
      await socket.connectToPort(LOOPBACK, port);
      await socket.sendData("a".repeat(300000));
      socket.close();
    });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect((await received!).length).toBe(300000);
  });
});

describe("the status machine (lazy close detection, half-closes)", () => {
  it("unread data keeps a socket Connected after the peer closed; draining it turns it OtherEndClosed", async () => {
    await inProcess(async () => {
      const { client, server } = await connectedPair();
      await client.sendData("unread");
      client.close();
      await pause(50);
      expect([server.isConnected(), server.dataAvailable()]).toEqual([true, true]);
      expect(await server.receiveData()).toBe("unread");
      expect(server.isConnected()).toBe(true);
      expect(server.dataAvailable()).toBe(false);
      expect(server.statusString()).toBe("otherEndClosedButNotThisEnd");
    });
  });

  it("a peer's close is noticed only when a reader looks (dataAvailable) or waits", async () => {
    await inProcess(async () => {
      const quiet = await connectedPair();
      quiet.client.close();
      await pause(50);
      expect(quiet.server.statusString()).toBe("connected");
      expect(quiet.server.dataAvailable()).toBe(false);
      expect(quiet.server.statusString()).toBe("otherEndClosedButNotThisEnd");
      const waiting = await connectedPair();
      setTimeout(() => waiting.client.close(), 30);
      expect(await waiting.server.waitForDataIfClosed(() => "closed")).toBe("closed");
    });
  });

  it("a peer's half-close: this end reads to the end, turns OtherEndClosed, and Squeak then refuses to send", async () => {
    await inProcess(async () => {
      const listener = await multiListener();
      const peer = await rawClient(listener.localPort());
      const received = collect(peer);
      peer.write("half");
      peer.end();
      const server = (await listener.waitForAcceptFor(5)) as Socket;
      expect(await server.receiveData()).toBe("half");
      expect(await server.receiveData()).toBe("");
      expect([server.isOtherEndClosed(), server.isThisEndConnected()]).toEqual([true, true]);
      expect(await signalled(() => server.sendData("reply"), StError)).toBe(
        "ConnectionTimedOut: send data timeout; data not sent",
      );
      server.close();
      expect((await received).toString("latin1")).toBe("");
    });
  });

  it("a listener reads WaitingForConnection; a connecting socket too; both answer isWaitingForConnection", async () => {
    await inProcess(async () => {
      const listener = await multiListener();
      const client = tcp();
      await client.connectNonBlockingToPort(LOOPBACK, listener.localPort());
      expect([listener.isWaitingForConnection(), client.isWaitingForConnection()]).toEqual([true, true]);
      expect(listener.isThisEndClosed()).toBe(false);
    });
  });
});
