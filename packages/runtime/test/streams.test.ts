import { afterEach, describe, expect, it } from "vitest";
import {
  char,
  classNamed,
  PositionableStream,
  printString,
  ReadStream,
  ReadWriteStream,
  Stream,
  send,
  setDialect,
  symbol,
  WriteStream,
} from "../src/index.js";
import { $, failure } from "./text-helpers.js";

const CR = char(13);
const LF = char(10);

afterEach(() => setDialect("squeak"));

describe("ReadStream", () => {
  it("reads a String one Character at a time, answering nil at the end", () => {
    const stream = ReadStream.on("ab");
    expect(stream.atEnd()).toBe(false);
    expect(stream.next()).toBe($("a"));
    expect(stream.peek()).toBe($("b"));
    expect(stream.position()).toBe(1);
    expect(stream.next()).toBe($("b"));
    expect(stream.atEnd()).toBe(true);
    expect(stream.next()).toBeNull();
    expect(stream.peek()).toBeNull();
  });

  it.each([
    ["next:", [3], "'hel'", 3],
    ["next:", [99], "'hello world'", 11],
    ["upTo:", [$(" ")], "'hello'", 6],
    ["upTo:", [$("z")], "'hello world'", 11],
    ["upToEnd", [], "'hello world'", 11],
    ["upToAll:", ["o w"], "'hell'", 7],
    ["upToAll:", ["xyz"], "'hello world'", 11],
    ["upToAll:", [""], "''", 0],
    ["skipTo:", [$("o")], "true", 5],
    ["skipTo:", [$("z")], "false", 11],
    ["peekFor:", [$("h")], "true", 1],
    ["peekFor:", [$("e")], "false", 0],
    ["skip:", [2], "a ReadStream", 2],
    ["contents", [], "'hello world'", 0],
    ["size", [], "11", 0],
    ["isEmpty", [], "false", 0],
    ["setToEnd", [], "a ReadStream", 11],
    ["readStream", [], "a ReadStream", 0],
  ])("on 'hello world' %s %j answers %s and moves to %i", (selector, args, printed, position) => {
    const stream = ReadStream.on("hello world");
    expect(printString(send(stream, selector, ...args))).toBe(printed);
    expect(stream.position()).toBe(position);
  });

  it("position:, reset and skip: move within the contents, else signal an Error", () => {
    const stream = ReadStream.on("abc");
    stream.position$(2);
    expect(stream.next()).toBe($("c"));
    stream.reset();
    expect(stream.next()).toBe($("a"));
    stream.skip(-1);
    expect(stream.position()).toBe(0);
    const outOfBounds = "Error: Attempt to set the position of a PositionableStream out of bounds";
    expect(failure(() => stream.position$(4))).toBe(outOfBounds);
    expect(failure(() => stream.skip(-1))).toBe(outOfBounds);
  });

  it("skipSeparators skips space, tab, cr, lf and form feed", () => {
    const stream = ReadStream.on(" \t\r\n\fx ");
    stream.skipSeparators();
    expect(stream.next()).toBe($("x"));
  });

  it.each([
    ["CR", "one\rtwo\r\rthree", ["one", "two", "", "three"]],
    ["LF", "one\ntwo\n\nthree\n", ["one", "two", "", "three"]],
    ["CRLF", "one\r\ntwo\r\n\r\nthree", ["one", "two", "", "three"]],
    ["mixed", "a\r\nb\rc\nd\n\re", ["a", "b", "c", "d", "", "e"]],
    ["LF CR as two ends", "a\n\rb", ["a", "", "b"]],
    ["no line end", "single", ["single"]],
    ["empty", "", []],
  ])("nextLine splits lines ending in CR, LF or CRLF (%s), then answers nil", (_name, text, lines) => {
    const stream = ReadStream.on(text);
    const read: unknown[] = [];
    for (let line = stream.nextLine(); line !== null; line = stream.nextLine()) read.push(line);
    expect(read).toEqual(lines);
    expect(stream.nextLine()).toBeNull();
  });

  it("streams over a Symbol, an Array, a ByteArray and an OrderedCollection, answering contents of the kind", () => {
    expect(ReadStream.on(symbol("abc")).upTo($("c"))).toBe("ab");
    const array = ReadStream.on([1, 2, 3, 4]);
    expect(array.next()).toBe(1);
    expect(array.upTo(3)).toEqual([2]);
    expect(array.upToEnd()).toEqual([4]);
    const bytes = ReadStream.on(new Uint8Array([1, 2, 3]));
    expect(bytes.isBinary()).toBe(true);
    expect(printString(bytes.next$(2))).toBe("#[1 2]");
    const ordered = send(["a", "b"], "asOrderedCollection");
    expect(printString(ReadStream.on(ordered).contents())).toBe("an OrderedCollection('a' 'b')");
    expect(printString((send(ReadStream, "on:from:to:", "hello", 2, 4) as ReadStream).contents())).toBe(
      "'ell'",
    );
  });

  it("does: each element left, in order, awaiting a block that suspends", async () => {
    const seen: unknown[] = [];
    const stream = ReadStream.on("abc");
    stream.next();
    await stream.do(async (each: unknown) => {
      await Promise.resolve();
      seen.push(each);
    });
    expect(seen).toEqual([$("b"), $("c")]);
  });

  it("cannot be written to", () => {
    expect(failure(() => ReadStream.on("a").nextPut($("b")))).toBe(
      "Error: nextPut: is not a message appropriate for a ReadStream",
    );
    expect(failure(() => ReadStream.on("a").nextPutAll("b"))).toBe(
      "Error: nextPut: is not a message appropriate for a ReadStream",
    );
  });

  it("is made with on:, not new", () => {
    expect(failure(() => send(ReadStream, "new"))).toBe("Error: Streams are created with on: and with:");
    expect(failure(() => send(Stream, "new"))).toBe("Error: Streams are created with on: and with:");
  });

  it("is a PositionableStream, a Stream, and prints as one", () => {
    expect(printString(send(ReadStream, "superclass"))).toBe("PositionableStream");
    expect(printString(send(PositionableStream, "superclass"))).toBe("Stream");
    expect(printString(send(Stream, "superclass"))).toBe("Object");
    expect(printString(ReadStream.on(""))).toBe("a ReadStream");
    expect(send(ReadStream.on(""), "isStream")).toBe(true);
  });
});

