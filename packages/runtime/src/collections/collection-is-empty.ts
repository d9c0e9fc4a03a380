import { StError } from "../exceptions/exception-classes.js";
import { registerClass } from "../kernel/class.js";
import { printString } from "../kernel/printing.js";

/**
 * `CollectionIsEmpty`: Pharo's error for an operation that needs an element of an empty
 * collection (`removeFirst`, `anyOne`, `sum`, ...), 'an OrderedCollection() is empty'. Squeak
 * signals a plain Error ('this collection is empty') instead; the runtime signals this class only
 * under the Pharo dialect.
 */
export class CollectionIsEmpty extends StError {
  /** The Smalltalk class name. */
  static override readonly $stName: string = "CollectionIsEmpty";
  /** The Smalltalk category. */
  static override readonly $category: string = "Collections-Abstract-Errors";
  static {
    registerClass(this);
  }

  /** @selector signalWith: — signals for `collection`, which is empty (class side). */
  static signalWith(collection: unknown): unknown {
    return new CollectionIsEmpty(`${printString(collection)} is empty`).signaler$(collection).signalSync();
  }

  /** @selector collection — the empty collection. */
  collection(): unknown {
    return this.signaler();
  }
}
