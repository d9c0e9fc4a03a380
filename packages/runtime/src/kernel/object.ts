import {
  articleFor,
  inheritsFromOrIs,
  isSmalltalkClass,
  registerClass,
  requireClass,
  type SmalltalkClass,
} from "./class.js";
import { classOf } from "./class-of.js";
import { identical, identityHash } from "./identity.js";
import { isPromise, type MaybePromise } from "./maybe-promise.js";
import { type PrintStream, printString, printStringLimitedTo } from "./printing.js";
import { perform, respondsTo, send } from "./send.js";

/** A block as Object's protocol takes it. */
type Block = (...args: any[]) => unknown;

interface Signalling {
  signal(): unknown;
  signalSync(): unknown;
}

function newException(className: string, text?: string): Signalling {
  const cls = requireClass(className) as unknown as new (text?: string) => Signalling;
  return text === undefined ? new cls() : new cls(text);
}

/**
 * `Object`: the root of every Smalltalk class implemented in JavaScript. Its instance protocol is
 * shared by the classes of primitive values (SmallInteger, ByteString, UndefinedObject, ...),
 * whose methods run with the primitive value as `this`; so these methods never assume that
 * `this` is an StObject.
 */
export class StObject {
  /** The Smalltalk class name. */
  static readonly $stName: string = "Object";
  /** The Smalltalk category. */
  static readonly $category: string = "Kernel-Objects";
  static {
    registerClass(this);
  }

  /** @selector initialize — sets up a new instance; answers the receiver. */
  initialize(): MaybePromise<this> {
    return this;
  }

  /** @selector class — the receiver's class. */
  class(): unknown {
    return classOf(this);
  }

  /** @selector yourself — the receiver. */
  yourself(): this {
    return this;
  }

  /** @selector isNil — false (true only for nil). */
  isNil(): boolean {
    return false;
  }

  /** @selector notNil — true (false only for nil). */
  notNil(): boolean {
    return true;
  }

  /** @selector isEmptyOrNil — false for objects that are not collections. */
  isEmptyOrNil(): boolean {
    return false;
  }

  /** @selector ifNil: — the receiver (nil evaluates the block). */
  ifNil(_block: Block): MaybePromise<unknown> {
    return this;
  }

  /** @selector ifNotNil: — evaluates the block with the receiver. */
  ifNotNil(block: Block): MaybePromise<unknown> {
    return block.length === 0 ? block() : block(this);
  }

  /** @selector ifNil:ifNotNil: — evaluates the second block with the receiver. */
  ifNilIfNotNil(_nilBlock: Block, notNilBlock: Block): MaybePromise<unknown> {
    return notNilBlock.length === 0 ? notNilBlock() : notNilBlock(this);
  }

  /** @selector ifNotNil:ifNil: — evaluates the first block with the receiver. */
  ifNotNilIfNil(notNilBlock: Block, _nilBlock: Block): MaybePromise<unknown> {
    return notNilBlock.length === 0 ? notNilBlock() : notNilBlock(this);
  }

  /** @selector = — identity, unless a class defines equality. */
  eq(other: unknown): boolean {
    return identical(this, other);
  }

  /** @selector ~= — the negation of `=`. */
  ne(other: unknown): boolean {
    return send(this, "=", other) !== true;
  }

  /** @selector == — whether the receiver and `other` are the same object. */
  identical(other: unknown): boolean {
    return identical(this, other);
  }

  /** @selector ~~ — the negation of `==`. */
  notIdentical(other: unknown): boolean {
    return !identical(this, other);
  }

  /** @selector hash — the identity hash, unless a class defines equality. */
  hash(): number {
    return identityHash(this);
  }

  /** @selector identityHash — a hash stable for the life of the object. */
  identityHash(): number {
    return identityHash(this);
  }

  /** @selector isKindOf: — whether the receiver's class is `aClass` or inherits from it. */
  isKindOf(aClass: SmalltalkClass): boolean {
    return inheritsFromOrIs(classOf(this), aClass);
  }

  /** @selector isMemberOf: — whether the receiver's class is exactly `aClass`. */
  isMemberOf(aClass: SmalltalkClass): boolean {
    return classOf(this) === aClass;
  }

  /** @selector respondsTo: — whether the receiver understands `selector`. */
  respondsTo(selector: unknown): boolean {
    return respondsTo(this, String(selector));
  }

  /** @selector printOn: — writes `a ClassName` (`an` before a vowel). */
  printOn(stream: PrintStream): unknown {
    const name = classOf(this).$stName;
    stream.nextPutAll(`${articleFor(name)} ${name}`);
    return this;
  }

  /** @selector printString — what `printOn:` writes, limited to 50000 characters as in Squeak and Pharo. */
  printString(): string {
    return printStringLimitedTo(this, 50000);
  }

  /** @selector displayString — for most objects the `printString`. */
  displayString(): string {
    return printString(this);
  }

  /** @selector asString — Squeak's `Object>>asString`: the `printString`. */
  asString(): string {
    return printString(this);
  }

  /** @selector -> — an Association of the receiver and `value`. */
  assoc(value: unknown): unknown {
    const Association = requireClass("Association") as unknown as {
      keyValue(key: unknown, value: unknown): unknown;
    };
    return Association.keyValue(this, value);
  }