describe("WriteStream", () => {
  it("builds a String that grows as needed", () => {
    const stream = WriteStream.on("");
    stream.nextPutAll("Hello");
    stream.nextPut($(","));
    stream.space();
    stream.print(symbol("world"));
    stream.nextPutAll(symbol("!"));
    stream.tab().cr().lf().crlf();
    stream.space$(2);
    stream.tab$(1);
    stream.crtab();
    expect(stream.contents()).toBe("Hello, #world!\t\r\n\r\n  \t\r\t");
    expect(stream.size()).toBe(24);
  });

  it("writes as much as nextPutAll: and print: are given", () => {
    const stream = WriteStream.on("");
    for (let count = 0; count < 1000; count += 1) stream.nextPutAll("0123456789");
    stream.print("it's");
    stream.store($("a"));
    expect((stream.contents() as string).length).toBe(10000 + 7 + 2);
    expect((stream.contents() as string).endsWith("'it''s'$a")).toBe(true);
  });

  it("answers what nextPut: and nextPutAll: were given, and itself from << and print:", () => {
    const stream = WriteStream.on("");
    expect(stream.nextPut($("a"))).toBe($("a"));
    expect(stream.nextPutAll("bc")).toBe("bc");
    expect(send(stream, "<<", "d")).toBe(stream);
    expect(send(stream, "print:", 3)).toBe(stream);
  });

  it("<< writes Strings, Symbols and Characters as their characters", () => {
    const stream = WriteStream.on("");
    send(send(send(stream, "<<", "one "), "<<", symbol("two")), "<<", $("!"));
    expect(stream.contents()).toBe("one two!");
  });

  it("<< writes a number's printString in Squeak, each element of a collection, and refuses other objects on a String", () => {
    const stream = WriteStream.on("");
    send(send(send(stream, "<<", "n = "), "<<", 42), "<<", [$("!"), "?"]);
    expect(stream.contents()).toBe("n = 42!?");
    expect(failure(() => send(stream, "<<", null))).toBe("Error: Improper store into indexable object");
    const elements = WriteStream.on([]);
    send(send(elements, "<<", null), "<<", 7);
    expect(elements.contents()).toEqual([null, $("7")]);
  });

  it("<< refuses a number on a String stream in Pharo, as Pharo's WriteStreamTest expects", () => {
    setDialect("pharo");
    expect(failure(() => send(WriteStream.on(""), "<<", 1234))).toBe(
      "Error: Improper store into indexable object",
    );
    const bytes = WriteStream.on(new Uint8Array(0));
    send(send(send(bytes, "<<", 1), "<<", new Uint8Array([2, 3])), "<<", 4);
    expect(printString(bytes.contents())).toBe("#[1 2 3 4]");
  });

  it("on: starts empty and never changes its collection; with: starts after it", () => {
    const buffer = send(send("", "class"), "new:", 5);
    const stream = WriteStream.on(buffer);
    expect(stream.contents()).toBe("");
    stream.nextPutAll("ab");
    expect(stream.contents()).toBe("ab");
    expect(send(buffer, "asByteArray")).toEqual(new Uint8Array(5));
    const appending = send(WriteStream, "with:", "abc") as WriteStream;
    appending.nextPutAll("de");
    expect(appending.contents()).toBe("abcde");
    expect(appending.position()).toBe(5);
  });

  it("overwrites after reset, and setToEnd shows what was written past the position", () => {
    const stream = WriteStream.on("");
    stream.nextPutAll("hello");
    stream.reset();
    expect(stream.contents()).toBe("");
    stream.nextPut($("J"));
    expect(stream.contents()).toBe("J");
    stream.setToEnd();
    expect(stream.contents()).toBe("Jello");
    stream.position$(2);
    stream.nextPutAll("LLO!");
    expect(stream.contents()).toBe("JeLLO!");
  });

  it("builds an Array on an Array and a ByteArray on a ByteArray", () => {
    const array = WriteStream.on([]);
    array.nextPut(1);
    array.nextPutAll([2, 3]);
    array.nextPutAll("ab");
    expect(array.contents()).toEqual([1, 2, 3, $("a"), $("b")]);
    const bytes = WriteStream.on(new Uint8Array(0));
    bytes.nextPut(1);
    bytes.nextPutAll(new Uint8Array([2, 3]));
    bytes.nextPutAll("AB");
    bytes.nextPutAll([4]);
    expect(printString(bytes.contents())).toBe("#[1 2 3 65 66 4]");
    expect(bytes.isBinary()).toBe(true);
    const ordered = WriteStream.on(send(classNamed("OrderedCollection")!, "new"));
    ordered.nextPut("x");
    expect(printString(ordered.contents())).toBe("an OrderedCollection('x')");
  });

  it("writes the elements of any collection with do:", () => {
    const stream = WriteStream.on("");
    stream.nextPutAll(send([$("a"), $("b")], "asOrderedCollection"));
    expect(stream.contents()).toBe("ab");
  });

  it.each([
    [
      "a String stream given a non-Character",
      () => WriteStream.on("").nextPut(65),
      "Error: Improper store into indexable object",
    ],
    [
      "a String stream given an Array of non-Characters",
      () => WriteStream.on("").nextPutAll([1]),
      "Error: Improper store into indexable object",
    ],
    [
      "a ByteArray stream given 256",
      () => WriteStream.on(new Uint8Array(0)).nextPut(256),
      "Error: Improper store into indexable object",
    ],
    [
      "a ByteArray stream given a Character",
      () => WriteStream.on(new Uint8Array(0)).nextPut($("a")),
      "Error: Improper store into indexable object",
    ],
    [
      "a ByteArray stream given a WideString",
      () => WriteStream.on(new Uint8Array(0)).nextPutAll("ā"),
      "Error: Improper store into indexable object",
    ],
    [
      "a WriteStream sent next",
      () => WriteStream.on("a").next(),
      "Error: next is not a message appropriate for a WriteStream",
    ],
    [
      "a WriteStream sent next:",
      () => WriteStream.on("a").next$(1),
      "Error: next is not a message appropriate for a WriteStream",
    ],
    [
      "nextPutAll: a non-collection",
      () => WriteStream.on("").nextPutAll(3),
      "MessageNotUnderstood: SmallInteger>>do:",
    ],
  ])("%s signals an error", (_name, body, description) => {
    expect(failure(body)).toBe(description);
  });

  it("ensureCr writes a CR unless the last character is one; Squeak writes one on an empty stream, Pharo does not", () => {
    const stream = WriteStream.on("");
    stream.ensureCr();
    stream.nextPutAll("a");
    stream.ensureCr();
    stream.ensureCr();
    expect(stream.contents()).toBe("\ra\r");
    expect(stream.peekLast()).toBe(CR);
    setDialect("pharo");
    const pharo = WriteStream.on("");
    pharo.ensureCr();
    expect(pharo.contents()).toBe("");
    pharo.nextPutAll("b");
    pharo.ensureASpace();
    expect(pharo.contents()).toBe("b ");
  });

  it("readStream reads what was written", () => {
    const stream = WriteStream.on("");
    stream.nextPutAll("abc");
    const reader = stream.readStream();
    expect(reader.upTo($("c"))).toBe("ab");
    expect(printString(reader)).toBe("a ReadStream");
  });

  it("is the stream printString prints on", () => {
    expect(printString([1, "two"].length)).toBe("2");
    expect(printString("x")).toBe("'x'");
    const stream = WriteStream.on("");
    send("a'b", "printOn:", stream);
    send(symbol("c d"), "printOn:", stream);
    send(LF, "printOn:", stream);
    expect(stream.contents()).toBe("'a''b'#'c d'Character lf");
  });
});

