import { hostname } from "node:os";
import { forkAt, Processor, runMain } from "@smalltalk-sockets/process";
import { NetNameResolver } from "@smalltalk-sockets/resolver";
import { type Exception, onDo, type SmalltalkClass, StError } from "@smalltalk-sockets/runtime";
import { describe, expect, it } from "vitest";
import { Socket } from "../src/index.js";
import { connectedPair, inProcess, LOOPBACK, pause, pharo, tcp, track } from "./helpers.js";

function describeError(ex: Exception): string {
  return `${(ex.constructor as SmalltalkClass).$stName}: ${ex.messageText()}`;
}

/** What a higher-priority reader waiting in `receiveData` signals when another process destroys its socket. */
async function readerReleasedByDestroy(): Promise<string[]> {
  const outcome: string[] = [];
  await inProcess(async () => {
    const { server } = await connectedPair();
    await forkAt(async () => {
      await onDo(
        async () => await server.receiveData(),
        StError,
        (ex: Exception) => {
          outcome.push(describeError(ex));
        },
      );
    }, Processor.userInterruptPriority());
    server.destroy();
    await pause(20);
  });
  return outcome;
}
describe("blocking is process-aware", () => {
  it("a process blocked in receiveData lets lower-priority processes run", async () => {
    const log: string[] = [];
    await inProcess(async () => {
      const { client, server } = await connectedPair();
      await forkAt(async () => {
        log.push("background runs while the reader waits");
        await client.sendData("wake up");
      }, Processor.userBackgroundPriority());
      log.push(`reader got ${await server.receiveData()}`);
    });
    expect(log).toEqual(["background runs while the reader waits", "reader got wake up"]);
  });

  it("receiveData blocks with no time limit (the wiki snippet's frozen UI)", async () => {
    const log: string[] = [];
    await inProcess(async () => {
      const { server } = await connectedPair();
      const reader = await forkAt(async () => {
        try {
          log.push(`received ${await server.receiveData()}`);
        } finally {
          log.push("reader unwound");
        }
      }, Processor.userInterruptPriority());
      await pause(1200);
      expect(reader.isTerminated()).toBe(false);
      log.push("still blocked after 1.2 s");
      await reader.terminate();
    });
    expect(log).toEqual(["still blocked after 1.2 s", "reader unwound"]);
  });

  it("terminate releases a process waiting to accept, to connect, for data", async () => {
    await inProcess(async () => {
      const listener = track(Socket.newTCP());
      await listener.listenOnBacklogSize(0, 4);
      const waits = [
        () => listener.waitForAcceptFor(30),
        () => listener.waitForConnectionFor(30),
        async () => (await connectedPair()).server.waitForDataFor(30),
      ];
      for (const wait of waits) {
        const waiter = await forkAt(() => wait(), Processor.userInterruptPriority());
        await pause(20);
        expect(waiter.isBlocked()).toBe(true);
        await waiter.terminate();
        expect(waiter.isTerminated()).toBe(true);
      }
    });
  });

  it("destroy from another process releases a waiting reader: Squeak's loop then fails its primitive", async () => {
    expect(await readerReleasedByDestroy()).toEqual([
      "SocketPrimitiveFailed: primSocketReceiveDataAvailable: failed",
    ]);
  });

  it("destroy from another process releases a waiting reader: Pharo's receive primitive fails", async () => {
    pharo();
    expect(await readerReleasedByDestroy()).toEqual([
      "SocketError: Socket destroyed, cannot retrieve error message",
    ]);
  });

  it("timeouts are honoured while other processes run", async () => {
    await inProcess(async () => {
      const { server } = await connectedPair();
      let ticks = 0;
      await forkAt(async () => {
        for (let i = 0; i < 5; i += 1) {
          ticks += 1;
          await pause(10);
        }
      }, Processor.userBackgroundPriority());
      const started = performance.now();
      expect(await server.receiveDataTimeout(0.2)).toBe("");
      expect(performance.now() - started).toBeGreaterThanOrEqual(190);
      expect(ticks).toBe(5);
    });
  });
});

