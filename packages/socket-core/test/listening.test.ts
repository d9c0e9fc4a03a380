import { SocketAddress } from "@smalltalk-sockets/resolver";
import { printString, StError } from "@smalltalk-sockets/runtime";
import { describe, expect, it } from "vitest";
import { Socket } from "../src/index.js";
import {
  inProcess,
  LOOPBACK,
  multiListener,
  pause,
  pharo,
  rawClient,
  signalled,
  tcp,
  track,
} from "./helpers.js";

describe("listenOn: (backlog 1: the listener becomes the connection)", () => {
  it("answers at once, WaitingForConnection, on a port the system picks for 0", async () => {
    await inProcess(async () => {
      const left = tcp();
      expect(await left.listenOn(0)).toBe(left);
      expect([left.statusString(), left.localPort() > 0]).toEqual(["waitingForConnection", true]);
    });
  });

  it("the first connection replaces the listener in place; nobody calls accept", async () => {
    await inProcess(async () => {
      const left = tcp();
      await left.listenOn(0);
      const port = left.localPort();
      const right = tcp();
      await right.connectToPort(LOOPBACK, port);
      expect(printString(left)).toBe("a Socket[connected]");
      expect(left.remotePort()).toBe(right.localPort());
      expect(left.localPort()).toBe(port);
      await right.sendData("hello");
      expect(await left.receiveData()).toBe("hello");
      const late = tcp();
      expect(await signalled(() => late.connectToPort(LOOPBACK, port), StError)).toMatch(
        /^ConnectionRefused/,
      );
    });
  });

  it("accept on such a listener fails (it is not a multi-listener)", async () => {
    await inProcess(async () => {
      const left = tcp();
      await left.listenOn(0);
      await tcp().connectToPort(LOOPBACK, left.localPort());
      expect(await signalled(() => left.accept(), StError)).toBe(
        "SocketPrimitiveFailed: primAcceptFrom:receiveBufferSize:sendBufSize:semaIndex:readSemaIndex:writeSemaIndex: failed",
      );
      expect(await signalled(() => left.waitForAcceptFor(1), StError)).toMatch(/^SocketPrimitiveFailed/);
    });
  });

  it("a port in use: Squeak silently listens on another port, Pharo signals SocketError", async () => {
    await inProcess(async () => {
      const taken = await multiListener();
      const squeak = tcp();
      await squeak.listenOn(taken.localPort());
      expect(squeak.isWaitingForConnection()).toBe(true);
      expect(squeak.localPort()).not.toBe(taken.localPort());
      pharo();
      const pharoSocket = tcp();
      expect(await signalled(() => pharoSocket.listenOn(taken.localPort()), StError)).toBe(
        "SocketError: Address already in use",
      );
      expect(pharoSocket.statusString()).toBe("unconnected");
    });
  });

  it("the status must be Unconnected: InvalidSocketStatusException", async () => {
    await inProcess(async () => {
      const listener = await multiListener();
      const text =
        "InvalidSocketStatusException: Socket status must Unconnected before listening for a new connection";
      expect(await signalled(() => listener.listenOn(0), StError)).toBe(text);
      expect(await signalled(() => listener.listenOnBacklogSize(0, 5), StError)).toBe(text);
      pharo();
      expect(await signalled(() => listener.listen(), StError)).toBe(text);
    });
  });
});

