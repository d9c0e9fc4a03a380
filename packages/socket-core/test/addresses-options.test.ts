import { SocketAddress } from "@smalltalk-sockets/resolver";
import { printString, StError, send } from "@smalltalk-sockets/runtime";
import { describe, expect, it } from "vitest";
import { Socket } from "../src/index.js";
import { connectedPair, inProcess, pharo, signalled, tcp, track } from "./helpers.js";

describe("addresses (Pharo's TCPSocketTest: local and remote addresses and ports)", () => {
  it("Squeak: localAddress and remoteAddress are SocketAddresses (port 0), a listener's remote is 0.0.0.0", async () => {
    await inProcess(async () => {
      const { client, server, listener } = await connectedPair();
      for (const socket of [listener, client, server]) {
        expect(printString(socket.localAddress())).toBe("127.0.0.1(localhost),0(0)");
      }
      expect(printString(listener.remoteAddress())).toBe("0.0.0.0(0.0.0.0),0(0)");
      expect(printString(client.remoteAddress())).toBe("127.0.0.1(localhost),0(0)");
      expect(client.address()).toEqual(client.localAddress());
    });
  });

  it("Pharo: localAddress and remoteAddress are host bytes; a listener's remote is #[0 0 0 0]", async () => {
    pharo();
    await inProcess(async () => {
      const { client, server, listener } = await connectedPair();
      for (const socket of [listener, client, server]) {
        expect(printString(send(socket.localAddress(), "asSocketAddress"))).toBe("127.0.0.1");
      }
      expect(printString(listener.remoteAddress())).toBe("#[0 0 0 0]");
      expect(printString(server.remoteAddress())).toBe("#[127 0 0 1]");
    });
  });

  it("localPort, remotePort, port: the listener's port, and each end's", async () => {
    await inProcess(async () => {
      const { client, server, listener } = await connectedPair();
      expect(listener.localPort()).toBeGreaterThan(0);
      expect([client.remotePort(), listener.remotePort()]).toEqual([listener.localPort(), 0]);
      expect(server.remotePort()).toBe(client.localPort());
      expect(client.port()).toBe(client.localPort());
    });
  });

  it("Squeak answers 0.0.0.0 and port 0 for a socket neither connected nor listening; Pharo what the OS says", async () => {
    await inProcess(async () => {
      const { client, server } = await connectedPair();
      client.close();
      await server.receiveData();
      expect(server.isOtherEndClosed()).toBe(true);
      expect([printString(server.localAddress()), server.localPort()]).toEqual(["0.0.0.0(0.0.0.0),0(0)", 0]);
      expect(tcp().localPort()).toBe(0);
      pharo();
      expect(server.localPort()).toBeGreaterThan(0);
      expect(printString(tcp().localAddress())).toBe("#[0 0 0 0]");
    });
  });

  it("a destroyed socket's address primitives fail", async () => {
    const socket = tcp().destroy();
    expect(await signalled(() => socket.remotePort(), StError)).toBe(
      "SocketPrimitiveFailed: primSocketRemotePort: failed",
    );
    pharo();
    expect(await signalled(() => socket.localPort(), StError)).toBe(
      "SocketError: Socket destroyed, cannot retrieve error message",
    );
  });

  it("the address strings and socket addresses (Squeak extras)", async () => {
    await inProcess(async () => {
      const { client, listener } = await connectedPair();
      expect(client.localAddressString()).toBe("127.0.0.1");
      expect(client.remoteAddressString()).toBe("127.0.0.1");
      expect(client.remoteAddressPortString()).toBe(`127.0.0.1:${listener.localPort()}`);
      expect(client.localAddressPortString()).toBe(`127.0.0.1:${client.localPort()}`);
      expect(client.remoteSocketAddress().eq(SocketAddress.loopback4().port$(listener.localPort()))).toBe(
        true,
      );
      expect(client.localSocketAddress().port()).toBe(client.localPort());
    });
  });

  it("peerName: Squeak the hosts file's name; Pharo nameForAddress:timeout:", async () => {
    await inProcess(async () => {
      const { client } = await connectedPair();
      expect(await client.peerName()).toBe("localhost");
      pharo();
      expect(await client.peerName()).toBe("localhost");
    });
  });
});

describe("options", () => {
  it("setOption:value: answers {0. value}; true and false are 1 and 0", async () => {
    await inProcess(async () => {
      const { client } = await connectedPair();
      expect(client.setOptionValue("TCP_NODELAY", true)).toEqual([0, 1]);
      expect(client.setOptionValue("SO_KEEPALIVE", false)).toEqual([0, 0]);
      expect(client.setOptionValue("SO_SNDBUF", 4096)).toEqual([0, 4096]);
    });
  });

  it("a value of more than four characters is no integer to the VM: it answers 0", () => {
    expect(tcp().setOptionValue("SO_RCVBUF", 65536)).toEqual([0, 0]);
  });

  it("getOption: answers {0. value}: what was set, else what a new socket has", () => {
    const socket = tcp();
    expect(socket.getOption("TCP_NODELAY")).toEqual([0, 0]);
    expect(socket.getOption("SO_REUSEADDR")).toEqual([0, 1]);
    socket.setOptionValue("TCP_NODELAY", true);
    expect(socket.getOption("TCP_NODELAY")).toEqual([0, 1]);
  });

  it("an accepted socket inherits its listener's options", async () => {
    await inProcess(async () => {
      const listener = track(Socket.newTCP());
      listener.setOptionValue("TCP_NODELAY", 1);
      await listener.listenOnBacklogSize(0, 4);
      const client = tcp();
      await client.connectToPort(Uint8Array.of(127, 0, 0, 1), listener.localPort());
      const server = track((await listener.waitForAcceptFor(5)) as Socket);
      expect(server.getOption("TCP_NODELAY")).toEqual([0, 1]);
    });
  });

  it("UDP buffer sizes come from the OS once bound", async () => {
    await inProcess(async () => {
      const udp = track(Socket.newUDP());
      await udp.setPort(0);
      udp.setOptionValue("SO_RCVBUF", 8192);
      expect(udp.getOption("SO_RCVBUF")[1]).toBeGreaterThanOrEqual(8192);
    });
  });

  it("an unknown name: setOption:value: answers nil, getOption: fails (Squeak and Pharo)", async () => {
    const socket = tcp();
    expect(socket.setOptionValue("SO_PRIORITY", 1)).toBeNull();
    expect(await signalled(() => socket.getOption("SO_PRIORITY"), StError)).toBe(
      "SocketPrimitiveFailed: primSocket:getOption: failed",
    );
    expect(await signalled(() => socket.getOption("SO_LINGER"), StError)).toBe(
      "SocketPrimitiveFailed: primSocket:getOption: failed",
    );
    pharo();
    expect(await signalled(() => socket.getOption("SO_PRIORITY"), StError)).toBe("SocketError: Success");
  });

  it("options need a valid socket: InvalidSocketStatusException", async () => {
    const socket = tcp().destroy();
    expect(await signalled(() => socket.setOptionValue("TCP_NODELAY", true), StError)).toBe(
      "InvalidSocketStatusException: Socket status must valid before setting an option",
    );
    expect(await signalled(() => socket.getOption("TCP_NODELAY"), StError)).toBe(
      "InvalidSocketStatusException: Socket status must valid before getting an option",
    );
  });
});