describe("the dragons of reference section 7", () => {
  it("the Taeumel snippet with a usable address: the do-it's line comes first, then the server's (priorities 40 > 30)", async () => {
    const transcript: string[] = [];
    const status = await runMain(async () => {
      const port = await (async () => {
        const probe = track(Socket.newTCP());
        await probe.listenOnBacklogSizeInterface(0, 4, LOOPBACK);
        const free = probe.localPort();
        probe.destroy();
        return free;
      })();
      const data = "Hello World!";
      const serverSocket = track(Socket.newTCP());
      await serverSocket.listenOn(port);
      await forkAt(async () => {
        await serverSocket.waitForConnectionFor(10);
        transcript.push(`Client connected: ${serverSocket.isConnected()}`);
        transcript.push(`Server received: ${await serverSocket.receiveData()}`);
        await serverSocket.closeAndDestroy();
      }, Processor.userBackgroundPriority());
      const clientSocket = track(Socket.newTCP());
      await clientSocket.connectToPort(await NetNameResolver.localHostAddress(), port);
      transcript.push(`Data sent: ${await clientSocket.sendData(data)} bytes`);
      await clientSocket.closeAndDestroy();
    });
    expect(status).toBe(0);
    expect(transcript).toEqual([
      "Data sent: 12 bytes",
      "Client connected: true",
      "Server received: Hello World!",
    ]);
  });

  it("the Taeumel snippet as written: addressFromString: of the host name is nil, the connect fails, the server times out", async () => {
    for (const [setUp, expected] of [
      [() => {}, "MessageNotUnderstood: UndefinedObject>>asSocketAddress"],
      [pharo, "SocketError: Success"],
    ] as const) {
      setUp();
      const log: string[] = [];
      await inProcess(async () => {
        const serverSocket = tcp();
        await serverSocket.listenOn(0);
        await forkAt(async () => {
          await onDo(
            async () => await serverSocket.waitForConnectionFor(0.2),
            StError,
            (ex: Exception) => {
              log.push(`server: ${describeError(ex)}`);
            },
          );
        }, Processor.userBackgroundPriority());
        const address = NetNameResolver.addressFromString(hostname());
        expect(address).toBeNull();
        await onDo(
          async () => await tcp().connectToPort(address, serverSocket.localPort()),
          StError,
          (ex: Exception) => {
            log.push(`client: ${describeError(ex)}`);
          },
        );
        await pause(400);
      });
      expect(log).toEqual([
        `client: ${expected}`,
        "server: ConnectionTimedOut: Failed to connect in 0.2 seconds",
      ]);
    }
  });

  it("the server still receives what the client sent before it closed", async () => {
    await inProcess(async () => {
      const serverSocket = tcp();
      await serverSocket.listenOn(0);
      const clientSocket = tcp();
      await clientSocket.connectToPort(LOOPBACK, serverSocket.localPort());
      await clientSocket.sendData("Hello World!");
      await clientSocket.closeAndDestroy();
      await pause(30);
      expect(await serverSocket.waitForConnectionFor(10)).toBe(true);
      expect(await serverSocket.receiveData()).toBe("Hello World!");
      expect(await serverSocket.receiveData()).toBe("");
    });
  });

  it("listenOn: on a port in use: Squeak listens elsewhere and the client is refused; Pharo raises", async () => {
    await inProcess(async () => {
      const occupant = track(Socket.newTCP());
      await occupant.listenOn(0);
      const port = occupant.localPort();
      const squeakServer = tcp();
      await squeakServer.listenOn(port);
      expect(squeakServer.localPort()).not.toBe(port);
      occupant.destroy();
      const client = tcp();
      await onDo(
        async () => await client.connectToPort(LOOPBACK, port),
        StError,
        (ex: Exception) => expect(describeError(ex)).toMatch(/^ConnectionRefused/),
      );
    });
  });

  it("localHostAddress answers loopback, so connect-to-myself works on any machine", async () => {
    expect((await NetNameResolver.localHostAddress())?.hostNumber()).toBe("127.0.0.1");
  });
});
