import type { Writable } from "node:stream";

/**
 * Where a Transcript's entries go. `write` answers false when the sink wants the writer to wait
 * (backpressure); the Transcript then holds later entries, in order, until `onceDrained` calls back.
 */
export interface TranscriptSink {
  /** Writes `text`; answers false when later writes should wait for {@link onceDrained}. */
  write(text: string): boolean;
  /** Calls `listener` once when the sink can take more (or can never take more: it closed). */
  onceDrained(listener: () => void): void;
  /** Forgets what was written, where that means something (`Transcript clear`). */
  clear?(): void;
}

/** A sink that writes to a Node Writable (UTF-8), honouring its backpressure (`'drain'`). */
export function writableSink(stream: Writable): TranscriptSink {
  return {
    write: (text) => stream.write(text, "utf8"),
    onceDrained(listener) {
      const done = () => {
        stream.off("drain", done);
        stream.off("close", done);
        stream.off("error", done);
        listener();
      };
      stream.on("drain", done);
      stream.on("close", done);
      stream.on("error", done);
    },
  };
}

/** A sink that keeps everything in memory, for tests: `contents()` is what was written. */
export class MemorySink implements TranscriptSink {
  #text = "";

  /** Appends `text`; never asks the writer to wait. */
  write(text: string): boolean {
    this.#text += text;
    return true;
  }

  /** Never needed (a MemorySink never answers false); calls back at once. */
  onceDrained(listener: () => void): void {
    listener();
  }

  /** Forgets the contents. */
  clear(): void {
    this.#text = "";
  }

  /** Everything written since creation or the last `clear`. */
  contents(): string {
    return this.#text;
  }
}

/** Whether `value` is a sink rather than a Writable. */
export function isTranscriptSink(value: TranscriptSink | Writable): value is TranscriptSink {
  return typeof (value as Partial<TranscriptSink>).onceDrained === "function";
}
