import { createSocket } from "node:dgram";
import { once } from "node:events";
import { SocketAddress } from "@smalltalk-sockets/resolver";
import { printString, StError } from "@smalltalk-sockets/runtime";
import { describe, expect, it } from "vitest";
import { Socket } from "../src/index.js";
import { ALL_BYTES, inProcess, LOOPBACK, pause, pharo, signalled, track } from "./helpers.js";

const BROADCAST = Uint8Array.of(127, 255, 255, 255);

async function boundUdp(): Promise<Socket> {
  const socket = track(Socket.newUDP());
  await socket.setPort(0);
  return socket;
}

describe("UDP", () => {
  it("setPort: binds a port (0: any), on loopback in this suite", async () => {
    await inProcess(async () => {
      const socket = track(Socket.newUDP());
      expect(socket.localPort()).toBe(0);
      expect(await socket.setPort(0)).toBe(socket);
      expect(socket.localPort()).toBeGreaterThan(0);
      expect(printString(socket.localAddress())).toBe("127.0.0.1(localhost),0(0)");
    });
  });

  it("setPort:interface: binds a port of one interface", async () => {
    await inProcess(async () => {
      const socket = track(Socket.newUDP());
      await socket.setPortInterface(0, Uint8Array.of(127, 0, 0, 2));
      expect(socket.localAddressString()).toBe("127.0.0.2");
    });
  });

  it("sendUDPData:toHost:port: and sendData:toHost:port: send datagrams; receiveUDPDataInto: reads them", async () => {
    await inProcess(async () => {
      const receiver = await boundUdp();
      const sender = await boundUdp();
      expect(await sender.sendUDPDataToHostPort("hello", LOOPBACK, receiver.localPort())).toBe(5);
      expect(
        await sender.sendDataToHostPort(ALL_BYTES, SocketAddress.loopback4(), receiver.localPort()),
      ).toBe(256);
      await receiver.waitForDataFor(5);
      const buffer = new Uint8Array(300);
      const [count, address, port, more] = receiver.receiveUDPDataInto(buffer);
      expect([count, printString(address), port, more]).toEqual([
        5,
        "#[127 0 0 1]",
        sender.localPort(),
        false,
      ]);
      await receiver.waitForDataFor(5);
      expect(receiver.receiveUDPDataInto(buffer)[0]).toBe(256);
      expect(buffer.subarray(0, 256)).toEqual(ALL_BYTES);
      expect(printString(receiver.receiveUDPDataInto(buffer))).toBe("#(0 #[0 0 0 0] 0 false)");
    });
  });

  it("a datagram longer than the buffer is cut (the rest is lost)", async () => {
    await inProcess(async () => {
      const receiver = await boundUdp();
      await track(Socket.newUDP()).sendUDPDataToHostPort("abcdef", LOOPBACK, receiver.localPort());
      await receiver.waitForDataFor(5);
      expect(receiver.receiveUDPDataInto(new Uint8Array(3))[0]).toBe(3);
      expect(receiver.dataAvailable()).toBe(false);
    });
  });

  it("receiveDataInto:fromHost:port: answers the count only for that sender", async () => {
    await inProcess(async () => {
      const receiver = await boundUdp();
      const sender = await boundUdp();
      await sender.sendUDPDataToHostPort("one", LOOPBACK, receiver.localPort());
      await sender.sendUDPDataToHostPort("two", LOOPBACK, receiver.localPort());
      await receiver.waitForDataFor(5);
      const buffer = new Uint8Array(10);
      expect(await receiver.receiveDataIntoFromHostPort(buffer, LOOPBACK, sender.localPort())).toBe(3);
      await receiver.waitForDataFor(5);
      expect(await receiver.receiveDataIntoFromHostPort(buffer, LOOPBACK, sender.localPort() + 1)).toBe(0);
    });
  });

  it("setPeer:port: makes sendData: and receiveData work, and keeps only the peer's datagrams", async () => {
    await inProcess(async () => {
      const a = await boundUdp();
      const b = await boundUdp();
      const stranger = await boundUdp();
      await a.setPeerPort(LOOPBACK, b.localPort());
      await b.setPeerPort(LOOPBACK, a.localPort());
      await stranger.sendUDPDataToHostPort("noise", LOOPBACK, a.localPort());
      expect(await a.sendData("ping")).toBe(4);
      expect(await b.receiveData()).toBe("ping");
      await b.sendData("pong");
      expect(await a.receiveData()).toBe("pong");
      expect(a.remotePort()).toBe(b.localPort());
      await pause(20);
      expect(a.dataAvailable()).toBe(false);
    });
  });

  it("receiving makes the sender the default destination (recvfrom into the peer)", async () => {
    await inProcess(async () => {
      const server = await boundUdp();
      const client = await boundUdp();
      await client.sendUDPDataToHostPort("question", LOOPBACK, server.localPort());
      expect(await server.receiveData()).toBe("question");
      expect(server.remotePort()).toBe(client.localPort());
      await server.sendData("answer");
      expect(await client.receiveData()).toBe("answer");
    });
  });

  it("a zero-length datagram reads as the end of the stream: OtherEndClosed (the plugin's one-byte peek)", async () => {
    await inProcess(async () => {
      const receiver = await boundUdp();
      const raw = createSocket("udp4");
      raw.bind(0, "127.0.0.1");
      await once(raw, "listening");
      raw.send(new Uint8Array(0), receiver.localPort(), "127.0.0.1");
      await pause(50);
      expect(receiver.dataAvailable()).toBe(false);
      expect(receiver.statusString()).toBe("otherEndClosedButNotThisEnd");
      raw.close();
    });
  });

  it("to a broadcast address without SO_BROADCAST: Squeak SocketPrimitiveFailed, Pharo NoBroadcastAllowed", async () => {
    await inProcess(async () => {
      const socket = await boundUdp();
      expect(await signalled(() => socket.sendUDPDataToHostPort("x", BROADCAST, 9), StError)).toBe(
        "SocketPrimitiveFailed: primSocket:sendUDPData:toHost:port:startIndex:count: failed",
      );
      pharo();
      expect(await signalled(() => socket.sendUDPDataToHostPort("x", BROADCAST, 9), StError)).toBe(
        "NoBroadcastAllowed: Sending to #[127 255 255 255] without SO_BROADCAST set",
      );
      expect(socket.setOptionValue("SO_BROADCAST", true)).toEqual([0, 1]);
      expect(await signalled(() => socket.sendUDPDataToHostPort("x", BROADCAST, 9), StError)).toBe(
        "no exception",
      );
    });
  });

  it("empty data: Squeak sends nothing, Pharo sends one empty datagram; both answer 0", async () => {
    await inProcess(async () => {
      const socket = await boundUdp();
      const receiver = await boundUdp();
      expect(await socket.sendUDPDataToHostPort("", LOOPBACK, receiver.localPort())).toBe(0);
      await pause(30);
      expect(receiver.isConnected()).toBe(true);
      pharo();
      expect(await socket.sendUDPDataToHostPort("", LOOPBACK, receiver.localPort())).toBe(0);
      await pause(30);
      expect(receiver.dataAvailable()).toBe(false);
      expect(receiver.isOtherEndClosed()).toBe(true);
    });
  });

  it("receiving on a TCP socket's UDP primitive fails", async () => {
    await inProcess(async () => {
      expect(
        await signalled(() => track(Socket.newTCP()).receiveUDPDataInto(new Uint8Array(4)), StError),
      ).toBe("SocketPrimitiveFailed: primSocket:receiveUDPDataInto:startingAt:count: failed");
    });
  });

  it("works over IPv6 (newUDP: 3) on ::1", async () => {
    await inProcess(async () => {
      const a = track(Socket.newUDP$(3));
      const b = track(Socket.newUDP$(3));
      await a.setPort(0);
      await b.sendUDPDataToHostPort("six", SocketAddress.loopback6(), a.localPort());
      await a.waitForDataFor(5);
      const [count, address] = a.receiveUDPDataInto(new Uint8Array(8));
      expect([count, address.length]).toEqual([3, 16]);
    });
  });
});
