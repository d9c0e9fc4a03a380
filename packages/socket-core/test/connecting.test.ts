import {
  type NameLookup,
  NetNameResolver,
  SocketAddress,
  SocketAddressInformation,
  setNameLookup,
  systemNameLookup,
} from "@smalltalk-sockets/resolver";
import { printString, StError, send } from "@smalltalk-sockets/runtime";
import { afterEach, describe, expect, it } from "vitest";
import { Socket } from "../src/index.js";
import { inProcess, LOOPBACK, multiListener, pharo, signalled, tcp, track } from "./helpers.js";

afterEach(() => setNameLookup(systemNameLookup));

/** A port on 127.0.0.1 where nothing listens (a socket bound and released just now). */
async function closedPort(): Promise<number> {
  const probe = track(Socket.newTCP());
  await probe.listenOnBacklogSizeInterface(0, 4, LOOPBACK);
  const port = probe.localPort();
  probe.destroy();
  return port;
}

const nowhere: NameLookup = {
  addressesOf: async () => [],
  nameOf: async () => {
    throw new Error("unknown");
  },
};

describe("connectTo:port:", () => {
  it("connects to a listener given host bytes or a SocketAddress", async () => {
    await inProcess(async () => {
      const listener = await multiListener();
      const first = tcp();
      expect(await first.connectToPort(LOOPBACK, listener.localPort())).toBe(first);
      expect(first.isConnected()).toBe(true);
      const second = tcp();
      await second.connectToPort(SocketAddress.loopback4(), listener.localPort());
      expect(second.remotePort()).toBe(listener.localPort());
    });
  });

  it("Squeak sets the given SocketAddress's port (asSocketAddress answers the address itself)", async () => {
    await inProcess(async () => {
      const listener = await multiListener();
      const address = SocketAddress.loopback4();
      await tcp().connectToPort(address, listener.localPort());
      expect(address.port()).toBe(listener.localPort());
    });
  });

  it("refused: Squeak ConnectionRefused with the address printed, Pharo ConnectionClosed", async () => {
    const port = await closedPort();
    await inProcess(async () => {
      expect(await signalled(() => tcp().connectToPort(LOOPBACK, port), StError)).toBe(
        `ConnectionRefused: Cannot connect to 127.0.0.1(localhost),${port}(${SocketAddress.loopback4().port$(port).serviceName()})`,
      );
    });
    pharo();
    await inProcess(async () => {
      const socket = tcp();
      expect(await signalled(() => socket.connectToPort(LOOPBACK, port), StError)).toBe(
        `ConnectionClosed: Connection aborted to 127.0.0.1:${port}`,
      );
      expect(socket.statusString()).toBe("unconnected");
    });
  });

  it("connectTo:port:waitForConnectionFor: times out: ConnectionTimedOut in both dialects", async () => {
    await inProcess(async () => {
      const listener = await multiListener();
      expect(
        await signalled(
          () => tcp().connectToPortWaitForConnectionFor(LOOPBACK, listener.localPort(), 0),
          StError,
        ),
      ).toBe("ConnectionTimedOut: Cannot connect to #[127 0 0 1]");
      pharo();
      expect(
        await signalled(
          () => tcp().connectToPortWaitForConnectionFor(LOOPBACK, listener.localPort(), 0),
          StError,
        ),
      ).toBe(`ConnectionTimedOut: Cannot connect to 127.0.0.1:${listener.localPort()}`);
    });
  });

  it("a socket that is not Unconnected cannot connect: InvalidSocketStatusException", async () => {
    await inProcess(async () => {
      const listener = await multiListener();
      const text =
        "InvalidSocketStatusException: Socket status must Unconnected before opening a new connection";
      expect(await signalled(() => listener.connectToPort(LOOPBACK, 1), StError)).toBe(text);
      pharo();
      expect(await signalled(() => listener.connectNonBlockingToPort(LOOPBACK, 1), StError)).toBe(text);
    });
  });

  it("connecting to nil (the Taeumel snippet's address): Squeak MessageNotUnderstood, Pharo SocketError", async () => {
    await inProcess(async () => {
      expect(await signalled(() => tcp().connectToPort(null, 9), StError)).toBe(
        "MessageNotUnderstood: UndefinedObject>>asSocketAddress",
      );
      pharo();
      expect(await signalled(() => tcp().connectToPort(null, 9), StError)).toBe("SocketError: Success");
    });
  });

  it("an IPv6 address on an IPv4 socket fails like a refusal; an IPv6 socket connects to ::1", async () => {
    await inProcess(async () => {
      const listener = track(Socket.newTCP$(3));
      await listener.listenOnBacklogSizeInterface(0, 4, SocketAddress.loopback6());
      const port = listener.localPort();
      const wrongFamily = tcp();
      expect(
        await signalled(() => wrongFamily.connectToPort(SocketAddress.loopback6(), port), StError),
      ).toMatch(/^ConnectionRefused: Cannot connect to ::1/);
      expect(wrongFamily.socketError()).toBe(97);
      const six = track(Socket.newTCP$(3));
      await six.connectToPort(SocketAddress.loopback6(), port);
      expect([six.isConnected(), six.remoteAddressString()]).toEqual([true, "::1"]);
    });
  });
});

