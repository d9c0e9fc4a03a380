import type { Writable } from "node:stream";
import { currentProcess, Semaphore } from "@smalltalk-sockets/process";
import {
  andThen,
  displayString,
  isCharacter,
  isPharo,
  type MaybePromise,
  Message,
  printString,
  registerClass,
  StError,
  StObject,
  send,
} from "@smalltalk-sockets/runtime";
import { isTranscriptSink, type TranscriptSink, writableSink } from "./sink.js";

/** What `cr` writes: a line feed, the line end of the Unix stdout the output goes to. */
const NEWLINE = "\n";

interface PendingEntry {
  readonly text: string;
  /** Signalled once the entry has been handed to the sink; null when nobody waits for it. */
  readonly written: Semaphore | null;
}

function asString(value: unknown): string {
  return typeof value === "string" ? value : String(send(value, "asString"));
}

/** Whether `value` is a Magnitude that `<<` writes as its `asString` (Squeak's `Magnitude>>putOn:`). */
function isMagnitude(value: unknown): boolean {
  return isCharacter(value) || send(value, "isNumber") === true;
}

/**
 * `TranscriptStream`: Squeak's Transcript, a write stream whose buffered text is shown when an
 * entry ends (`endEntry`, which `show:` sends). The text goes to a {@link TranscriptSink}: stdout by
 * default. Under the Pharo dialect it behaves as Pharo 12's headless Transcript.
 *
 * Line ends: Squeak's `cr` puts a CR into the stream; on a Unix stdout that would overwrite the
 * line, so `cr` writes LF here, and a lone CR in shown text is rendered as LF too (CR LF stays).
 *
 * Backpressure: when the sink answers false (a Writable whose buffer is full), later entries are
 * held in order until it drains, and the process that ends such an entry waits (parked through the
 * scheduler) until its entry has been handed over. An entry is written whole: the text of one
 * `show:` never interleaves with another process's.
 */
export class TranscriptStream extends StObject {
  /** The Smalltalk class name. */
  static override readonly $stName: string = "TranscriptStream";
  /** The Smalltalk category. */
  static override readonly $category: string = "Collections-Streams";
  static {
    registerClass(this);
  }

  #sink: TranscriptSink | null;
  #buffer = "";
  /** The last character put, kept across entries (Squeak's `lastChar`), for `ensureCr`. */
  #lastCharacter: string | null = null;
  #congested = false;
  readonly #pending: PendingEntry[] = [];
  #deferredFlush: NodeJS.Immediate | null = null;

  /** A Transcript writing to `sink` (a sink or a Writable), stdout when omitted. */
  constructor(sink?: TranscriptSink | Writable) {
    super();
    this.#sink = sink === undefined ? null : TranscriptStream.#asSink(sink);
  }

