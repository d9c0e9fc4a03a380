import { Writable } from "node:stream";
import { Delay, fork, forkAt, newProcess, runMain, Semaphore } from "@smalltalk-sockets/process";
import { describe, expect, test } from "vitest";
import { MemorySink, Transcript, TranscriptStream, writableSink } from "../src/index.js";

/** A Writable with a tiny buffer that takes `delay` ms per chunk, recording what it received. */
function slowWritable(received: string[], delay = 2): Writable {
  return new Writable({
    highWaterMark: 8,
    decodeStrings: false,
    write(chunk: string, _encoding, callback) {
      received.push(chunk);
      setTimeout(callback, delay);
    },
  });
}

describe("sinks", () => {
  test("the global Transcript writes to stdout until useSink swaps the sink; useSink answers the previous one", () => {
    const sink = new MemorySink();
    const previous = Transcript.useSink(sink);
    try {
      Transcript.show("to memory");
      expect(sink.contents()).toBe("to memory");
    } finally {
      expect(Transcript.useSink(previous)).toBe(sink);
    }
  });

  test("a Writable can be the sink", async () => {
    const received: string[] = [];
    const t = new TranscriptStream(slowWritable(received, 0));
    t.show("hello");
    t.show(" world");
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(received.join("")).toBe("hello world");
  });

  test("backpressure: a congested sink parks the writing processes, and output keeps its order", async () => {
    const received: string[] = [];
    const stream = slowWritable(received);
    const t = new TranscriptStream(writableSink(stream));
    const parked: boolean[] = [];
    const calls: string[] = [];
    const status = await runMain(async () => {
      for (const name of ["a", "b"]) {
        await fork(async () => {
          for (let line = 0; line < 5; line += 1) {
            calls.push(`${name}${line}-0123456789`);
            const shown = t.show(`${name}${line}-0123456789;`);
            parked.push(shown instanceof Promise);
            await shown;
          }
        });
      }
    });
    expect(status).toBe(0);
    await new Promise((resolve) => stream.end(resolve));
    const lines = received
      .join("")
      .split(";")
      .filter((line) => line !== "");
    expect(lines).toEqual(calls);
    expect(new Set(calls.slice(0, 4))).toEqual(
      new Set(["a0", "a1", "b0", "a2"].map((l) => `${l}-0123456789`)),
    );
    expect(parked.slice(0, 1)).toEqual([false]);
    expect(parked.filter((each) => each).length).toBeGreaterThan(5);
  });

  test("a process parked by backpressure shows up as waiting in TranscriptStream>>endEntry", async () => {
    const received: string[] = [];
    const t = new TranscriptStream(slowWritable(received, 20));
    await runMain(async () => {
      const writer = await fork(async () => {
        await t.show("0123456789");
        await t.show("second");
      });
      await Delay.forMilliseconds(5).wait();
      expect(writer.isBlocked()).toBe(true);
      expect(writer.printString()).toBe("a Process in TranscriptStream>>endEntry");
    });
    expect(received.join("")).toBe("0123456789second");
  });

  test("entries from concurrent processes never interleave inside one show:", async () => {
    const sink = new MemorySink();
    const t = new TranscriptStream(sink);
    await runMain(async () => {
      const go = new Semaphore();
      for (const name of ["x", "y", "z"]) {
        await forkAt(async () => {
          await go.wait();
          for (let count = 0; count < 20; count += 1) {
            await t.show(`<${name}${"-".repeat(count)}>`);
            if (count % 3 === 0) await Delay.forMilliseconds(0).wait();
          }
        }, 50);
      }
      for (let count = 0; count < 3; count += 1) await go.signal();
    });
    const entries = sink.contents().match(/<[^<>]*>/g) ?? [];
    expect(entries.join("")).toBe(sink.contents());
    expect(entries).toHaveLength(60);
  });

  test("the Taeumel ordering on the Transcript: the do-it's line comes first, then the server's", async () => {
    const sink = new MemorySink();
    const t = new TranscriptStream(sink);
    await runMain(async () => {
      const accepted = new Semaphore();
      const connected = new Semaphore();
      const server = newProcess(async () => {
        await accepted.wait();
        await t.showln("Client connected");
        await t.showln("Received: Hello World!");
      });
      server.priority$(30);
      await server.resume();
      setTimeout(() => {
        void accepted.signal();
        void connected.signal();
      }, 5);
      await connected.wait();
      await t.showln("Data sent: 12 bytes");
    });
    expect(sink.contents()).toBe("\nData sent: 12 bytes\nClient connected\nReceived: Hello World!");
  });
});