describe("listenOn:backlogSize: (a multi-listener: accept and waitForAcceptFor:)", () => {
  it("is Connected while a connection waits, WaitingForConnection after accept", async () => {
    await inProcess(async () => {
      const listener = tcp();
      await listener.listenOnBacklogSize(0, 4);
      expect(listener.isWaitingForConnection()).toBe(true);
      const client = tcp();
      await client.connectToPort(LOOPBACK, listener.localPort());
      expect(await listener.waitForConnectionFor(5)).toBe(true);
      expect(listener.isConnected()).toBe(true);
      const server = track(listener.accept());
      expect([printString(server), printString(listener)]).toEqual([
        "a Socket[connected]",
        "a Socket[waitingForConnection]",
      ]);
      expect(server.remotePort()).toBe(client.localPort());
    });
  });

  it("acceptFrom: (class and instance side) makes a socket of the waiting connection", async () => {
    await inProcess(async () => {
      const listener = await multiListener();
      const first = tcp();
      await first.connectToPort(LOOPBACK, listener.localPort());
      const second = tcp();
      await second.connectToPort(LOOPBACK, listener.localPort());
      expect(await listener.waitForConnectionFor(5)).toBe(true);
      const accepted = track(Socket.acceptFrom(listener));
      expect(accepted.isConnected()).toBe(true);
      expect(await listener.waitForConnectionFor(5)).toBe(true);
      const adopted = track(Socket.new());
      expect(adopted.acceptFrom(listener)).toBe(adopted);
      expect(adopted.isConnected()).toBe(true);
      expect([accepted.remotePort(), adopted.remotePort()].sort()).toEqual(
        [first.localPort(), second.localPort()].sort(),
      );
    });
  });

  it("queues several connections; each waitForAcceptFor: answers the next", async () => {
    await inProcess(async () => {
      const listener = await multiListener();
      const clients = [tcp(), tcp(), tcp()];
      for (const client of clients) await client.connectToPort(LOOPBACK, listener.localPort());
      const accepted = [];
      for (let i = 0; i < 3; i += 1) accepted.push(track((await listener.waitForAcceptFor(5)) as Socket));
      expect(accepted.map((each) => each.remotePort()).sort()).toEqual(
        clients.map((each) => each.localPort()).sort(),
      );
    });
  });

  it("waitForAcceptFor: answers nil on timeout; accept with nothing waiting fails", async () => {
    await inProcess(async () => {
      const listener = await multiListener();
      expect(await listener.waitForAcceptFor(0.05)).toBeNull();
      expect(await signalled(() => listener.accept(), StError)).toMatch(
        /^SocketPrimitiveFailed: primAcceptFrom:/,
      );
      pharo();
      expect(await listener.waitForAcceptFor(0.05)).toBeNull();
      expect(await signalled(() => listener.accept(), StError)).toBe(
        "SocketError: Socket destroyed, cannot retrieve error message",
      );
    });
  });

  it("waitForAcceptFor:ifTimedOut: (Squeak) and waitForAcceptFor:ifClosed:ifTimedOut: (Pharo)", async () => {
    await inProcess(async () => {
      const listener = await multiListener();
      expect(await listener.waitForAcceptForIfTimedOut(0.02, () => "timed out")).toBe("timed out");
      expect(
        await listener.waitForAcceptForIfClosedIfTimedOut(
          0.02,
          () => "closed",
          () => "timed out",
        ),
      ).toBe("timed out");
      await tcp().connectToPort(LOOPBACK, listener.localPort());
      expect(track((await listener.waitForAcceptForIfTimedOut(5, () => null)) as Socket).isConnected()).toBe(
        true,
      );
      await tcp().connectToPort(LOOPBACK, listener.localPort());
      expect(
        track((await listener.waitForAcceptForIfClosedIfTimedOut(5, null, null)) as Socket).isConnected(),
      ).toBe(true);
      listener.close();
      expect(
        await listener.waitForAcceptForIfClosedIfTimedOut(
          5,
          () => "closed",
          () => "timed out",
        ),
      ).toBe("closed");
    });
  });

  it("a UDP socket (born Connected) cannot listen with a backlog: InvalidSocketStatusException", async () => {
    await inProcess(async () => {
      const text =
        "InvalidSocketStatusException: Socket status must Unconnected before listening for a new connection";
      expect(await signalled(() => track(Socket.newUDP()).listenOnBacklogSize(0, 4), StError)).toBe(text);
      pharo();
      expect(await signalled(() => track(Socket.newUDP()).listenOnBacklogSize(0, 4), StError)).toBe(text);
    });
  });

  it("connections wait with the data their clients sent", async () => {
    await inProcess(async () => {
      const listener = await multiListener();
      const raw = await rawClient(listener.localPort());
      raw.end("sent before accept");
      await pause(50);
      const server = track((await listener.waitForAcceptFor(5)) as Socket);
      expect(await server.receiveData()).toBe("sent before accept");
      expect(await server.receiveData()).toBe("");
      expect(server.isOtherEndClosed()).toBe(true);
    });
  });
});

