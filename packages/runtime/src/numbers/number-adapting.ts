import { extendClass } from "../kernel/extension.js";
import { StObject } from "../kernel/object.js";
import { send } from "../kernel/send.js";
import { FLOAT, FRACTION, INTEGER, type NumberKind, SCALED } from "./number-values.js";

/**
 * What a number does when the argument of an arithmetic or comparison message is not a number
 * (`3 + '4'`, `3 < nil`): as in Squeak, it asks the argument to adapt (`'4' adaptToInteger: 3
 * andSend: #+`). Object's default asks `adaptToNumber:andSend:`, which a String answers by
 * converting itself (`3 + '4'` = 7) and a Collection by mapping over its elements; anything else
 * does not understand it, so MessageNotUnderstood is signalled, as in Squeak.
 */

const SEND_SELECTORS: Readonly<Record<NumberKind, string>> = {
  [INTEGER]: "adaptToInteger:andSend:",
  [FRACTION]: "adaptToFraction:andSend:",
  [SCALED]: "adaptToScaledDecimal:andSend:",
  [FLOAT]: "adaptToFloat:andSend:",
};

const COMPARE_SELECTORS: Readonly<Record<NumberKind, string>> = {
  [INTEGER]: "adaptToInteger:andCompare:",
  [FRACTION]: "adaptToFraction:andCompare:",
  [SCALED]: "adaptToScaledDecimal:andCompare:",
  [FLOAT]: "adaptToFloat:andCompare:",
};

/**
 * Asks `argument` (not a number) to adapt to `receiver` (a number of kind `kind`) and perform
 * `selector`: `adaptToInteger:andSend:` and friends, or their `andCompare:` forms for
 * comparisons. Answers what the argument answers.
 */
export function adapt(
  receiver: unknown,
  kind: NumberKind,
  argument: unknown,
  selector: string,
  comparison: boolean,
): unknown {
  const adaptSelector = (comparison ? COMPARE_SELECTORS : SEND_SELECTORS)[kind];
  return send(argument, adaptSelector, receiver, send(selector, "asSymbol"));
}

/** Object's part of the protocol (Squeak defines it in Object, category 'converting'). */
extendClass(StObject, {
  /** @selector adaptToInteger:andSend: — adapts as to any number (`adaptToNumber:andSend:`). */
  adaptToIntegerAndSend(this: unknown, receiver: unknown, selector: unknown): unknown {
    return send(this, "adaptToNumber:andSend:", receiver, selector);
  },
  /** @selector adaptToFraction:andSend: — adapts as to any number (`adaptToNumber:andSend:`). */
  adaptToFractionAndSend(this: unknown, receiver: unknown, selector: unknown): unknown {
    return send(this, "adaptToNumber:andSend:", receiver, selector);
  },
  /** @selector adaptToFloat:andSend: — adapts as to any number (`adaptToNumber:andSend:`). */
  adaptToFloatAndSend(this: unknown, receiver: unknown, selector: unknown): unknown {
    return send(this, "adaptToNumber:andSend:", receiver, selector);
  },
  /** @selector adaptToInteger:andCompare: — compares as any other message is sent. */
  adaptToIntegerAndCompare(this: unknown, receiver: unknown, selector: unknown): unknown {
    return send(this, "adaptToInteger:andSend:", receiver, selector);
  },
  /** @selector adaptToFraction:andCompare: — compares as any other message is sent. */
  adaptToFractionAndCompare(this: unknown, receiver: unknown, selector: unknown): unknown {
    return send(this, "adaptToFraction:andSend:", receiver, selector);
  },
  /** @selector adaptToFloat:andCompare: — compares as any other message is sent. */
  adaptToFloatAndCompare(this: unknown, receiver: unknown, selector: unknown): unknown {
    return send(this, "adaptToFloat:andSend:", receiver, selector);
  },
  /** @selector adaptToScaledDecimal:andCompare: — compares as any other message is sent. */
  adaptToScaledDecimalAndCompare(this: unknown, receiver: unknown, selector: unknown): unknown {
    return send(this, "adaptToScaledDecimal:andSend:", receiver, selector);
  },
});
