import { andThen, type MaybePromise, registerClass, StObject } from "@smalltalk-sockets/runtime";
import type { Process } from "./process.js";
import { inProcess } from "./run-process.js";
import { Semaphore } from "./semaphore.js";

/**
 * `SharedQueue`: a FIFO for passing objects between processes. `nextPut:` never blocks (and wakes
 * a reader, which runs first when its priority is higher); `next` blocks while the queue is empty.
 * A reader that was woken but found the object taken (by `nextOrNil`) simply waits again, as
 * Pharo's monitor-based SharedQueue does.
 */
export class SharedQueue extends StObject {
  /** The Smalltalk class name. */
  static override readonly $stName: string = "SharedQueue";
  /** The Smalltalk category. */
  static override readonly $category: string = "Collections-Sequenceable";
  static {
    registerClass(this);
  }

  #items: unknown[] = [];
  #head = 0;
  readonly #available = new Semaphore().$describeWaitAs("SharedQueue>>next");

  /** @selector nextPut: — appends `value` and wakes a waiting reader; answers `value`. */
  nextPut(value: unknown): MaybePromise<unknown> {
    this.#items.push(value);
    return andThen(this.#available.signal(), () => value);
  }

  /** @selector next — removes and answers the first object, waiting while the queue is empty. */
  next(): MaybePromise<unknown> {
    if (this.size() > 0) return this.#take();
    return inProcess("SharedQueue>>next", (process) => this.#next(process));
  }

  /** @selector nextOrNil — removes and answers the first object, or nil when empty (never waits). */
  nextOrNil(): unknown {
    return this.size() === 0 ? null : this.#take();
  }

  /** @selector peek — the first object without removing it, or nil when empty. */
  peek(): unknown {
    return this.size() === 0 ? null : this.#items[this.#head];
  }

  /** @selector isEmpty — whether no object is queued. */
  isEmpty(): boolean {
    return this.size() === 0;
  }

  /** @selector size — the number of queued objects. */
  size(): number {
    return this.#items.length - this.#head;
  }

  /** @selector flush — removes every queued object. */
  flush(): this {
    this.#items = [];
    this.#head = 0;
    this.#available.initSignals();
    return this;
  }

  #next(process: Process): MaybePromise<unknown> {
    if (this.size() > 0) return this.#take();
    return andThen(this.#available.$wait(process, null, null), () => this.#next(process));
  }

  #take(): unknown {
    const value = this.#items[this.#head];
    this.#items[this.#head] = undefined;
    this.#head += 1;
    if (this.#head === this.#items.length) {
      this.#items = [];
      this.#head = 0;
      this.#available.initSignals();
    } else if (this.#head > 1024 && this.#head * 2 > this.#items.length) {
      this.#items = this.#items.slice(this.#head);
      this.#head = 0;
    }
    return value;
  }
}
