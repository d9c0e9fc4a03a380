import { registerClass } from "../kernel/class.js";
import { PositionableStream } from "./positionable-stream.js";
import { WriteStream } from "./write-stream.js";

/**
 * `ReadWriteStream`: a WriteStream that can also be read: write, `reset`, then read back what
 * was written (`next`, `upTo:`, `nextLine`, ...). `contents` answers everything written, wherever
 * the position is.
 */
export class ReadWriteStream<C = any> extends WriteStream<C> {
  /** The Smalltalk class name. */
  static override readonly $stName: string = "ReadWriteStream";
  static {
    registerClass(this);
  }

  /** @selector contents — all the elements written. */
  override contents(): C {
    return this.$store.copy(0, this.$store.size) as C;
  }

  /** @selector next — the next element, or nil at the end. */
  override next(): unknown {
    return PositionableStream.prototype.next.call(this);
  }

  /** @selector next: — the next `anInteger` elements (fewer at the end). */
  override next$(anInteger: unknown): C {
    return PositionableStream.prototype.next$.call(this, anInteger) as C;
  }

  /** @selector readStream — the receiver, as Squeak answers. */
  override readStream(): this {
    return this;
  }
}
