import { StError } from "@smalltalk-sockets/runtime";
import { describe, expect, it } from "vitest";
import { Socket } from "../src/index.js";
import {
  connectedPair,
  inProcess,
  LOOPBACK,
  multiListener,
  pause,
  pharo,
  signalled,
  tcp,
} from "./helpers.js";

describe("waitForConnectionFor: and its variants", () => {
  it("answers at once when already Connected: Squeak true, Pharo the socket", async () => {
    await inProcess(async () => {
      const { client } = await connectedPair();
      expect(await client.waitForConnectionFor(5)).toBe(true);
      pharo();
      expect(await client.waitForConnectionFor(5)).toBe(client);
    });
  });

  it("times out: ConnectionTimedOut 'Failed to connect in N seconds' in both dialects", async () => {
    await inProcess(async () => {
      const listener = await multiListener();
      expect(await signalled(() => listener.waitForConnectionFor(0.05), StError)).toBe(
        "ConnectionTimedOut: Failed to connect in 0.05 seconds",
      );
      pharo();
      expect(await signalled(() => listener.waitForConnectionFor(0.05), StError)).toBe(
        "ConnectionTimedOut: Failed to connect in 0.05 seconds",
      );
    });
  });

  it("any other end (never listened, destroyed): Squeak ConnectionRefused, Pharo ConnectionClosed", async () => {
    await inProcess(async () => {
      expect(await signalled(() => tcp().waitForConnectionFor(1), StError)).toBe(
        "ConnectionRefused: Failed to connect in 1 seconds",
      );
      pharo();
      expect(await signalled(() => tcp().waitForConnectionFor(1), StError)).toBe(
        "ConnectionClosed: Connection aborted or failed: Success",
      );
      const destroyed = tcp().destroy();
      expect(await signalled(() => destroyed.waitForConnectionFor(1), StError)).toBe(
        "ConnectionClosed: Socket destroyed while connecting",
      );
    });
  });

  it("waitForConnectionFor:ifTimedOut: runs the block for a timeout and for a refusal (Squeak)", async () => {
    await inProcess(async () => {
      const listener = await multiListener();
      expect(await listener.waitForConnectionForIfTimedOut(0.02, () => "never")).toBe(false);
      let ran = 0;
      expect(await tcp().waitForConnectionForIfTimedOut(1, () => (ran += 1))).toBe(false);
      expect(ran).toBe(1);
    });
  });

  it("waitForConnectionFor:ifTimedOut:ifRefused: tells the two apart", async () => {
    await inProcess(async () => {
      const listener = await multiListener();
      const log: string[] = [];
      await listener.waitForConnectionForIfTimedOutIfRefused(
        0.02,
        () => log.push("timeout"),
        () => log.push("refused"),
      );
      await tcp().waitForConnectionForIfTimedOutIfRefused(
        1,
        () => log.push("timeout"),
        () => log.push("refused"),
      );
      expect(log).toEqual(["timeout", "refused"]);
    });
  });

  it("waitForConnectionFor:ifClosed:ifTimedOut: answers the socket or a block's value (Pharo)", async () => {
    await inProcess(async () => {
      const listener = await multiListener();
      expect(
        await listener.waitForConnectionForIfClosedIfTimedOut(
          0.02,
          () => "closed",
          () => "timeout",
        ),
      ).toBe("timeout");
      expect(
        await tcp().waitForConnectionForIfClosedIfTimedOut(
          1,
          () => "closed",
          () => "timeout",
        ),
      ).toBe("closed");
      const { client } = await connectedPair();
      expect(await client.waitForConnectionForIfClosedIfTimedOut(1, null, null)).toBe(client);
    });
  });

  it("waitForConnectionUntil: waits until a millisecond deadline (Squeak)", async () => {
    await inProcess(async () => {
      const listener = await multiListener();
      const client = tcp();
      await client.connectNonBlockingToPort(LOOPBACK, listener.localPort());
      expect(await client.waitForConnectionUntil(Socket.deadlineSecs(5))).toBe(true);
      expect(await listener.waitForConnectionUntil(Socket.deadlineSecs(0))).toBe(true);
      expect(await tcp().waitForConnectionUntil(Socket.standardDeadline())).toBe(false);
      const idle = await multiListener();
      const started = performance.now();
      expect(await idle.waitForConnectionUntil(Socket.deadlineSecs(0.05))).toBe(false);
      expect(performance.now() - started).toBeGreaterThanOrEqual(40);
    });
  });
});

