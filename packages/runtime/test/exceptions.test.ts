import { describe, expect, it } from "vitest";
import {
  activation,
  BlockCannotReturn,
  Exception,
  ExceptionSet,
  ensure,
  IllegalResumeAttempt,
  ifCurtailed,
  JavaScriptError,
  MessageNotUnderstood,
  Notification,
  nonLocalReturn,
  onDo,
  StError,
  StObject,
  send,
  Warning,
  ZeroDivide,
} from "../src/index.js";

/** A handler block that takes the exception. */
type Handler<E> = (exception: E) => unknown;

function on<E>(body: () => unknown, selector: { handles(e: unknown): boolean }, handler: Handler<E>) {
  return onDo(body, selector, handler as (exception: unknown) => unknown);
}

describe("signal and handlers", () => {
  it("runs the handler before unwinding: ensure blocks inside run after the handler", async () => {
    const log: string[] = [];
    const value = await on(
      () =>
        ensure(
          () => new StError("boom").signal(),
          () => log.push("ensure"),
        ),
      StError,
      (ex: StError) => {
        log.push(`handler ${ex.messageText()}`);
        return 7;
      },
    );
    expect(value).toBe(7);
    expect(log).toEqual(["handler boom", "ensure"]);
  });

  it("answers the handler block's value when it falls off its end", () => {
    expect(
      on(
        () => new StError().signal(),
        StError,
        () => 42,
      ),
    ).toBe(42);
  });

  it("return: answers the value from on:do:", () => {
    expect(
      on(
        () => new StError().signal(),
        StError,
        (ex: StError) => ex.return$(3),
      ),
    ).toBe(3);
  });

  it("return answers nil", () => {
    expect(
      on(
        () => new StError().signal(),
        StError,
        (ex: StError) => ex.return(),
      ),
    ).toBeNull();
  });

  it("resume: answers the value from signal for a resumable exception", async () => {
    const value = await on(
      async () => {
        const resumed = await new Notification().signal();
        return `got ${String(resumed)}`;
      },
      Notification,
      (ex: Notification) => ex.resume$(5),
    );
    expect(value).toBe("got 5");
  });

  it("resume: on an Error signals IllegalResumeAttempt", async () => {
    const value = await on(
      () =>
        on(
          () => new StError().signal(),
          StError,
          (ex: StError) => ex.resume$(1),
        ),
      IllegalResumeAttempt,
      () => "illegal",
    );
    expect(value).toBe("illegal");
  });

  it("retry evaluates the protected block again", async () => {
    let attempts = 0;
    const value = await on(
      () => {
        attempts += 1;
        return attempts < 3 ? new StError().signal() : attempts;
      },
      StError,
      (ex: StError) => ex.retry(),
    );
    expect(value).toBe(3);
  });

  it("retryUsing: replaces the protected block", () => {
    const value = on(
      () => new StError().signal(),
      StError,
      (ex: StError) => ex.retryUsing(() => "replacement"),
    );
    expect(value).toBe("replacement");
  });

  it("pass hands the exception to the next enclosing handler", () => {
    const log: string[] = [];
    const value = on(
      () =>
        on(
          () => new StError().signal(),
          StError,
          (ex: StError) => {
            log.push("inner");
            return ex.pass();
          },
        ),
      StError,
      () => {
        log.push("outer");
        return "outer value";
      },
    );
    return Promise.resolve(value).then((settled) => {
      expect(settled).toBe("outer value");
      expect(log).toEqual(["inner", "outer"]);
    });
  });

  it("outer answers the outer handler's resumption value to the inner handler", async () => {
    const value = await on(
      () =>
        on(
          () => new Notification().signal(),
          Notification,
          async (ex: Notification) => `inner saw ${String(await ex.outer())}`,
        ),
      Notification,
      (ex: Notification) => ex.resume$("outer resumption"),
    );
    expect(value).toBe("inner saw outer resumption");
  });

  it("pass of a resumable exception resumes the original signal with the outer value", async () => {
    const value = await on(
      () =>
        on(
          async () => `signal answered ${String(await new Notification().signal())}`,
          Notification,
          (ex: Notification) => ex.pass(),
        ),
      Notification,
      (ex: Notification) => ex.resume$(9),
    );
    expect(value).toBe("signal answered 9");
  });

  it("signal again inside a handler searches from the top, skipping the active handler", async () => {
    const log: string[] = [];
    const value = await on(
      () =>
        on(
          () => new StError("first").signal(),
          StError,
          (ex: StError) => {
            log.push("inner");
            return ex.signal();
          },
        ),
      StError,
      () => {
        log.push("outer");
        return "handled outside";
      },
    );
    expect(value).toBe("handled outside");
    expect(log).toEqual(["inner", "outer"]);
  });

  it("an exception signalled inside a handler is not caught by that handler", () => {
    const value = on(
      () =>
        on(
          () => new StError("a").signal(),
          StError,
          () => new StError("b").signal(),
        ),
      StError,
      (ex: StError) => `outer got ${ex.messageText()}`,
    );
    expect(value).toBe("outer got b");
  });

  it("handles by class membership, with ExceptionSets and subclasses", () => {
    expect(
      on(
        () => new ZeroDivide().signal(),
        StError,
        () => "as Error",
      ),
    ).toBe("as Error");
    const set = new ExceptionSet([ZeroDivide, Warning]);
    expect(
      on(
        () => new Warning().signal(),
        set,
        () => "in set",
      ),
    ).toBe("in set");
    expect(
      on(
        () => new ZeroDivide().signal(),
        StError.comma(Warning),
        () => "comma set",
      ),
    ).toBe("comma set");
  });

  it("unhandled Notification answers nil from signal", () => {
    expect(new Notification().signal()).toBeNull();
  });

  it("an unhandled Error outside any process rejects the JavaScript caller with the error", () => {
    const error = new StError("nobody");
    expect(() => error.signal()).toThrow(error);
  });

  it("handler stacks follow await", async () => {
    const value = await on(
      async () => {
        await new Promise((resolve) => setTimeout(resolve, 5));
        return new StError("later").signal();
      },
      StError,
      (ex: StError) => `late ${ex.messageText()}`,
    );
    expect(value).toBe("late later");
  });

  it("a handler that suspends keeps the full protocol when the signaller awaits", async () => {
    const value = await on(
      async () => `resumed with ${String(await new Notification().signal())}`,
      Notification,
      async (ex: Notification) => {
        await new Promise((resolve) => setTimeout(resolve, 1));
        return ex.resume$("async");
      },
    );
    expect(value).toBe("resumed with async");
  });

  it("catches a JavaScript error as a JavaScriptError after unwinding", () => {
    const value = on(
      () => {
        throw new TypeError("native");
      },
      StError,
      (ex: StError) => `${ex.constructor.name}: ${ex.messageText()}`,
    );
    expect(value).toBe("JavaScriptError: native");
    expect(JavaScriptError.wrap(new RangeError("x")).cause).toBeInstanceOf(RangeError);
  });
});

