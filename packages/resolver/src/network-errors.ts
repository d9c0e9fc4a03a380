import { isPharo, printString, registerClass, StError } from "@smalltalk-sockets/runtime";

/**
 * The networking exceptions of Squeak's and Pharo's `Network-Kernel`, with their hierarchy:
 *
 * ```
 * Error
 * ├── NetworkError
 * │   ├── ConnectionClosed
 * │   ├── ConnectionRefused         (host, port)
 * │   ├── ConnectionTimedOut
 * │   ├── NameLookupFailure         (hostName)
 * │   ├── NoNetworkError
 * │   └── SocketPrimitiveFailed
 * │       └── NoBroadcastAllowed    (Pharo)
 * ├── InvalidSocketStatusException  (not a NetworkError)
 * └── SocketError                   (Pharo; not a NetworkError)
 * ```
 *
 * All are Errors (not resumable). None has a text of its own except NameLookupFailure under Pharo
 * (`'cannot resolve ''host'''`); the senders give the texts Squeak and Pharo give.
 */

/** `NetworkError`: the abstract superclass of all network related exceptions. */
export class NetworkError extends StError {
  /** The Smalltalk class name. */
  static override readonly $stName: string = "NetworkError";
  /** The Smalltalk category. */
  static override readonly $category: string = "Network-Exceptions";
  static {
    registerClass(this);
  }
}

/** `ConnectionClosed`: a prematurely closed connection. */
export class ConnectionClosed extends NetworkError {
  /** The Smalltalk class name. */
  static override readonly $stName: string = "ConnectionClosed";
  static {
    registerClass(this);
  }
}

/** `ConnectionRefused`: a connection to `host` and `port` was refused. */
export class ConnectionRefused extends NetworkError {
  /** The Smalltalk class name. */
  static override readonly $stName: string = "ConnectionRefused";
  static {
    registerClass(this);
  }

  #host: unknown = null;
  #port: unknown = null;

  /** @selector host:port: — a new, unsignalled ConnectionRefused for `host` and `port` (class side). */
  static hostPort(host: unknown, port: unknown): ConnectionRefused {
    return new ConnectionRefused().hostPort(host, port);
  }

  /** @selector host:port: — sets the host (an address or a host name) and the port. */
  hostPort(host: unknown, port: unknown): this {
    this.#host = host;
    this.#port = port;
    return this;
  }

  /** @selector host — the host that refused the connection (nil when the signaller did not say). */
  host(): unknown {
    return this.#host;
  }

  /** @selector port — the port to which the connection was refused (nil when not said). */
  port(): unknown {
    return this.#port;
  }
}

/** `ConnectionTimedOut`: a connection, a send or a receive did not complete in time. */
export class ConnectionTimedOut extends NetworkError {
  /** The Smalltalk class name. */
  static override readonly $stName: string = "ConnectionTimedOut";
  static {
    registerClass(this);
  }
}

/**
 * `NameLookupFailure`: looking up `hostName` failed. Under Pharo its message text defaults to
 * `'cannot resolve ''hostName'''`; under Squeak its default action is the "Give Up" answer of
 * Squeak's Retry/Give Up menu, so an unhandled NameLookupFailure answers nil from `signal`.
 */
export class NameLookupFailure extends NetworkError {
  /** The Smalltalk class name. */
  static override readonly $stName: string = "NameLookupFailure";
  static {
    registerClass(this);
  }

  #hostName: unknown = null;

  /** @selector hostName: — a new, unsignalled NameLookupFailure for `hostName` (class side). */
  static hostName(hostName: unknown): NameLookupFailure {
    return new NameLookupFailure().hostName$(hostName);
  }

  /** @selector signalFor: — signals a NameLookupFailure for `hostName` (Pharo's class-side helper). */
  static signalFor(hostName: unknown): unknown {
    return NameLookupFailure.hostName(hostName).signal();
  }

  /** @selector hostName — the host name that could not be resolved. */
  hostName(): unknown {
    return this.#hostName;
  }

  /** @selector hostName: — sets the host name. */
  hostName$(hostName: unknown): this {
    this.#hostName = hostName;
    this.message = this.description();
    return this;
  }

  /** @selector messageText — the text given; under Pharo, when none was, `'cannot resolve ''host'''`. */
  override messageText(): string {
    const text = super.messageText();
    return isPharo() && text === "" && #hostName in this ? this.standardMessageText() : text;
  }

  /** @selector description — the class name and the message text (Pharo's standard text included). */
  override description(): string {
    // Also called while the superclass constructs the exception, before `#hostName` exists.
    const standard = isPharo() && #hostName in this && super.messageText() === "";
    return standard ? `${NameLookupFailure.$stName}: ${this.standardMessageText()}` : super.description();
  }

  /** @selector standardMessageText — Pharo's text: `cannot resolve` and the printed host name. */
  standardMessageText(): string {
    return `cannot resolve ${printString(this.#hostName)}`;
  }

  /**
   * @selector defaultAction — Squeak asks the user to Retry or Give Up and answers nil on Give Up;
   * without a user, this answers nil at once. Pharo reports the unhandled error.
   */
  override defaultAction(): unknown {
    return isPharo() ? super.defaultAction() : null;
  }
}

/** `NoNetworkError`: the network could not be initialized. */
export class NoNetworkError extends NetworkError {
  /** The Smalltalk class name. */
  static override readonly $stName: string = "NoNetworkError";
  static {
    registerClass(this);
  }
}

/** `SocketPrimitiveFailed`: a Socket primitive failed (Squeak signals it for every failing primitive). */
export class SocketPrimitiveFailed extends NetworkError {
  /** The Smalltalk class name. */
  static override readonly $stName: string = "SocketPrimitiveFailed";
  static {
    registerClass(this);
  }
}

/** `NoBroadcastAllowed` (Pharo): a datagram to a broadcast address without `SO_BROADCAST` set. */
export class NoBroadcastAllowed extends SocketPrimitiveFailed {
  /** The Smalltalk class name. */
  static override readonly $stName: string = "NoBroadcastAllowed";
  static {
    registerClass(this);
  }
}

/** `InvalidSocketStatusException`: a Socket was in a state invalid for the operation. Not a NetworkError. */
export class InvalidSocketStatusException extends StError {
  /** The Smalltalk class name. */
  static override readonly $stName: string = "InvalidSocketStatusException";
  /** The Smalltalk category. */
  static override readonly $category: string = "Network-Kernel";
  static {
    registerClass(this);
  }
}

/** `SocketError` (Pharo): a Socket primitive failed; the text is the OS error message. Not a NetworkError. */
export class SocketError extends StError {
  /** The Smalltalk class name. */
  static override readonly $stName: string = "SocketError";
  /** The Smalltalk category. */
  static override readonly $category: string = "Network-Kernel";
  static {
    registerClass(this);
  }
}
