import { forkAt, Processor } from "@smalltalk-sockets/process";
import { type NameLookup, SocketAddress, setNameLookup, systemNameLookup } from "@smalltalk-sockets/resolver";
import {
  char,
  newMutableString,
  printString,
  StError,
  setDialect,
  stringText,
} from "@smalltalk-sockets/runtime";
import { afterEach, describe, expect, it } from "vitest";
import { Socket, SocketStream } from "../src/index.js";
import {
  ALL_BYTES,
  ALL_CHARACTERS,
  connectedPair,
  inProcess,
  LOOPBACK,
  multiListener,
  pause,
  pharo,
  signalled,
  track,
} from "./helpers.js";

afterEach(() => setNameLookup(systemNameLookup));

const DIALECTS = [
  ["Squeak", () => setDialect("squeak")],
  ["Pharo", () => setDialect("pharo")],
] as const;

/** Pharo's SocketStreamTest fixture: two connected streams. */
async function streams(): Promise<{ clientStream: SocketStream; serverStream: SocketStream }> {
  const { client, server } = await connectedPair();
  return { clientStream: SocketStream.on(client), serverStream: SocketStream.on(server) };
}

/** Runs `body` later, in a process of its own (the tests' `[...] fork` after a Delay). */
async function later(milliseconds: number, body: () => Promise<unknown>): Promise<void> {
  await forkAt(async () => {
    await pause(milliseconds);
    await body();
  }, Processor.userBackgroundPriority());
}

describe("instance creation", () => {
  it("on: wraps a connected socket; the defaults are Squeak's", async () => {
    await inProcess(async () => {
      const { client } = await connectedPair();
      const stream = SocketStream.on(client);
      expect([
        stream.socket(),
        stream.isBinary(),
        stream.autoFlush(),
        stream.bufferSize(),
        stream.shouldSignal(),
      ]).toEqual([client, false, true, 4096, true]);
      expect(stream.timeout()).toBe(45);
      expect(printString(stream)).toBe("SocketStream[inbuf:4kb/outbuf:4kb]");
    });
  });

  it("openConnectionToHost:port: and openConnectionToHost:port:timeout: connect a new socket", async () => {
    await inProcess(async () => {
      const listener = await multiListener();
      const first = await SocketStream.openConnectionToHostPort(LOOPBACK, listener.localPort());
      const second = await SocketStream.openConnectionToHostPortTimeout(
        SocketAddress.loopback4(),
        listener.localPort(),
        5,
      );
      expect([first.isConnected(), second.isConnected()]).toEqual([true, true]);
      track(first.socket());
      track(second.socket());
      pharo();
      const third = await SocketStream.openConnectionToHostPort(LOOPBACK, listener.localPort());
      expect(third.isConnected()).toBe(true);
      track(third.socket());
    });
  });

  it("openConnectionToHostNamed:port: resolves and connects (Squeak tries each address)", async () => {
    await inProcess(async () => {
      const listener = await multiListener();
      const stream = (await SocketStream.openConnectionToHostNamedPort(
        "localhost",
        listener.localPort(),
      )) as SocketStream;
      track(stream.socket());
      expect(stream.isConnected()).toBe(true);
    });
  });

  it("openConnectionToHostNamed:port: when nothing answers: Squeak re-signals the last error", async () => {
    setNameLookup({
      addressesOf: async () => [
        { address: "127.0.0.1", family: 4 },
        { address: "127.0.0.1", family: 4 },
      ],
      nameOf: async () => "localhost",
    });
    const probe = track(Socket.newTCP());
    await inProcess(() => probe.listenOnBacklogSizeInterface(0, 4, LOOPBACK));
    const port = probe.localPort();
    probe.destroy();
    await inProcess(async () => {
      expect(
        await signalled(() => SocketStream.openConnectionToHostNamedPort("twice", port), StError),
      ).toMatch(/^ConnectionRefused: Cannot connect to 127\.0\.0\.1/);
    });
  });

  it("openConnectionToHostNamed:port: of a name that does not resolve: Squeak nil, Pharo NameLookupFailure", async () => {
    const nowhere: NameLookup = { addressesOf: async () => [], nameOf: async () => "x" };
    setNameLookup(nowhere);
    await inProcess(async () => {
      expect(await SocketStream.openConnectionToHostNamedPort("nowhere", 80)).toBeNull();
      pharo();
      expect(await signalled(() => SocketStream.openConnectionToHostNamedPort("nowhere", 80), StError)).toBe(
        "NameLookupFailure: cannot resolve 'nowhere'",
      );
    });
  });
});