describe("exception protocol", () => {
  it("messageText and description follow Squeak", () => {
    const plain = new StError();
    expect(plain.description()).toBe("Error");
    expect(plain.messageText()).toBe("Error");
    const texted = new ZeroDivide("divided");
    expect(texted.description()).toBe("ZeroDivide: divided");
    expect(texted.messageText()).toBe("divided");
  });

  it("isResumable: Error no, Notification and ZeroDivide yes", () => {
    expect(new StError().isResumable()).toBe(false);
    expect(new Notification().isResumable()).toBe(true);
    expect(new ZeroDivide().isResumable()).toBe(true);
    expect(new MessageNotUnderstood({ selector: () => "foo", arguments: () => [] }, null).isResumable()).toBe(
      true,
    );
  });

  it("every exception is a JavaScript Error", () => {
    expect(new Exception()).toBeInstanceOf(Error);
  });
});

describe("ensure: and ifCurtailed:", () => {
  it("ensure blocks run in order, innermost first, on normal exit and when unwinding", () => {
    const log: string[] = [];
    const value = on(
      () =>
        ensure(
          () =>
            ensure(
              () => new StError().signal(),
              () => log.push("inner"),
            ),
          () => log.push("outer"),
        ),
      StError,
      (ex: StError) => ex.return$("done"),
    );
    expect(value).toBe("done");
    expect(log).toEqual(["inner", "outer"]);
  });

  it("ifCurtailed: runs only when the block does not complete", () => {
    const log: string[] = [];
    expect(
      ifCurtailed(
        () => 1,
        () => log.push("no"),
      ),
    ).toBe(1);
    on(
      () =>
        ifCurtailed(
          () => new StError().signal(),
          () => log.push("curtailed"),
        ),
      StError,
      () => null,
    );
    expect(log).toEqual(["curtailed"]);
  });

  it("ensure with an async block awaits its cleanup", async () => {
    const log: string[] = [];
    const value = await ensure(
      async () => "body",
      async () => {
        await new Promise((resolve) => setTimeout(resolve, 1));
        log.push("cleaned");
      },
    );
    expect(value).toBe("body");
    expect(log).toEqual(["cleaned"]);
  });
});