describe("listenOn:backlogSize:interface:, bindTo:, bindTo:port:, bindToPort:, listen, listenWithBacklog:", () => {
  it("listenOn:backlogSize:interface: listens on that interface only", async () => {
    await inProcess(async () => {
      const listener = tcp();
      await listener.listenOnBacklogSizeInterface(0, 4, Uint8Array.of(127, 0, 0, 2));
      expect(listener.localAddressString()).toBe("127.0.0.2");
      const client = tcp();
      await client.connectToPort(Uint8Array.of(127, 0, 0, 2), listener.localPort());
      expect(client.isConnected()).toBe(true);
      pharo();
      const pharoListener = tcp();
      await pharoListener.listenOnBacklogSizeInterface(0, 4, SocketAddress.fromDottedString("127.0.0.3"));
      expect(printString(pharoListener.localAddress())).toBe("#[127 0 0 3]");
    });
  });

  it("Squeak's bindTo: a SocketAddress, then listenWithBacklog:", async () => {
    await inProcess(async () => {
      const listener = tcp();
      await listener.bindTo(SocketAddress.loopback4());
      expect(listener.isUnconnected()).toBe(true);
      await listener.listenWithBacklog(5);
      expect(listener.isWaitingForConnection()).toBe(true);
      const client = tcp();
      await client.connectToPort(LOOPBACK, listener.localPort());
      expect(track((await listener.waitForAcceptFor(5)) as Socket).isConnected()).toBe(true);
    });
  });

  it("a bind to a taken address fails: Squeak SocketPrimitiveFailed, Pharo SocketError", async () => {
    await inProcess(async () => {
      const taken = await multiListener();
      const address = SocketAddress.loopback4().port$(taken.localPort());
      expect(await signalled(() => tcp().bindTo(address), StError)).toBe(
        "SocketPrimitiveFailed: primSocket:bindTo: failed",
      );
      pharo();
      expect(await signalled(() => tcp().bindToPort$(LOOPBACK, taken.localPort()), StError)).toBe(
        "SocketError: Address already in use",
      );
    });
  });

  it("Pharo: bindToPort: then listen (one connection, in place) or listenWithBacklog: (accept)", async () => {
    pharo();
    await inProcess(async () => {
      const one = tcp();
      await one.bindToPort(0);
      await one.listen();
      const client = tcp();
      await client.connectToPort(LOOPBACK, one.localPort());
      expect(one.isConnected()).toBe(true);
      const many = tcp();
      await many.bindToPort$(LOOPBACK, 0);
      await many.listenWithBacklog(8);
      await tcp().connectToPort(LOOPBACK, many.localPort());
      expect(track((await many.waitForAcceptFor(5)) as Socket).isConnected()).toBe(true);
    });
  });

  it("listenWithBacklog: requires an Unconnected socket (each dialect's text)", async () => {
    await inProcess(async () => {
      const listener = await multiListener();
      expect(await signalled(() => listener.listenWithBacklog(5), StError)).toBe(
        "InvalidSocketStatusException: Socket status must Unconnected before it can listen for connections",
      );
      expect(await signalled(() => listener.bindTo(SocketAddress.loopback4()), StError)).toBe(
        "InvalidSocketStatusException: Socket status must Unconnected when binding it to an address",
      );
    });
  });
});