describe.each(DIALECTS)("reading (%s)", (_dialect, setUp) => {
  it("next answers Characters (ascii) or bytes (binary); the peer's close signals, then it answers nil", async () => {
    setUp();
    await inProcess(async () => {
      const { clientStream, serverStream } = await streams();
      await clientStream.nextPutAll("ab");
      await clientStream.flush();
      expect(await serverStream.next()).toBe(char(97));
      serverStream.binary();
      expect(await serverStream.next()).toBe(98);
      await clientStream.close();
      expect(await signalled(() => serverStream.next(), StError)).toBe(
        "ConnectionClosed: Connection closed while waiting for data.",
      );
      expect(serverStream.atEnd()).toBe(true);
      expect(await serverStream.next()).toBeNull();
    });
  });

  it("next: answers n elements; next:into:, next:into:startingAt:, nextInto: fill a collection", async () => {
    setUp();
    await inProcess(async () => {
      const { clientStream, serverStream } = await streams();
      await clientStream.nextPutAllFlush("0123456789abcdef");
      expect(await serverStream.next$(4)).toBe("0123");
      const buffer = newMutableString("......");
      expect(stringText((await serverStream.nextInto$(3, buffer)) as typeof buffer)).toBe("456...");
      expect(stringText((await serverStream.nextIntoStartingAt(2, buffer, 5)) as typeof buffer)).toBe(
        "456.78",
      );
      const bytes = new Uint8Array(3);
      serverStream.binary();
      expect([...((await serverStream.nextInto(bytes)) as Uint8Array)]).toEqual([57, 97, 98]);
      expect(await serverStream.readIntoStartingAtCount(bytes, 1, 2)).toBe(2);
      expect(await serverStream.nextIntoStartingAt$(new Uint8Array(2), 2)).toEqual(Uint8Array.of(0, 101));
    });
  });

  it("next:into:startingAt: answers a shorter copy when the peer closes (testNextIntoClose), also not signalling", async () => {
    setUp();
    for (const signalling of [true, false]) {
      await inProcess(async () => {
        const { clientStream, serverStream } = await streams();
        serverStream.shouldSignal$(signalling);
        await clientStream.nextPutAll("A line of text");
        await clientStream.flush();
        await later(100, () => clientStream.close());
        const read = await serverStream.nextIntoStartingAt(100, newMutableString(" ".repeat(100)), 1);
        expect(printString(read)).toBe("'A line of text'");
      });
    }
  });

  it("upTo: a Character, a byte value, in binary mode; the rest of the line arrives later (testUpTo)", async () => {
    setUp();
    await inProcess(async () => {
      const { clientStream, serverStream } = await streams();
      await clientStream.nextPutAll("A line of text\rwith more");
      await clientStream.flush();
      expect(await serverStream.upTo(char(13))).toBe("A line of text");
      await later(100, async () => {
        await clientStream.nextPutAll(" text\r13\r");
        await clientStream.flush();
      });
      expect(await serverStream.upTo(char(13))).toBe("with more text");
      expect(await serverStream.upTo(13)).toBe("13");
      clientStream.binary();
      serverStream.binary();
      await clientStream.nextPutAll(Uint8Array.of(1, 2, 13, 4));
      await clientStream.flush();
      expect(await serverStream.upTo(char(13))).toEqual(Uint8Array.of(1, 2));
    });
  });

  it("upToAll:, nextLine (CR LF) and nextLineLf", async () => {
    setUp();
    await inProcess(async () => {
      const { clientStream, serverStream } = await streams();
      await clientStream.nextPutAllFlush("first\r\nsecond\nthird--end--fourth\r\nrest");
      expect(await serverStream.nextLine()).toBe("first");
      expect(await serverStream.nextLineLf()).toBe("second");
      expect(await serverStream.upToAll("--end--")).toBe("third");
      expect(await serverStream.nextLineCrLf()).toBe("fourth");
    });
  });

  it("upTo: and upToAll: give up past their limit (testUpToAllLimit, testUpToMax)", async () => {
    setUp();
    await inProcess(async () => {
      const { clientStream, serverStream } = await streams();
      await clientStream.nextPutAllFlush("A line of text");
      await pause(30);
      expect(await serverStream.upToAllLimit("\r\n", 5)).toBe("A line of text");
      await clientStream.nextPutAllFlush("A line of text");
      await pause(30);
      expect(await serverStream.upToLimit(char(13), 5)).toBe("A line of text");
    });
  });

  it("upTo: and upToAll: when the peer closes first: ConnectionClosed, or the rest when not signalling", async () => {
    setUp();
    for (const [signalling, expected] of [
      [true, "ConnectionClosed: Connection closed while waiting for data."],
      [false, "no exception"],
    ] as const) {
      for (const read of [(s: SocketStream) => s.upTo(char(13)), (s: SocketStream) => s.upToAll("\r\n")]) {
        await inProcess(async () => {
          const { clientStream, serverStream } = await streams();
          serverStream.shouldSignal$(signalling);
          await clientStream.nextPutAll("A line of text");
          await clientStream.close();
          let answer: unknown = null;
          expect(await signalled(async () => (answer = await read(serverStream)), StError)).toBe(expected);
          if (!signalling) expect(answer).toBe("A line of text");
        });
      }
    }
  });

  it("upTo: and upToAll: time out (testUpToTimeout, testUpToAllTimeout)", async () => {
    setUp();
    await inProcess(async () => {
      const { clientStream, serverStream } = await streams();
      await clientStream.nextPutAll("A line of text");
      serverStream.timeout$(0.1);
      expect(await signalled(() => serverStream.upTo(char(13)), StError)).toBe(
        "ConnectionTimedOut: Data receive timed out.",
      );
      expect(await signalled(() => serverStream.upToAll("\r\n"), StError)).toBe(
        "ConnectionTimedOut: Data receive timed out.",
      );
    });
  });

  it("upToEnd answers everything until the peer closes (testUpToEndClose), also not signalling", async () => {
    setUp();
    for (const signalling of [true, false]) {
      await inProcess(async () => {
        const { clientStream, serverStream } = await streams();
        serverStream.shouldSignal$(signalling);
        await clientStream.nextPutAll("A line of text");
        await clientStream.flush();
        await later(100, () => clientStream.close());
        expect(await serverStream.upToEnd()).toBe("A line of text");
      });
    }
  });

  it("peek, peek:, peekFor:, peekForAll:, skip:", async () => {
    setUp();
    await inProcess(async () => {
      const { clientStream, serverStream } = await streams();
      await clientStream.nextPutAllFlush("abcdefgh");
      expect(await serverStream.peek()).toBe(char(97));
      expect(await serverStream.peek$(3)).toBe("abc");
      expect(await serverStream.peekFor(char(98))).toBe(false);
      expect(await serverStream.peekFor(char(97))).toBe(true);
      expect(await serverStream.peekForAll("bc")).toBe(true);
      expect(await serverStream.peekForAll("xx")).toBe(false);
      expect(await serverStream.skip(2)).toBe(serverStream);
      expect(await serverStream.next$(3)).toBe("fgh");
    });
  });

  it("nextAvailable, nextAvailable:, nextAllInBuffer, nextInBuffer:, receiveData, isDataAvailable, isEmpty", async () => {
    setUp();
    await inProcess(async () => {
      const { clientStream, serverStream } = await streams();
      expect([serverStream.isDataAvailable(), serverStream.isEmpty()]).toEqual([false, true]);
      expect(await serverStream.nextAvailable()).toBe("");
      await clientStream.nextPutAllFlush("0123456789");
      await serverStream.receiveData();
      expect(serverStream.inBufferSize()).toBe(10);
      expect(serverStream.nextInBuffer(2)).toBe("01");
      expect(await serverStream.nextAvailable$(3)).toBe("234");
      expect(serverStream.nextAllInBuffer()).toBe("56789");
      await clientStream.nextPutAllFlush("xyz");
      await pause(30);
      expect([serverStream.isDataAvailable(), serverStream.isEmpty()]).toEqual([true, false]);
      expect(await serverStream.nextAvailable()).toBe("xyz");
      expect(serverStream.recentlyRead()).toBeGreaterThanOrEqual(0);
    });
  });

  it("receiveData: waits until n bytes are buffered; isInBufferEmpty, isStream, socket and socket:", async () => {
    setUp();
    await inProcess(async () => {
      const { clientStream, serverStream } = await streams();
      expect([serverStream.isStream(), serverStream.isInBufferEmpty()]).toEqual([true, true]);
      await forkAt(async () => {
        for (const part of ["ab", "cd", "ef"]) {
          await clientStream.nextPutAllFlush(part);
          await pause(10);
        }
      }, Processor.userBackgroundPriority());
      expect(await serverStream.receiveData$(5)).toBe(serverStream);
      expect(serverStream.inBufferSize()).toBeGreaterThanOrEqual(5);
      expect(serverStream.isInBufferEmpty()).toBe(false);
      expect(await serverStream.next$(5)).toBe("abcde");
      const other = track(Socket.newTCP());
      const socket = serverStream.socket();
      expect(serverStream.socket$(other).socket()).toBe(other);
      serverStream.socket$(socket);
      expect(await serverStream.next()).toStrictEqual(char(102));
      expect(serverStream.isInBufferEmpty()).toBe(true);
    });
  });

  it("every byte value round-trips through ascii and binary streams", async () => {
    setUp();
    await inProcess(async () => {
      const { clientStream, serverStream } = await streams();
      await clientStream.nextPutAllFlush(ALL_CHARACTERS);
      expect(await serverStream.next$(256)).toBe(ALL_CHARACTERS);
      clientStream.binary();
      serverStream.binary();
      await clientStream.nextPutAllFlush(ALL_BYTES);
      expect(await serverStream.next$(256)).toEqual(ALL_BYTES);
    });
  });
});

