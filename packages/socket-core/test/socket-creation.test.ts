import { printString, StError } from "@smalltalk-sockets/runtime";
import { describe, expect, it } from "vitest";
import { Socket } from "../src/index.js";
import { inProcess, pharo, signalled, track } from "./helpers.js";

describe("instance creation", () => {
  it("newTCP, new: an Unconnected, valid TCP socket with three semaphores", () => {
    for (const socket of [track(Socket.newTCP()), track(Socket.new())]) {
      expect(printString(socket)).toBe("a Socket[unconnected]");
      expect([socket.isValid(), socket.isUnconnected(), socket.isUnconnectedOrInvalid()]).toEqual([
        true,
        true,
        true,
      ]);
      expect(
        [socket.semaphore(), socket.readSemaphore(), socket.writeSemaphore()].every((each) => each !== null),
      ).toBe(true);
      expect(socket.socketHandle()).not.toBeNull();
    }
  });

  it("newUDP: UDP sockets are born Connected", () => {
    const socket = track(Socket.newUDP());
    expect([socket.isConnected(), socket.statusString()]).toEqual([true, "connected"]);
  });

  it("newTCP: and newUDP: take a family (0 and 2 inet4, 3 inet6)", async () => {
    for (const family of [0, 2, 3]) {
      expect(track(Socket.newTCP$(family)).isUnconnected()).toBe(true);
      expect(track(Socket.newUDP$(family)).isConnected()).toBe(true);
    }
    await inProcess(async () => {
      const six = track(Socket.newUDP$(3));
      await six.setPort(0);
      expect(six.localSocketAddress().hostNumber()).toBe("::1");
    });
  });

  it("a family the plugin cannot make fails: Squeak SocketPrimitiveFailed, Pharo SocketError", async () => {
    expect(await signalled(() => Socket.newTCP$(1), StError)).toBe(
      "SocketPrimitiveFailed: primSocketCreateNetwork:type:receiveBufferSize:sendBufSize:semaIndex:readSemaIndex:writeSemaIndex: failed",
    );
    pharo();
    expect(await signalled(() => Socket.newUDP$(1), StError)).toBe(
      "SocketError: Socket destroyed, cannot retrieve error message",
    );
  });

  it("createIfFail:, tcpCreateIfFail: and udpCreateIfFail: answer a valid socket", () => {
    const failed = () => "failed";
    expect(track(Socket.createIfFail(failed) as Socket).isUnconnected()).toBe(true);
    expect(track(Socket.tcpCreateIfFail(failed) as Socket).isUnconnected()).toBe(true);
    expect(track(Socket.udpCreateIfFail(failed) as Socket).isConnected()).toBe(true);
  });

  it("basicNew is a socket without a handle: destroyed", () => {
    const socket = new Socket();
    expect([printString(socket), socket.isValid(), socket.isUnconnectedOrInvalid()]).toEqual([
      "a Socket[destroyed]",
      false,
      true,
    ]);
  });
});

describe("class side", () => {
  it("standardTimeout is 45 seconds", () => {
    expect(Socket.standardTimeout()).toBe(45);
  });

  it("deadlineSecs: and standardDeadline are millisecond clock values (Squeak)", () => {
    const now = Math.trunc(performance.now());
    expect(Socket.deadlineSecs(2) - now).toBeGreaterThanOrEqual(1990);
    expect(Socket.deadlineSecs(2) - now).toBeLessThan(2100);
    expect(Socket.standardDeadline() - now).toBeGreaterThanOrEqual(44990);
  });

  it("wildcardAddress is #[0 0 0 0] and wildcardPort 0", () => {
    expect(printString(Socket.wildcardAddress())).toBe("#[0 0 0 0]");
    expect(Socket.wildcardPort()).toBe(0);
  });

  it.each([
    [7, "echo"],
    [9, "discard"],
    [13, "time"],
    [19, "characterGenerator"],
    [21, "ftp"],
    [23, "telnet"],
    [25, "smtp"],
    [80, "http"],
    [110, "pop3"],
    [119, "nntp"],
    [8080, "port-8080"],
    [0, "port-0"],
  ])("nameForWellKnownTCPPort: %i is %s", (port, name) => {
    expect(Socket.nameForWellKnownTCPPort(port)).toBe(name);
  });

  it("maximumReadSemaphoreWaitTimeout is a preference, 500 ms by default (Squeak)", () => {
    expect(Socket.maximumReadSemaphoreWaitTimeout()).toBe(500);
    Socket.maximumReadSemaphoreWaitTimeout$(100);
    expect(Socket.maximumReadSemaphoreWaitTimeout()).toBe(100);
    Socket.maximumReadSemaphoreWaitTimeout$(500);
  });

  it("deadServer: remembers a name", () => {
    expect(Socket.deadServer$("example").deadServer()).toBe("example");
    Socket.deadServer$(null);
  });

  it("initializeNetwork readies the resolver", () => {
    expect(Socket.initializeNetwork()).toBe(true);
    expect(track(Socket.newTCP()).initializeNetwork()).toBe(true);
  });

  it("bindsLoopbackOnly is on for this test suite (network safety)", () => {
    expect(Socket.bindsLoopbackOnly()).toBe(true);
  });
});