  static #asSink(sink: TranscriptSink | Writable): TranscriptSink {
    return isTranscriptSink(sink) ? sink : writableSink(sink);
  }

  /** Sends the output to `sink` (a sink or a Writable) from now on; answers the previous sink. */
  useSink(sink: TranscriptSink | Writable): TranscriptSink {
    const previous = this.#currentSink();
    this.#sink = TranscriptStream.#asSink(sink);
    return previous;
  }

  /** @selector show: — puts `anObject asString` and ends the entry (shows it). */
  show(anObject: unknown): MaybePromise<this> {
    this.#append(asString(anObject));
    return this.endEntry();
  }

  /**
   * @selector showln: — Squeak: a newline first, then `anObject asString`, then ends the entry.
   * Pharo has no `showln:` (MessageNotUnderstood).
   */
  showln(anObject: unknown): MaybePromise<unknown> {
    if (isPharo()) return this.#notUnderstood("showln:", [anObject]);
    this.#append(NEWLINE + asString(anObject));
    return this.endEntry();
  }

  /** @selector crShow: — a newline, then `show: anObject`. */
  crShow(anObject: unknown): MaybePromise<this> {
    this.#append(NEWLINE);
    return this.show(anObject);
  }

  /** @selector cr — puts a newline (LF on output; see the class comment). */
  cr(): this {
    return this.#put(NEWLINE);
  }

  /** @selector lf — puts a line feed. Not in Pharo's Transcript. */
  lf(): MaybePromise<unknown> {
    return isPharo() ? this.#notUnderstood("lf", []) : this.#put("\n");
  }

  /** @selector crlf — puts a carriage return and a line feed. Not in Pharo's Transcript. */
  crlf(): MaybePromise<unknown> {
    return isPharo() ? this.#notUnderstood("crlf", []) : this.#put("\r\n");
  }

  /** @selector tab — puts a tab. */
  tab(): this {
    return this.#put("\t");
  }

  /** @selector space — puts a space. */
  space(): this {
    return this.#put(" ");
  }

  /** @selector tab: — puts `count` tabs. Not in Pharo's Transcript. */
  tab$(count: number): MaybePromise<unknown> {
    return isPharo() ? this.#notUnderstood("tab:", [count]) : this.#put("\t".repeat(Math.max(0, count)));
  }

  /** @selector space: — puts `count` spaces. Not in Pharo's Transcript. */
  space$(count: number): MaybePromise<unknown> {
    return isPharo() ? this.#notUnderstood("space:", [count]) : this.#put(" ".repeat(Math.max(0, count)));
  }

  /**
   * @selector print: — puts `anObject printString` (Squeak: strings get their quotes); Pharo puts
   * `anObject asString`.
   */
  print(anObject: unknown): this {
    return this.#put(isPharo() ? asString(anObject) : printString(anObject));
  }

  /** @selector display: — puts `anObject displayString` (strings without quotes). Not in Pharo's Transcript. */
  display(anObject: unknown): MaybePromise<unknown> {
    return isPharo() ? this.#notUnderstood("display:", [anObject]) : this.#put(displayString(anObject));
  }

  /** @selector nextPutAll: — puts the characters of `aCollection` (a String); answers `aCollection`. */
  nextPutAll(aCollection: unknown): MaybePromise<unknown> {
    if (typeof aCollection === "string") {
      this.#put(aCollection);
      return aCollection;
    }
    return andThen(
      send(aCollection, "do:", (each: unknown) => this.nextPut(each)),
      () => aCollection,
    );
  }

  /** @selector nextPut: — puts `aCharacter`; anything else cannot be stored in the stream's String. */
  nextPut(aCharacter: unknown): MaybePromise<unknown> {
    if (!isCharacter(aCharacter)) {
      return new StError("Improper store into indexable object").signal();
    }
    this.#put(asString(aCharacter));
    return aCharacter;
  }

  /**
   * @selector << — Squeak: puts `anObject` without ending the entry (a String as it is, a Number
   * or Character as its `asString`, a collection element by element, anything else as by
   * `nextPut:`). Pharo: `show: anObject`.
   */
  shiftLeft(anObject: unknown): MaybePromise<unknown> {
    if (isPharo()) return this.show(anObject);
    return andThen(this.#putOn(anObject), () => this);
  }

  /** @selector ensureCr — puts a newline unless the last character put was one. */
  ensureCr(): this {
    return this.#lastCharacter === "\n" || this.#lastCharacter === "\r" ? this : this.cr();
  }

  /**
   * @selector endEntry — shows what was put since the last entry. Answers at once, or, when the
   * sink is congested and the caller is a process, once the entry has been handed to the sink.
   */
  endEntry(): MaybePromise<this> {
    const text = this.#takeBuffer();
    if (text === "") return this;
    if (!this.#congested) {
      this.#writeNow(text);
      return this;
    }
    const waiting =
      currentProcess() === null ? null : new Semaphore().$describeWaitAs("TranscriptStream>>endEntry");
    this.#pending.push({ text, written: waiting });
    return waiting === null ? this : andThen(waiting.wait(), () => this);
  }

  /** @selector flush — `endEntry`. */
  flush(): MaybePromise<this> {
    return this.endEntry();
  }

  /** @selector clear — forgets the text not yet shown and clears the sink (a memory sink empties). */
  clear(): this {
    this.#buffer = "";
    this.#currentSink().clear?.();
    return this;
  }

  #currentSink(): TranscriptSink {
    this.#sink ??= writableSink(process.stdout);
    return this.#sink;
  }

  /** Puts `text` in the buffer, to be shown by the next `endEntry` (or on the next turn of the event loop). */
  #put(text: string): this {
    if (text === "") return this;
    this.#append(text);
    // Squeak's Transcript shows text put without endEntry on its next UI step; here, on the next
    // turn of the event loop.
    this.#deferredFlush ??= setImmediate(() => {
      this.#deferredFlush = null;
      void this.endEntry();
    });
    return this;
  }

  /** Puts `text` in the buffer for an `endEntry` that follows at once. */
  #append(text: string): void {
    if (text === "") return;
    this.#buffer += text;
    this.#lastCharacter = text[text.length - 1]!;
  }

  #putOn(anObject: unknown): MaybePromise<unknown> {
    if (typeof anObject === "string") return this.#put(anObject);
    if (Array.isArray(anObject)) {
      let result: MaybePromise<unknown> = null;
      for (const each of anObject) result = andThen(result, () => this.#putOn(each));
      return result;
    }
    if (isMagnitude(anObject)) return this.#put(asString(anObject));
    return this.nextPut(anObject);
  }

  #takeBuffer(): string {
    if (this.#deferredFlush !== null) clearImmediate(this.#deferredFlush);
    this.#deferredFlush = null;
    const text = this.#buffer.includes("\r") ? this.#buffer.replace(/\r(?!\n)/g, "\n") : this.#buffer;
    this.#buffer = "";
    return text;
  }

  #writeNow(text: string): void {
    if (this.#currentSink().write(text)) return;
    this.#congested = true;
    this.#currentSink().onceDrained(() => this.#drain());
  }

  #drain(): void {
    this.#congested = false;
    while (!this.#congested) {
      const entry = this.#pending.shift();
      if (entry === undefined) return;
      this.#writeNow(entry.text);
      if (entry.written !== null) void entry.written.signal();
    }
  }

  /**
   * @selector respondsTo: — whether the Transcript understands `selector`; under the Pharo
   * dialect the selectors Pharo's Transcript lacks (`showln:`, `lf`, ...) are not understood.
   */
  override respondsTo(selector: unknown): boolean {
    if (isPharo() && PHARO_LACKS.has(String(selector))) return false;
    return super.respondsTo(selector);
  }

  #notUnderstood(selector: string, args: unknown[]): unknown {
    return this.doesNotUnderstand(new Message(selector, args));
  }
}

/** The selectors Squeak's TranscriptStream has and Pharo's Transcript lacks (MessageNotUnderstood there). */
const PHARO_LACKS: ReadonlySet<string> = new Set(["showln:", "lf", "crlf", "tab:", "space:", "display:"]);

/** `Transcript`: the Transcript every program shares (stdout until {@link TranscriptStream.useSink}). */
export const Transcript: TranscriptStream = new TranscriptStream();