describe.each(DIALECTS)("writing (%s)", (_dialect, setUp) => {
  it("nextPut:, nextPutAll:, <<, print:, cr, crlf, space, next:putAll:startingAt: are buffered until flush", async () => {
    setUp();
    await inProcess(async () => {
      const { clientStream, serverStream } = await streams();
      await clientStream.nextPut(char(65));
      await clientStream.nextPutAll("bc");
      await clientStream.shiftLeft("de");
      await clientStream.shiftLeft(char(70));
      await clientStream.print(42);
      await clientStream.cr();
      await clientStream.crlf();
      await clientStream.space();
      await clientStream.nextPutAllStartingAt(2, "wxyz", 2);
      expect(clientStream.outBufferSize()).toBe(14);
      await pause(20);
      expect(serverStream.isDataAvailable()).toBe(false);
      await clientStream.flush();
      expect(await serverStream.next$(14)).toBe("AbcdeF42\r\r\n xy");
    });
  });

  it("autoFlush sends once more than bufferSize bytes wait; without it only flush sends", async () => {
    setUp();
    await inProcess(async () => {
      const { clientStream, serverStream } = await streams();
      clientStream.bufferSize$(8);
      await clientStream.nextPutAll("123456789");
      expect(clientStream.outBufferSize()).toBe(0);
      expect(await serverStream.next$(9)).toBe("123456789");
      clientStream.autoFlush$(false);
      await clientStream.nextPutAll("123456789");
      expect(clientStream.outBufferSize()).toBe(9);
    });
  });

  it("sendCommand: writes the line with CR LF and flushes; nextPutAllFlush: sends directly", async () => {
    setUp();
    await inProcess(async () => {
      const { clientStream, serverStream } = await streams();
      await clientStream.nextPutAll("buffered ");
      expect(await clientStream.nextPutAllFlush("direct")).toBe(clientStream);
      await clientStream.sendCommand("QUIT");
      expect(await serverStream.nextLine()).toBe("buffered directQUIT");
    });
  });

  it("binary mode writes bytes: nextPut: an Integer, nextPutAll: a ByteArray", async () => {
    setUp();
    await inProcess(async () => {
      const { clientStream, serverStream } = await streams();
      clientStream.binary();
      await clientStream.nextPut(255);
      await clientStream.nextPutAll(Uint8Array.of(0, 1));
      await clientStream.nextPutAll("A");
      await clientStream.flush();
      serverStream.binary();
      expect(await serverStream.next$(4)).toEqual(Uint8Array.of(255, 0, 1, 65));
      serverStream.ascii();
      expect(serverStream.isBinary()).toBe(false);
    });
  });

  it("flush after the peer closed: the first does not signal, a later one does (testFlushOtherEndClosed)", async () => {
    setUp();
    await inProcess(async () => {
      const { clientStream, serverStream } = await streams();
      await serverStream.close();
      await clientStream.nextPutAll("A line of text");
      expect(await signalled(() => clientStream.flush(), StError)).toBe("no exception");
      await pause(100);
      await clientStream.nextPutAll("A line of text");
      const expected = setUp === DIALECTS[1][1] ? /^ConnectionClosed/ : /^ConnectionTimedOut/;
      let outcome = "no exception";
      for (let attempt = 0; attempt < 20 && outcome === "no exception"; attempt += 1) {
        outcome = await signalled(() => clientStream.nextPutAllFlush("more"), StError);
        await pause(20);
      }
      expect(outcome).toMatch(expected);
    });
  });

  it("flush drops the data silently once the socket knows the peer closed; not signalling swallows failures", async () => {
    setUp();
    await inProcess(async () => {
      const { clientStream, serverStream } = await streams();
      await serverStream.close();
      await pause(30);
      expect(clientStream.socket().dataAvailable()).toBe(false);
      expect(clientStream.isOtherEndConnected()).toBe(false);
      await clientStream.nextPutAll("lost");
      expect(await signalled(() => clientStream.flush(), StError)).toBe("no exception");
      expect(clientStream.outBufferSize()).toBe(4);
    });
  });
});

