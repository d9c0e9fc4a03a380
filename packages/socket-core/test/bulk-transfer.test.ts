import { createHash } from "node:crypto";
import { forkAt, Processor } from "@smalltalk-sockets/process";
import { describe, expect, it } from "vitest";
import { collect, connectedPair, inProcess, LOOPBACK, pause, rawServer, tcp } from "./helpers.js";

const TOTAL = 256 * 1024 * 1024;
const CHUNK = 1024 * 1024;

/** Fills `buffer` with bytes that depend on `seed` (a different pattern for every chunk). */
function fill(buffer: Uint8Array, seed: number): void {
  let state = (seed * 2654435761) >>> 0 || 1;
  for (let index = 0; index < buffer.length; index += 4) {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    buffer[index] = state & 0xff;
    buffer[index + 1] = (state >>> 8) & 0xff;
    buffer[index + 2] = (state >>> 16) & 0xff;
    buffer[index + 3] = (state >>> 24) & 0xff;
  }
}

describe("nothing lost, backpressure both ways", () => {
  it("sendData: of a ByteArray answers only once Node has handed every byte on: the buffer may change then", async () => {
    const original = new Uint8Array(8 * CHUNK);
    fill(original, 42);
    let received: Promise<Buffer> | undefined;
    const { port } = await rawServer((socket) => {
      socket.pause();
      setTimeout(() => socket.resume(), 300);
      received = collect(socket);
    });
    await inProcess(async () => {
      const socket = tcp();
      await socket.connectToPort(LOOPBACK, port);
      const buffer = Uint8Array.from(original);
      expect(await socket.sendData(buffer)).toBe(buffer.length);
      buffer.fill(0);
      socket.close();
    });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(Buffer.compare(await received!, original)).toBe(0);
  });

  it("256 MiB through sendData: and receiveDataInto: with a slow reader arrive byte-identical", async () => {
    const sentHash = createHash("sha256");
    const receivedHash = createHash("sha256");
    let sent = 0;
    let received = 0;
    let stalledProgress = -1;
    await inProcess(async () => {
      const { client, server } = await connectedPair();
      await forkAt(async () => {
        const buffer = new Uint8Array(CHUNK);
        for (let chunk = 0; sent < TOTAL; chunk += 1) {
          fill(buffer, chunk);
          sentHash.update(buffer);
          sent += await client.sendData(buffer);
        }
        client.close();
      }, Processor.userBackgroundPriority());
      const buffer = new Uint8Array(64 * 1024);
      let reads = 0;
      for (;;) {
        const count = await server.receiveDataInto(buffer);
        if (count === 0) break;
        receivedHash.update(buffer.subarray(0, count));
        received += count;
        reads += 1;
        if (reads % 256 === 0) await pause(1);
        if (stalledProgress < 0 && received >= 16 * CHUNK) {
          const sentBefore = sent;
          await pause(300);
          stalledProgress = sent - sentBefore;
        }
      }
      expect(server.isOtherEndClosed()).toBe(true);
    });
    expect(received).toBe(TOTAL);
    expect(receivedHash.digest("hex")).toBe(sentHash.digest("hex"));
    // While the reader slept 300 ms the sender could only fill the buffers on the way, not run ahead.
    expect(stalledProgress).toBeLessThan(48 * CHUNK);
  }, 120_000);
});