describe("waitForData and its variants", () => {
  it("waitForData answers once data arrives; a close signals ConnectionClosed", async () => {
    await inProcess(async () => {
      const { client, server } = await connectedPair();
      setTimeout(() => void client.sendData("x"), 20);
      expect(await server.waitForData()).toBe(server);
      expect(await server.receiveData()).toBe("x");
      client.close();
      expect(await signalled(() => server.waitForData(), StError)).toBe(
        "ConnectionClosed: Connection close while waiting for data.",
      );
    });
  });

  it("waitForDataFor: signals ConnectionTimedOut or ConnectionClosed", async () => {
    await inProcess(async () => {
      const { client, server } = await connectedPair();
      expect(await signalled(() => server.waitForDataFor(0.05), StError)).toBe(
        "ConnectionTimedOut: Data receive timed out.",
      );
      client.close();
      expect(await signalled(() => server.waitForDataFor(5), StError)).toBe(
        "ConnectionClosed: Connection closed while waiting for data.",
      );
    });
  });

  it("waitForDataFor:ifClosed:ifTimedOut: prefers data already received to a close", async () => {
    await inProcess(async () => {
      const { client, server } = await connectedPair();
      await client.sendData("data");
      client.close();
      await pause(30);
      expect(
        await server.waitForDataForIfClosedIfTimedOut(
          1,
          () => "closed",
          () => "timeout",
        ),
      ).toBe(server);
      await server.receiveData();
      expect(
        await server.waitForDataForIfClosedIfTimedOut(
          1,
          () => "closed",
          () => "timeout",
        ),
      ).toBe("closed");
      expect(
        await tcp()
          .destroy()
          .waitForDataForIfClosedIfTimedOut(
            1,
            () => "closed",
            () => "timeout",
          ),
      ).toBe("closed");
      pharo();
      expect(
        await server.waitForDataForIfClosedIfTimedOut(
          1,
          () => "closed",
          () => "timeout",
        ),
      ).toBe("closed");
    });
  });

  it("waitForDataIfClosed: waits without a time limit, in one wait (Squeak's 500 ms slices are not needed: no signal is lost)", async () => {
    await inProcess(async () => {
      const { client, server } = await connectedPair();
      setTimeout(() => void client.sendData("late"), 700);
      const started = performance.now();
      expect(await server.waitForDataIfClosed(() => "closed")).toBe(server);
      expect(performance.now() - started).toBeGreaterThanOrEqual(650);
      await server.receiveData();
      client.close();
      expect(await server.waitForDataIfClosed(() => "closed")).toBe("closed");
    });
  });
});

describe("waitForSendDoneFor: and waitForDisconnectionFor:", () => {
  it("waitForSendDoneFor: Squeak answers true or false; Pharo true or an exception", async () => {
    await inProcess(async () => {
      const { client } = await connectedPair();
      expect(await client.waitForSendDoneFor(1)).toBe(true);
      expect(await tcp().waitForSendDoneFor(1)).toBe(false);
      pharo();
      expect(await client.waitForSendDoneFor(2)).toBe(true);
      expect(await signalled(() => tcp().waitForSendDoneFor(1), StError)).toBe(
        "ConnectionClosed: connection closed while sending data",
      );
      expect(
        await tcp().waitForSendDoneForIfClosedIfTimedOut(
          1,
          () => "closed",
          () => "timeout",
        ),
      ).toBe("closed");
    });
  });

  it("waitForDisconnectionFor: Squeak answers isConnected (inverted), discarding what arrives", async () => {
    await inProcess(async () => {
      const { client, server } = await connectedPair();
      await client.sendData("unread");
      client.close();
      expect(await server.waitForDisconnectionFor(5)).toBe(false);
      expect(server.isOtherEndClosed()).toBe(true);
      const other = await connectedPair();
      expect(await other.server.waitForDisconnectionFor(0.05)).toBe(true);
    });
  });

  it("waitForDisconnectionFor: Pharo answers whether it disconnected (its discard reads until the end)", async () => {
    pharo();
    await inProcess(async () => {
      const { client, server } = await connectedPair();
      await client.sendData("unread");
      setTimeout(() => client.close(), 50);
      const started = performance.now();
      expect(await server.waitForDisconnectionFor(0.3)).toBe(true);
      expect(server.isOtherEndClosed()).toBe(true);
      // Pharo then waits on the read semaphore for what is left of the timeout.
      expect(performance.now() - started).toBeGreaterThanOrEqual(280);
    });
  });
});