describe("control and TypeScript conveniences", () => {
  it("close flushes, then closes and destroys the socket; destroy does not flush", async () => {
    await inProcess(async () => {
      const { clientStream, serverStream } = await streams();
      await clientStream.nextPutAll("flushed by close");
      expect(await clientStream.close()).toBe(clientStream);
      expect(clientStream.socket().statusString()).toBe("destroyed");
      expect(await serverStream.upToEnd()).toBe("flushed by close");
      await serverStream.nextPutAll("never sent");
      expect(serverStream.destroy()).toBe(serverStream);
      expect([serverStream.isConnected(), serverStream.socket().statusString()]).toEqual([
        false,
        "destroyed",
      ]);
    });
  });

  it("noTimeout and timeout: configure how long reads wait", async () => {
    await inProcess(async () => {
      const { serverStream } = await streams();
      expect(serverStream.noTimeout().shouldTimeout()).toBe(false);
      expect(serverStream.timeout$(0.05).shouldTimeout()).toBe(true);
      expect(await signalled(() => serverStream.next(), StError)).toBe(
        "ConnectionTimedOut: Data receive timed out.",
      );
    });
  });

  it("shouldSignal: false swallows a timeout, and next then answers what lies past the data (a NUL), as Squeak's does", async () => {
    await inProcess(async () => {
      const { serverStream } = await streams();
      serverStream.timeout$(0.05).shouldSignal$(false);
      expect(await serverStream.next()).toBe(char(0));
    });
  });

  it("for await iterates over the data until the peer closes", async () => {
    await inProcess(async () => {
      const { clientStream, serverStream } = await streams();
      await later(20, async () => {
        await clientStream.nextPutAllFlush("one ");
        await pause(20);
        await clientStream.nextPutAllFlush("two");
        await clientStream.close();
      });
      const chunks: string[] = [];
      for await (const chunk of serverStream) chunks.push(chunk as string);
      expect(chunks.join("")).toBe("one two");
    });
  });

  it("Symbol.asyncDispose closes the stream", async () => {
    await inProcess(async () => {
      const { clientStream, serverStream } = await streams();
      await clientStream.nextPutAll("disposed");
      await clientStream[Symbol.asyncDispose]();
      expect(clientStream.socket().statusString()).toBe("destroyed");
      expect(await serverStream.upToEnd()).toBe("disposed");
    });
  });

  it("debug shows the buffers", async () => {
    await inProcess(async () => {
      const { clientStream } = await streams();
      await clientStream.nextPutAll("pending");
      expect(clientStream.debug()).toBe(
        "Buffer size: 4096\rInBuffer data size: 0\rIn data (20):\rOutBuffer data size: 7\rOut data (20):pending\r",
      );
    });
  });
});
