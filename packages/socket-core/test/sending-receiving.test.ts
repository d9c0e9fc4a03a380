import { newMutableString, printString, StError, StObject, stringText } from "@smalltalk-sockets/runtime";
import { describe, expect, it } from "vitest";
import {
  ALL_BYTES,
  ALL_CHARACTERS,
  collect,
  connectedPair,
  inProcess,
  LOOPBACK,
  pause,
  pharo,
  rawServer,
  signalled,
  tcp,
} from "./helpers.js";

/** A file-like stream of bytes (`binary`, `atEnd`, `next:into:`, `close`), as `sendStreamContents:` reads one. */
class ByteSource extends StObject {
  static override readonly $stName: string = "ByteSource";
  readonly log: string[] = [];
  #position = 0;
  readonly #bytes: Uint8Array;

  constructor(bytes: Uint8Array) {
    super();
    this.#bytes = bytes;
  }

  binary(): this {
    this.log.push("binary");
    return this;
  }

  atEnd(): boolean {
    return this.#position >= this.#bytes.length;
  }

  nextInto(n: number, buffer: Uint8Array): Uint8Array {
    const chunk = this.#bytes.subarray(this.#position, this.#position + n);
    this.#position += chunk.length;
    buffer.set(chunk);
    return chunk.length < n ? buffer.slice(0, chunk.length) : buffer;
  }

  close(): this {
    this.log.push("close");
    return this;
  }
}

describe("sending", () => {
  it("sendData: sends a String or a ByteArray whole and answers its size", async () => {
    await inProcess(async () => {
      const { client, server } = await connectedPair();
      expect(await client.sendData("hello")).toBe(5);
      expect(await client.sendData(Uint8Array.of(1, 2, 3))).toBe(3);
      expect(await client.sendData(newMutableString("xyz"))).toBe(3);
      await pause(20);
      const buffer = new Uint8Array(20);
      expect(server.receiveAvailableDataInto(buffer)).toBe(11);
      expect([...buffer.subarray(0, 11)]).toEqual([104, 101, 108, 108, 111, 1, 2, 3, 120, 121, 122]);
    });
  });

  it("sendSomeData:, sendSomeData:startIndex:, sendSomeData:startIndex:count:(for:) send what fits", async () => {
    await inProcess(async () => {
      const { client, server } = await connectedPair();
      expect(await client.sendSomeData("abcdef")).toBe(6);
      expect(await client.sendSomeDataStartIndex("abcdef", 4)).toBe(3);
      expect(await client.sendSomeDataStartIndexCount("abcdef", 2, 2)).toBe(2);
      expect(await client.sendSomeDataStartIndexCountFor(Uint8Array.of(9, 8, 7), 3, 1, 1)).toBe(1);
      await pause(20);
      expect(server.receiveAvailableData()).toBe("abcdefdefbc\u0007");
    });
  });

  it("sendData:count: sends the first n elements; sendCommand: adds CR LF", async () => {
    await inProcess(async () => {
      const { client, server } = await connectedPair();
      expect(await client.sendDataCount("abcdef", 3)).toBe(client);
      expect(await client.sendCommand("QUIT")).toBe(6);
      await pause(20);
      expect(server.receiveAvailableData()).toBe("abcQUIT\r\n");
    });
  });

  it("sendStreamContents: sends a stream's contents in chunks and closes it", async () => {
    await inProcess(async () => {
      const { client, server } = await connectedPair();
      const data = Uint8Array.from({ length: 12000 }, (_, index) => index % 251);
      const stream = new ByteSource(data);
      await client.sendStreamContents(stream);
      expect(stream.log).toEqual(["binary", "close"]);
      await pause(30);
      const buffer = new Uint8Array(20000);
      expect(server.receiveAvailableDataInto(buffer)).toBe(12000);
      expect(buffer.subarray(0, 12000)).toEqual(data);
      const checked = new ByteSource(Uint8Array.of(1, 2));
      let checks = 0;
      await client.sendStreamContentsCheckBlock(checked, () => {
        checks += 1;
        return true;
      });
      expect([checked.log, checks]).toEqual([["binary", "close"], 1]);
    });
  });

  it("sendDone answers whether a send would not wait; false when not connected or destroyed", async () => {
    await inProcess(async () => {
      const { client } = await connectedPair();
      expect(client.sendDone()).toBe(true);
      expect(tcp().sendDone()).toBe(false);
      client.destroy();
      expect(client.sendDone()).toBe(false);
    });
  });

  it("after the peer has gone, a send soon fails: Squeak ConnectionTimedOut, Pharo ConnectionClosed", async () => {
    for (const [setUp, expected] of [
      [() => {}, "ConnectionTimedOut: send data timeout; data not sent"],
      [pharo, "ConnectionClosed: connection closed while sending data"],
    ] as const) {
      setUp();
      await inProcess(async () => {
        const { client, server } = await connectedPair();
        server.destroy();
        let outcome = "no exception";
        for (let attempt = 0; attempt < 50 && outcome === "no exception"; attempt += 1) {
          outcome = await signalled(() => client.sendData("ping"), StError);
          await pause(10);
        }
        expect(outcome).toBe(expected);
        expect(client.statusString()).toBe("otherEndClosedButNotThisEnd");
      });
    }
  });
});