  /** @selector value — the receiver (so any object can stand where a block is evaluated). */
  value(): unknown {
    return this;
  }

  /** @selector error: — signals an Error with `text`. */
  error(text: unknown): MaybePromise<unknown> {
    return newException("Error", String(text)).signal();
  }

  /**
   * @selector subclassResponsibility — signals the Error Squeak signals when an abstract method is
   * not overridden: 'My subclass should have overridden one of my messages.'
   */
  subclassResponsibility(): MaybePromise<unknown> {
    return newException("Error", "My subclass should have overridden one of my messages.").signal();
  }

  /** @selector halt — signals Halt (an unhandled Halt ends the process like an Error). */
  halt(): MaybePromise<unknown> {
    return newException("Halt").signal();
  }

  /** @selector assert: — signals AssertionFailure unless `condition` (or its value) is true. */
  assert(condition: unknown): MaybePromise<unknown> {
    const value = typeof condition === "function" ? (condition as Block)() : condition;
    if (isPromise(value)) return value.then((settled) => this.assert(settled));
    return value === true ? this : newException("AssertionFailure", "Assertion failed").signal();
  }

  /** @selector doesNotUnderstand: — signals MessageNotUnderstood; its resumption value is the answer. */
  doesNotUnderstand(message: unknown): MaybePromise<unknown> {
    const MessageNotUnderstood = requireClass("MessageNotUnderstood") as unknown as new (
      message: unknown,
      receiver: unknown,
    ) => Signalling;
    return new MessageNotUnderstood(message, this).signal();
  }

  /** @selector perform: — sends the unary `selector`. */
  perform(selector: unknown): MaybePromise<unknown> {
    return perform(this, String(selector), []);
  }

  /** @selector perform:with: — sends `selector` with one argument. */
  performWith(selector: unknown, argument: unknown): MaybePromise<unknown> {
    return perform(this, String(selector), [argument]);
  }

  /** @selector perform:with:with: — sends `selector` with two arguments. */
  performWithWith(selector: unknown, first: unknown, second: unknown): MaybePromise<unknown> {
    return perform(this, String(selector), [first, second]);
  }

  /** @selector perform:with:with:with: — sends `selector` with three arguments. */
  performWithWithWith(
    selector: unknown,
    first: unknown,
    second: unknown,
    third: unknown,
  ): MaybePromise<unknown> {
    return perform(this, String(selector), [first, second, third]);
  }

  /** @selector perform:withArguments: — sends `selector` with the elements of `args`. */
  performWithArguments(selector: unknown, args: readonly unknown[]): MaybePromise<unknown> {
    return perform(this, String(selector), args);
  }

  /** @selector shallowCopy — a copy sharing the receiver's instance variables' values. */
  shallowCopy(): unknown {
    const copy = Object.create(Object.getPrototypeOf(this) as object) as this;
    return Object.assign(copy, this);
  }

  /** @selector copy — `shallowCopy` then `postCopy`. */
  copy(): unknown {
    const copy = send(this, "shallowCopy");
    send(copy, "postCopy");
    return copy;
  }

  /** @selector postCopy — fixes up a fresh copy; answers the receiver. */
  postCopy(): this {
    return this;
  }

  /** @selector isString — false. */
  isString(): boolean {
    return false;
  }

  /** @selector isSymbol — false. */
  isSymbol(): boolean {
    return false;
  }

  /** @selector isNumber — false. */
  isNumber(): boolean {
    return false;
  }

  /** @selector isInteger — false. */
  isInteger(): boolean {
    return false;
  }

  /** @selector isFloat — false. */
  isFloat(): boolean {
    return false;
  }

  /** @selector isFraction — false. */
  isFraction(): boolean {
    return false;
  }

  /** @selector isCharacter — false. */
  isCharacter(): boolean {
    return false;
  }

  /** @selector isCollection — false. */
  isCollection(): boolean {
    return false;
  }

  /** @selector isArray — false. */
  isArray(): boolean {
    return false;
  }

  /** @selector isBlock — false. */
  isBlock(): boolean {
    return false;
  }

  /** @selector isBoolean — false. */
  isBoolean(): boolean {
    return false;
  }

  /** @selector isClass — whether the receiver is a class. */
  isClass(): boolean {
    return isSmalltalkClass(this);
  }

  /** @selector isLiteral — false: only numbers, strings, symbols, characters, nil, true, false and Arrays of them have a literal form. */
  isLiteral(): boolean {
    return false;
  }

  /** @selector shouldBePrintedAsLiteral — whether the object prints in literal form inside a literal Array. */
  shouldBePrintedAsLiteral(): boolean {
    return send(this, "isLiteral") === true;
  }

  /** @selector shouldBePrintedAsLiteralVisiting: — the same, for an element of the Arrays being visited. */
  shouldBePrintedAsLiteralVisiting(_visiting: unknown): boolean {
    return send(this, "isLiteral") === true;
  }

  /** @selector putOn: — writes the receiver on `aStream` as one element (`aStream << anObject`). */
  putOn(aStream: unknown): unknown {
    return send(aStream, "nextPut:", this);
  }

  /** @selector isStream — false. */
  isStream(): boolean {
    return false;
  }
}