describe("ReadWriteStream", () => {
  it("reads back what was written after reset", () => {
    const stream = ReadWriteStream.on("");
    stream.nextPutAll("line one\r\nline two\nrest");
    expect(stream.atEnd()).toBe(true);
    stream.reset();
    expect(stream.nextLine()).toBe("line one");
    expect(stream.next$(4)).toBe("line");
    expect(stream.upTo(LF)).toBe(" two");
    expect(stream.next()).toBe($("r"));
    expect(stream.contents()).toBe("line one\r\nline two\nrest");
    expect(stream.upToEnd()).toBe("est");
    expect(stream.next()).toBeNull();
  });

  it("starts empty with on: and full with with:", () => {
    expect(ReadWriteStream.on("abc").contents()).toBe("");
    const full = send(ReadWriteStream, "with:", "abc") as ReadWriteStream;
    expect(full.atEnd()).toBe(true);
    full.reset();
    expect(full.next()).toBe($("a"));
    expect(full.contents()).toBe("abc");
    expect(full.readStream()).toBe(full);
  });

  it("is a WriteStream", () => {
    expect(printString(send(ReadWriteStream, "superclass"))).toBe("WriteStream");
    expect(printString(send(WriteStream, "superclass"))).toBe("PositionableStream");
  });
});

describe("collection streams", () => {
  it("readStream and writeStream on Strings and ByteArrays", () => {
    const reader = send("a b", "readStream") as ReadStream;
    expect(reader.upTo($(" "))).toBe("a");
    const writer = send("", "writeStream") as WriteStream;
    writer.nextPutAll("xy");
    expect(writer.contents()).toBe("xy");
    const bytes = send(new Uint8Array([9]), "writeStream") as WriteStream;
    bytes.nextPut(8);
    expect(printString(bytes.contents())).toBe("#[8]");
  });
});