describe("connectNonBlockingTo:port:", () => {
  it("answers at once, WaitingForConnection; waitForConnectionFor: then sees it Connected", async () => {
    await inProcess(async () => {
      const listener = await multiListener();
      const socket = tcp();
      expect(await socket.connectNonBlockingToPort(LOOPBACK, listener.localPort())).toBe(socket);
      expect(socket.statusString()).toBe("waitingForConnection");
      expect(await socket.waitForConnectionFor(5)).toBe(true);
      expect(socket.isConnected()).toBe(true);
    });
  });

  it("a refusal leaves the socket Unconnected with the error code", async () => {
    const port = await closedPort();
    await inProcess(async () => {
      const socket = tcp();
      await socket.connectNonBlockingToPort(LOOPBACK, port);
      await socket.waitForConnectionForIfTimedOut(5, () => null);
      expect([socket.statusString(), socket.socketError()]).toEqual(["unconnected", 111]);
      pharo();
      expect(socket.socketErrorMessage()).toBe("Connection refused");
    });
  });
});

describe("the SocketAddress API (connectTo:, connectTo:waitForConnectionFor:, connectNonBlockingTo:)", () => {
  it("connects to a SocketAddress carrying the port", async () => {
    await inProcess(async () => {
      const listener = await multiListener();
      const address = () => SocketAddress.loopback4().port$(listener.localPort());
      const first = tcp();
      await first.connectTo(address());
      const second = tcp();
      await second.connectToWaitForConnectionFor(address(), 5);
      const third = tcp();
      await third.connectNonBlockingTo(address());
      expect(third.isWaitingForConnection()).toBe(true);
      await third.waitForConnectionFor(5);
      expect([first.isConnected(), second.isConnected(), third.isConnected()]).toEqual([true, true, true]);
    });
  });

  it("anything but a SocketAddress makes the primitive fail", async () => {
    await inProcess(async () => {
      expect(await signalled(() => tcp().connectNonBlockingTo(LOOPBACK), StError)).toBe(
        "SocketPrimitiveFailed: primSocket:connectTo: failed",
      );
    });
  });
});

describe("SocketAddressInformation>>listenWithBacklog: and connect (Squeak's IPv6 API)", () => {
  it("listen on, then connect to, the addresses getaddrinfo gives", async () => {
    await inProcess(async () => {
      const infos = send(
        await NetNameResolver.addressesForName("localhost"),
        "asArray",
      ) as SocketAddressInformation[];
      const listener = track((await send(infos[0], "listenWithBacklog:", 5)) as Socket);
      expect(listener.isWaitingForConnection()).toBe(true);
      infos[0]!.socketAddress()!.port$(listener.localPort());
      const client = track((await send(infos[0], "connect")) as Socket);
      expect(client.isConnected()).toBe(true);
      expect(track((await listener.waitForAcceptFor(5)) as Socket).remotePort()).toBe(client.localPort());
      const datagram = SocketAddressInformation.withSocketAddressFamilyTypeProtocol(
        SocketAddress.loopback4(),
        2,
        2,
        2,
      );
      expect(await send(datagram, "connect")).toBeNull();
    });
  });
});

describe("connectToHostNamed:port:", () => {
  it("resolves the name and connects", async () => {
    await inProcess(async () => {
      const listener = await multiListener();
      const socket = tcp();
      await socket.connectToHostNamedPort("localhost", listener.localPort());
      expect(socket.isConnected()).toBe(true);
    });
  });

  it("a name that does not resolve: Squeak MessageNotUnderstood (nil), Pharo NameLookupFailure", async () => {
    setNameLookup(nowhere);
    await inProcess(async () => {
      expect(await signalled(() => tcp().connectToHostNamedPort("nowhere", 80), StError)).toBe(
        "MessageNotUnderstood: UndefinedObject>>asSocketAddress",
      );
      pharo();
      expect(await signalled(() => tcp().connectToHostNamedPort("nowhere", 80), StError)).toBe(
        "NameLookupFailure: cannot resolve 'nowhere'",
      );
    });
  });
});

describe("localHostAddress is loopback (design rule 6): the wiki snippet connects to itself", () => {
  it("connectTo: NetNameResolver localHostAddress port: reaches a listener on 127.0.0.1", async () => {
    await inProcess(async () => {
      const left = tcp();
      await left.listenOn(0);
      const right = tcp();
      await right.connectToPort(await NetNameResolver.localHostAddress(), left.localPort());
      expect([printString(left), printString(right)]).toEqual(["a Socket[connected]", "a Socket[connected]"]);
    });
  });
});
