import { registerClass } from "./class.js";
import type { MaybePromise } from "./maybe-promise.js";
import { isKeywordSelector, selectorKeywords } from "./naming.js";
import { StObject } from "./object.js";
import { type PrintStream, printString } from "./printing.js";
import { send } from "./send.js";

/** `Message`: a selector with its arguments, as `doesNotUnderstand:` receives it. */
export class Message extends StObject {
  /** The Smalltalk class name. */
  static override readonly $stName: string = "Message";
  /** The Smalltalk category. */
  static override readonly $category: string = "Kernel-Methods";
  static {
    registerClass(this);
  }

  readonly #selector: string;
  readonly #arguments: unknown[];

  /** A message of `selector` with `args`. */
  constructor(selector: string, args: unknown[] = []) {
    super();
    this.#selector = selector;
    this.#arguments = args;
  }

  /** @selector selector:arguments: — a message of `selector` with `args` (class side). */
  static selectorArguments(selector: unknown, args: unknown[]): Message {
    return new Message(String(selector), args);
  }

  /** @selector selector — the selector, as a Symbol. */
  selector(): unknown {
    return send(String(this.#selector), "asSymbol");
  }

  /** @selector arguments — the arguments, as an Array. */
  arguments(): unknown[] {
    return this.#arguments;
  }

  /** @selector sentTo: — sends this message to `receiver`. */
  sentTo(receiver: unknown): MaybePromise<unknown> {
    return send(receiver, this.#selector, ...this.#arguments);
  }

  /** @selector printOn: — `foo: 1 bar: 2`, as Squeak prints a message. */
  override printOn(stream: PrintStream): this {
    if (this.#arguments.length === 0) {
      stream.nextPutAll(this.#selector);
      return this;
    }
    const parts = isKeywordSelector(this.#selector) ? selectorKeywords(this.#selector) : [this.#selector];
    parts.forEach((part, index) => {
      if (index > 0) stream.nextPutAll(" ");
      stream.nextPutAll(`${part} ${printString(this.#arguments[index])}`);
    });
    return this;
  }
}
