import {
  Character,
  MessageNotUnderstood,
  onDo,
  StError,
  setDialect,
  symbol,
} from "@smalltalk-sockets/runtime";
import { afterEach, describe, expect, test } from "vitest";
import { MemorySink, TranscriptStream } from "../src/index.js";

afterEach(() => setDialect("squeak"));

/** A Transcript on a memory sink, and a function answering what it has shown so far. */
function transcript(): [TranscriptStream, () => string] {
  const sink = new MemorySink();
  return [new TranscriptStream(sink), () => sink.contents()];
}

function notUnderstood(block: () => unknown): unknown {
  return onDo(block, MessageNotUnderstood, (e: MessageNotUnderstood) => e.messageText());
}

describe("TranscriptStream (Squeak)", () => {
  test("show: puts anObject asString and shows it at once", () => {
    const [t, shown] = transcript();
    t.show("Data sent: ");
    t.show(12);
    expect(shown()).toBe("Data sent: 12");
  });

  test("showln: puts a newline first, then the text", () => {
    const [t, shown] = transcript();
    t.showln("one");
    t.showln(2);
    expect(shown()).toBe("\none\n2");
  });

  test("crShow: puts a newline, then shows", () => {
    const [t, shown] = transcript();
    t.crShow("line");
    expect(shown()).toBe("\nline");
  });

  test.each([
    ["cr", (t: TranscriptStream) => t.cr(), "\n"],
    ["lf", (t: TranscriptStream) => t.lf(), "\n"],
    ["crlf", (t: TranscriptStream) => t.crlf(), "\r\n"],
    ["tab", (t: TranscriptStream) => t.tab(), "\t"],
    ["space", (t: TranscriptStream) => t.space(), " "],
    ["tab:", (t: TranscriptStream) => t.tab$(3), "\t\t\t"],
    ["space:", (t: TranscriptStream) => t.space$(2), "  "],
    ["print:", (t: TranscriptStream) => t.print("it's"), "'it''s'"],
    ["print: (a number)", (t: TranscriptStream) => t.print(42), "42"],
    ["display:", (t: TranscriptStream) => t.display("it's"), "it's"],
    ["display: (a Symbol)", (t: TranscriptStream) => t.display(symbol("foo")), "foo"],
    ["nextPutAll:", (t: TranscriptStream) => t.nextPutAll("abc"), "abc"],
    ["nextPutAll: (a Symbol)", (t: TranscriptStream) => t.nextPutAll(symbol("foo")), "foo"],
    ["nextPut:", (t: TranscriptStream) => t.nextPut(Character.value(97)), "a"],
    ["<< (a String)", (t: TranscriptStream) => t.shiftLeft("abc"), "abc"],
    ["<< (a Number)", (t: TranscriptStream) => t.shiftLeft(42), "42"],
    ["<< (a Character)", (t: TranscriptStream) => t.shiftLeft(Character.value(98)), "b"],
    ["<< (an Array)", (t: TranscriptStream) => t.shiftLeft(["a", 1, "b"]), "a1b"],
  ] as const)("%s puts its text, shown at the next endEntry", async (_selector, put, text) => {
    const [t, shown] = transcript();
    await put(t);
    expect(shown()).toBe("");
    t.endEntry();
    expect(shown()).toBe(text);
  });

  test("a lone CR in the text is shown as LF; CR LF stays", () => {
    const [t, shown] = transcript();
    t.show("a\rb\r\nc");
    expect(shown()).toBe("a\nb\r\nc");
  });

  test("nextPut: with something that is not a Character cannot store it", () => {
    const [t] = transcript();
    expect(
      onDo(
        () => t.nextPut(42),
        StError,
        (e: StError) => e.messageText(),
      ),
    ).toBe("Improper store into indexable object");
  });

  test("ensureCr puts a newline unless the last character put was one (also across entries)", () => {
    const [t, shown] = transcript();
    t.ensureCr().show("x");
    t.ensureCr().ensureCr();
    t.show("y");
    t.cr().endEntry();
    t.ensureCr().endEntry();
    expect(shown()).toBe("\nx\ny\n");
  });

  test("endEntry and flush show the buffered text", () => {
    const [t, shown] = transcript();
    t.nextPutAll("a");
    t.endEntry();
    t.nextPutAll("b");
    t.flush();
    expect(shown()).toBe("ab");
  });

  test("text put without endEntry is shown on the next turn of the event loop", async () => {
    const [t, shown] = transcript();
    t.nextPutAll("later");
    expect(shown()).toBe("");
    await new Promise((resolve) => setImmediate(resolve));
    expect(shown()).toBe("later");
  });

  test("clear forgets the unshown text and clears the sink", () => {
    const [t, shown] = transcript();
    t.show("old");
    t.nextPutAll("pending");
    t.clear().show("new");
    expect(shown()).toBe("new");
  });
});

describe("TranscriptStream (Pharo dialect)", () => {
  test.each([
    ["showln:", (t: TranscriptStream) => t.showln("x")],
    ["lf", (t: TranscriptStream) => t.lf()],
    ["crlf", (t: TranscriptStream) => t.crlf()],
    ["tab:", (t: TranscriptStream) => t.tab$(1)],
    ["space:", (t: TranscriptStream) => t.space$(1)],
    ["display:", (t: TranscriptStream) => t.display("x")],
  ] as const)("%s is not understood", (selector, send) => {
    setDialect("pharo");
    const [t, shown] = transcript();
    expect(notUnderstood(() => send(t))).toBe(`TranscriptStream>>${selector}`);
    t.endEntry();
    expect(shown()).toBe("");
    expect(t.respondsTo(selector)).toBe(false);
    setDialect("squeak");
    expect(t.respondsTo(selector)).toBe(true);
  });

  test("print: puts asString (no quotes)", () => {
    setDialect("pharo");
    const [t, shown] = transcript();
    t.print("it's").print(42).endEntry();
    expect(shown()).toBe("it's42");
  });

  test("<< shows anObject asString at once", () => {
    setDialect("pharo");
    const [t, shown] = transcript();
    t.shiftLeft("abc");
    t.shiftLeft(42);
    expect(shown()).toBe("abc42");
  });

  test("show:, crShow:, cr, tab, space and ensureCr behave as in Squeak", () => {
    setDialect("pharo");
    const [t, shown] = transcript();
    t.show("a");
    t.cr().tab().space();
    t.crShow("b");
    t.ensureCr().endEntry();
    expect(shown()).toBe("a\n\t \nb\n");
  });
});