describe("receiving", () => {
  it("every byte value round-trips, as a String and as a ByteArray", async () => {
    await inProcess(async () => {
      const { client, server } = await connectedPair();
      await client.sendData(ALL_CHARACTERS);
      await client.sendData(ALL_BYTES);
      const received = new Uint8Array(512);
      let count = 0;
      while (count < 512) count += await server.receiveDataIntoStartingAt(received, count + 1);
      expect(received.subarray(0, 256)).toEqual(ALL_BYTES);
      expect(received.subarray(256)).toEqual(ALL_BYTES);
      await server.sendData(received);
      let text = "";
      while (text.length < 512) text += await client.receiveData();
      expect(text).toBe(ALL_CHARACTERS + ALL_CHARACTERS);
    });
  });

  it("receiveData answers at most 2000 characters per call", async () => {
    await inProcess(async () => {
      const { client, server } = await connectedPair();
      await client.sendData("x".repeat(5000));
      await pause(20);
      expect((await server.receiveData()).length).toBe(2000);
      expect((await server.receiveData()).length).toBe(2000);
      expect((await server.receiveData()).length).toBe(1000);
    });
  });

  it("receiveDataInto: and receiveDataInto:startingAt: fill a ByteArray or a mutable String", async () => {
    await inProcess(async () => {
      const { client, server } = await connectedPair();
      await client.sendData("abc");
      const bytes = new Uint8Array(5);
      expect(await server.receiveDataInto(bytes)).toBe(3);
      expect([...bytes]).toEqual([97, 98, 99, 0, 0]);
      await client.sendData("XY");
      const text = newMutableString("-----");
      expect(await server.receiveDataIntoStartingAt(text, 2)).toBe(2);
      expect(stringText(text)).toBe("-XY--");
    });
  });

  it("a literal String cannot be received into: the primitive fails", async () => {
    await inProcess(async () => {
      const { client, server } = await connectedPair();
      await client.sendData("abc");
      expect(await signalled(() => server.receiveDataInto("a literal"), StError)).toBe(
        "SocketPrimitiveFailed: primSocket:receiveDataInto:startingAt:count: failed",
      );
      expect(await server.receiveData()).toBe("abc");
    });
  });

  it("receiveDataTimeout: and its variants answer '' or 0 on timeout and on close, without an exception", async () => {
    await inProcess(async () => {
      const { client, server } = await connectedPair();
      expect(await server.receiveDataTimeout(0.05)).toBe("");
      expect(await server.receiveDataTimeoutInto(0.02, new Uint8Array(4))).toBe(0);
      await client.sendData("ok");
      expect(await server.receiveDataTimeoutIntoStartingAt(5, new Uint8Array(4), 1)).toBe(2);
      await client.sendData("go");
      expect(await server.receiveDataWithTimeout()).toBe("go");
      await client.sendData("on");
      expect(await server.receiveDataWithTimeoutInto(new Uint8Array(4))).toBe(2);
      await client.sendData("!");
      expect(await server.receiveDataWithTimeoutIntoStartingAt(new Uint8Array(4), 2)).toBe(1);
      client.close();
      expect(await server.receiveDataTimeout(5)).toBe("");
    });
  });

  it("receiveDataSignallingTimeout:into:startingAt: signals ConnectionTimedOut and ConnectionClosed", async () => {
    await inProcess(async () => {
      const { client, server } = await connectedPair();
      const buffer = new Uint8Array(8);
      expect(
        await signalled(() => server.receiveDataSignallingTimeoutIntoStartingAt(0.05, buffer, 1), StError),
      ).toBe("ConnectionTimedOut: Data receive timed out.");
      await client.sendData("ab");
      expect(await server.receiveDataSignallingTimeoutIntoStartingAt(5, buffer, 1)).toBe(2);
      client.close();
      expect(
        await signalled(() => server.receiveDataSignallingTimeoutIntoStartingAt(5, buffer, 1), StError),
      ).toBe("ConnectionClosed: Connection closed while waiting for data.");
    });
  });

  it("receiveDataSignallingClosedInto:startingAt: waits without limit; a close signals ConnectionClosed", async () => {
    await inProcess(async () => {
      const { client, server } = await connectedPair();
      await client.sendData("ab");
      expect(await server.receiveDataSignallingClosedIntoStartingAt(new Uint8Array(8), 1)).toBe(2);
      client.close();
      expect(
        await signalled(
          () => server.receiveDataSignallingClosedIntoStartingAt(new Uint8Array(8), 1),
          StError,
        ),
      ).toBe("ConnectionClosed: Connection close while waiting for data.");
    });
  });

  it("receiveSomeData... read once without waiting", async () => {
    await inProcess(async () => {
      const { client, server } = await connectedPair();
      expect(server.receiveSomeData()).toBe("");
      await client.sendData("abcd");
      await pause(20);
      const buffer = new Uint8Array(2);
      expect(server.receiveSomeDataInto(buffer)).toBe(2);
      expect(server.receiveSomeDataIntoStartingAt(buffer, 2)).toBe(1);
      expect(server.receiveSomeData()).toBe("d");
    });
  });

  it("receiveAvailableData... read everything available without waiting", async () => {
    await inProcess(async () => {
      const { client, server } = await connectedPair();
      expect(server.receiveAvailableData()).toBe("");
      await client.sendData("abcdef");
      await pause(20);
      expect(printString(server.receiveAvailableDataIntoBuffer(new Uint8Array(4)))).toBe("#[97 98 99 100]");
      expect(server.receiveAvailableDataInto(new Uint8Array(1))).toBe(1);
      expect(server.receiveAvailableData()).toBe("f");
      await client.sendData("gh");
      await pause(20);
      expect(server.receiveAvailableDataIntoStartingAt(new Uint8Array(4), 3)).toBe(2);
    });
  });

  it("dataAvailable: true while data waits; false once read and when destroyed", async () => {
    await inProcess(async () => {
      const { client, server } = await connectedPair();
      expect(server.dataAvailable()).toBe(false);
      await client.sendData("Hello World");
      await pause(50);
      expect(server.dataAvailable()).toBe(true);
      expect(await server.receiveData()).toBe("Hello World");
      expect(server.dataAvailable()).toBe(false);
      server.destroy();
      expect(server.dataAvailable()).toBe(false);
    });
  });

  it("discardReceivedData: Squeak drops what is available, Pharo reads until the connection ends", async () => {
    await inProcess(async () => {
      const { client, server } = await connectedPair();
      await client.sendData("12345");
      await pause(20);
      expect(await server.discardReceivedData()).toBe(5);
      expect(await server.discardReceivedData()).toBe(0);
      pharo();
      await client.sendData("678");
      setTimeout(() => client.close(), 30);
      expect(await server.discardReceivedData()).toBe(3);
      expect(server.isOtherEndClosed()).toBe(true);
    });
  });

  it("data sent just before the peer closes is still readable after the close", async () => {
    await inProcess(async () => {
      const { server, port } = { ...(await rawServer((socket) => socket.end("last words"))) };
      void server;
      const socket = tcp();
      await socket.connectToPort(LOOPBACK, port);
      await pause(50);
      expect(socket.isConnected()).toBe(true);
      expect(await socket.receiveData()).toBe("last words");
      expect(await socket.receiveData()).toBe("");
      expect(socket.isOtherEndClosed()).toBe(true);
    });
  });

  it("what a Socket sends before close reaches a raw peer in full, then the end", async () => {
    const { port, received } = await new Promise<{ port: number; received: Promise<Buffer> }>((resolve) => {
      let received: Promise<Buffer> | undefined;
      void rawServer((socket) => {
        received = collect(socket);
      }).then(({ port }) =>
        resolve({ port, received: new Promise((done) => setTimeout(() => done(received!), 100)) }),
      );
    });
    await inProcess(async () => {
      const socket = tcp();
      await socket.connectToPort(LOOPBACK, port);
      await socket.sendData("x".repeat(100000));
      socket.close();
    });
    expect((await await received).length).toBe(100000);
  });
});
