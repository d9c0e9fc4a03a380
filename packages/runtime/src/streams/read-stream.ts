import { registerClass } from "../kernel/class.js";
import { shouldNotImplement } from "../text/primitive-errors.js";
import { PositionableStream } from "./positionable-stream.js";

/**
 * `ReadStream`: reads the elements of a collection in order (`(ReadStream on: 'a b') upTo: $ `).
 * It cannot be written to.
 */
export class ReadStream<C = any> extends PositionableStream<C> {
  /** The Smalltalk class name. */
  static override readonly $stName: string = "ReadStream";
  static {
    registerClass(this);
  }

  /** @selector nextPut: — an Error: a ReadStream cannot be written to. */
  override nextPut(_anObject: unknown): never {
    return shouldNotImplement("nextPut:", this);
  }

  /** @selector readStream — the receiver. */
  readStream(): this {
    return this;
  }
}