describe("non-local return", () => {
  it("^ from a block returns from its home activation, running ensure blocks", () => {
    const log: string[] = [];
    const result = activation((home) => {
      ensure(
        () => {
          for (const each of [1, 2, 3]) {
            if (each === 2) nonLocalReturn(home, each * 10);
            log.push(String(each));
          }
        },
        () => log.push("ensure"),
      );
      return "fell through";
    });
    expect(result).toBe(20);
    expect(log).toEqual(["1", "ensure"]);
  });

  it("targets its own home, not an intervening activation", () => {
    const outer = activation((outerHome) => {
      const inner = activation(() => nonLocalReturn(outerHome, "to outer"));
      return `inner answered ${String(inner)}`;
    });
    expect(outer).toBe("to outer");
  });

  it("a dead home signals BlockCannotReturn", () => {
    let escaped: (() => unknown) | undefined;
    activation((home) => {
      escaped = () => nonLocalReturn(home, 1);
      return null;
    });
    const value = on(
      () => escaped!(),
      BlockCannotReturn,
      (ex: BlockCannotReturn) => `cannot return ${String(ex.result())}`,
    );
    expect(value).toBe("cannot return 1");
  });

  it("on:do: does not catch a non-local return", async () => {
    const result = await activation(async (home) => {
      await on(
        () => nonLocalReturn(home, "escaped"),
        StError,
        () => "wrongly caught",
      );
      return "not reached";
    });
    expect(result).toBe("escaped");
  });
});

describe("dispatch", () => {
  it("signals a resumable MessageNotUnderstood whose text names class and selector", () => {
    const value = on(
      () => send(null, "fooBar:", 1),
      MessageNotUnderstood,
      (ex: MessageNotUnderstood) => ex.messageText(),
    );
    expect(value).toBe("UndefinedObject>>fooBar:");
  });

  it("resuming a MessageNotUnderstood answers the value from the send", async () => {
    const value = await on(
      () => send(null, "foo"),
      MessageNotUnderstood,
      (ex: MessageNotUnderstood) => ex.resume$(17),
    );
    expect(value).toBe(17);
  });
});

describe("subclassResponsibility", () => {
  it("signals Squeak's Error", () => {
    const value = on(
      () => send(new StObject(), "subclassResponsibility"),
      StError,
      (ex: StError) => ex.messageText(),
    );
    expect(value).toBe("My subclass should have overridden one of my messages.");
  });
});
