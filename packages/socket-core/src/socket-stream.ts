import { Buffer } from "node:buffer";
import {
  ConnectionClosed,
  ConnectionTimedOut,
  NetNameResolver,
  NetworkError,
  type SocketAddressInformation,
} from "@smalltalk-sockets/resolver";
import {
  char,
  type Exception,
  isPharo,
  isStringValue,
  latin1Decode,
  latin1Encode,
  onDo,
  type PrintStream,
  printString,
  registerClass,
  respondsTo,
  StObject,
  send,
  stringText,
} from "@smalltalk-sockets/runtime";
import { Socket } from "./socket.js";
import { dataBytes, type SocketData } from "./socket-data.js";

/** What SocketStream reads: a String in ascii mode, a ByteArray in binary mode. */
export type StreamCollection = string | Uint8Array;

const CRLF = Uint8Array.of(13, 10);
const LF = Uint8Array.of(10);
const DEFAULT_BUFFER_SIZE = 4096;
const UP_TO_LIMIT = 100000;

/**
 * `SocketStream`: a stream over a connected Socket (Squeak's and Pharo's, same lineage), with its
 * own input and output buffers. Ascii mode (the default) reads and writes Strings (Latin-1 byte
 * strings), binary mode ByteArrays. Reads wait for data up to `timeout` seconds (45 by default;
 * `noTimeout` waits forever) and signal ConnectionClosed and ConnectionTimedOut unless
 * `shouldSignal: false`. Output is buffered and sent when more than `bufferSize` bytes wait
 * (`autoFlush`), on `flush` and on `close`. TypeScript can iterate it (`for await`) and dispose of it
 * (`await using`).
 *
 * ```ts
 * const stream = await SocketStream.openConnectionToHostPort(Uint8Array.of(127, 0, 0, 1), port);
 * await stream.sendCommand("HELLO");
 * const reply = await stream.nextLine();
 * await stream.close();
 * ```
 */
export class SocketStream extends StObject {
  /** The Smalltalk class name. */
  static override readonly $stName: string = "SocketStream";
  /** The Smalltalk category. */
  static override readonly $category: string = "Network-Kernel";
  static {
    registerClass(this);
  }

  #socket: Socket;
  #inBuffer: Buffer = Buffer.alloc(0);
  /** Bytes of `#inBuffer` already read (Squeak's `lastRead`). */
  #lastRead = 0;
  /** Bytes of `#inBuffer` filled (Squeak's `inNextToWrite - 1`). */
  #filled = 0;
  #outBuffer: Uint8Array = new Uint8Array(0);
  /** Bytes of `#outBuffer` waiting to be sent (Squeak's `outNextToWrite - 1`). */
  #outFilled = 0;
  #recentlyRead = 0;
  #timeout: unknown = null;
  #autoFlush = true;
  #bufferSize = DEFAULT_BUFFER_SIZE;
  #binary = false;
  #shouldSignal = true;

  /** A stream on `socket` (use {@link SocketStream.on}). */
  constructor(socket: Socket) {
    super();
    this.#socket = socket;
    this.#resetBuffers();
  }

  // ---- instance creation

  /** @selector on: — a stream on the connected `socket` (no I/O). */
  static on(socket: Socket): SocketStream {
    return new SocketStream(socket);
  }

  /** @selector openConnectionToHost:port: — connects a new Socket to `portNumber` at `hostIP` (45 s) and wraps it. */
  static async openConnectionToHostPort(hostIP: unknown, portNumber: number): Promise<SocketStream> {
    if (isPharo())
      return SocketStream.openConnectionToHostPortTimeout(hostIP, portNumber, Socket.standardTimeout());
    const socket = Socket.new();
    await socket.connectToPort(hostIP, portNumber);
    return SocketStream.on(socket);
  }

  /** @selector openConnectionToHost:port:timeout: — as `openConnectionToHost:port:`, waiting at most `timeout` seconds. */
  static async openConnectionToHostPortTimeout(
    hostIP: unknown,
    portNumber: number,
    timeout: unknown,
  ): Promise<SocketStream> {
    const socket = Socket.new();
    await socket.connectToPortWaitForConnectionFor(hostIP, portNumber, timeout);
    return SocketStream.on(socket);
  }

  /**
   * @selector openConnectionToHostNamed:port: — resolves `hostName` and connects. Squeak tries each
   * address the resolver gives in turn and re-signals the last NetworkError (nil when the name
   * resolves to nothing); Pharo uses `addressForName:timeout: 20` (NameLookupFailure).
   */
  static async openConnectionToHostNamedPort(
    hostName: string,
    portNumber: number,
  ): Promise<SocketStream | null> {
    if (isPharo()) {
      const hostIP = await NetNameResolver.addressForNameTimeout(hostName, 20);
      return SocketStream.openConnectionToHostPort(hostIP, portNumber);
    }
    const infos = (await send(
      await NetNameResolver.addressesForName(hostName),
      "asArray",
    )) as SocketAddressInformation[];
    let lastError: Exception | null = null;
    for (const info of infos) {
      info.socketAddress()?.port$(portNumber);
      let connected: SocketStream | null = null;
      await onDo(
        async () => {
          connected = SocketStream.on((await send(info, "connect")) as Socket);
        },
        NetworkError,
        (error: Exception) => {
          lastError = error;
        },
      );
      if (connected !== null) return connected;
    }
    if (lastError === null) return null;
    return (await (lastError as Exception).signal()) as SocketStream | null;
  }

  // ---- configuration

  /** @selector socket — the Socket. */
  socket(): Socket {
    return this.#socket;
  }

  /** @selector socket: — sets the Socket. */
  socket$(aSocket: Socket): this {
    this.#socket = aSocket;
    return this;
  }

  /** @selector ascii — reads and writes Strings (the default). */
  ascii(): this {
    this.#binary = false;
    return this;
  }

  /** @selector binary — reads and writes ByteArrays. */
  binary(): this {
    this.#binary = true;
    return this;
  }

  /** @selector isBinary — whether in binary mode. */
  isBinary(): boolean {
    return this.#binary;
  }

  /** @selector autoFlush — whether output is sent when more than `bufferSize` bytes wait (default true). */
  autoFlush(): boolean {
    return this.#autoFlush;
  }

  /** @selector autoFlush: — sets `autoFlush`. */
  autoFlush$(aBoolean: boolean): this {
    this.#autoFlush = aBoolean;
    return this;
  }

  /** @selector bufferSize — the buffer size (default 4096). */
  bufferSize(): number {
    return this.#bufferSize;
  }

  /** @selector bufferSize: — sets the buffer size. */
  bufferSize$(anInt: number): this {
    this.#bufferSize = anInt;
    return this;
  }

  /** @selector timeout — seconds a read waits for data (`Socket standardTimeout`, 45, until set). */
  timeout(): unknown {
    this.#timeout ??= Socket.standardTimeout();
    return this.#timeout;
  }

  /** @selector timeout: — sets the timeout (0: wait forever). */
  timeout$(seconds: unknown): this {
    this.#timeout = seconds;
    return this;
  }

  /** @selector noTimeout — reads wait forever. */
  noTimeout(): this {
    this.#timeout = 0;
    return this;
  }

  /** @selector shouldTimeout — whether reads time out. */
  shouldTimeout(): boolean {
    return Number(this.timeout()) > 0;
  }

  /** @selector shouldSignal — whether ConnectionClosed and ConnectionTimedOut are signalled (default true). */
  shouldSignal(): boolean {
    return this.#shouldSignal;
  }

  /** @selector shouldSignal: — false swallows closes and timeouts (several reads then stop honouring the timeout). */
  shouldSignal$(aBoolean: boolean): this {
    this.#shouldSignal = aBoolean;
    return this;
  }

  /** @selector inBufferSize — bytes received and not yet read. */
  inBufferSize(): number {
    return this.#filled - this.#lastRead;
  }

  /** @selector outBufferSize — bytes written and not yet sent. */
  outBufferSize(): number {
    return this.#outFilled;
  }

  /** @selector recentlyRead — bytes the last socket read brought. */
  recentlyRead(): number {
    return this.#recentlyRead;
  }

  // ---- testing

  /** @selector isConnected — whether the socket is connected. */
  isConnected(): boolean {
    return this.#socket.isConnected();
  }

  /** @selector isOtherEndConnected — whether the peer has not closed. */
  isOtherEndConnected(): boolean {
    return !this.#socket.isOtherEndClosed();
  }

  /** @selector isInBufferEmpty — whether no received byte waits in the buffer. */
  isInBufferEmpty(): boolean {
    return this.#lastRead === this.#filled;
  }

  /** @selector isDataAvailable — whether data can be read without waiting (reading what the socket has). */
  isDataAvailable(): boolean {
    if (!this.isInBufferEmpty()) return true;
    if (!isPharo()) return this.#receiveAvailableData() < this.#filled;
    if (!this.#socket.dataAvailable()) return false;
    this.#recentlyRead = this.#socket.receiveSomeDataIntoStartingAt(this.#inBuffer, this.#filled + 1);
    this.#adjustInBuffer(this.#recentlyRead);
    return this.isDataAvailable();
  }

  /** @selector atEnd — nothing buffered, the socket not connected and no data available on it. */
  atEnd(): boolean {
    if (!this.isInBufferEmpty()) return false;
    return !this.isConnected() && !this.isDataAvailable();
  }

  /** @selector isEmpty — nothing buffered and nothing available. */
  isEmpty(): boolean {
    return this.isInBufferEmpty() && !this.isDataAvailable();
  }

  /** @selector isStream — true. */
  override isStream(): boolean {
    return true;
  }

  // ---- stream in

  /** @selector next — the next Character (ascii) or byte (binary); nil at the end. Waits for data. */
  async next(): Promise<unknown> {
    if (this.atEnd()) return null;
    if (this.isInBufferEmpty()) {
      await this.receiveData();
      if (this.atEnd()) return null;
    }
    return this.#element(this.#inBuffer[this.#lastRead++]!);
  }

  /**
   * @selector next: — the next `anInteger` elements, fewer when the stream ends first. Squeak lets
   * a close or timeout signal (when `shouldSignal`); Pharo swallows ConnectionClosed.
   */
  async next$(anInteger: number): Promise<StreamCollection> {
    if (isPharo()) {
      const buffer = new Uint8Array(anInteger);
      const amount = await this.readIntoStartingAtCount(buffer, 1, anInteger);
      return this.#binary ? buffer.slice(0, amount) : latin1Decode(buffer.subarray(0, amount));
    }
    await this.receiveData$(anInteger);
    const start = this.#lastRead;
    this.#lastRead = Math.min(this.#lastRead + anInteger, this.#filled);
    return this.#collection(start, this.#lastRead);
  }

  /** @selector next:into: — `next: n into: aCollection startingAt: 1`. */
  nextInto$(n: number, aCollection: unknown): Promise<unknown> {
    return this.nextIntoStartingAt(n, aCollection, 1);
  }

  /**
   * @selector next:into:startingAt: — reads `anInteger` elements into `aCollection` from
   * `startIndex`; answers it, or a copy of its first part when the stream ended early. A timeout
   * signals; a close does not.
   */
  async nextIntoStartingAt(anInteger: number, aCollection: unknown, startIndex: number): Promise<unknown> {
    const amount = await this.readIntoStartingAtCount(aCollection, startIndex, anInteger);
    return amount < anInteger ? send(aCollection, "copyFrom:to:", 1, startIndex + amount - 1) : aCollection;
  }

  /** @selector nextInto: — fills `aCollection` (or answers a shorter copy at the end). */
  nextInto(aCollection: unknown): Promise<unknown> {
    return this.nextIntoStartingAt(send(aCollection, "size") as number, aCollection, 1);
  }

  /** @selector nextInto:startingAt: — fills `aCollection` from `startIndex`. */
  nextIntoStartingAt$(aCollection: unknown, startIndex: number): Promise<unknown> {
    return this.nextIntoStartingAt(
      (send(aCollection, "size") as number) - startIndex + 1,
      aCollection,
      startIndex,
    );
  }

  /**
   * @selector readInto:startingAt:count: — reads up to `anInteger` elements into `aCollection` from
   * `startIndex`; answers how many. A timeout signals; a close ends the read.
   */
  async readIntoStartingAtCount(
    aCollection: unknown,
    startIndex: number,
    anInteger: number,
  ): Promise<number> {
    await onDo(
      async () =>
        isPharo()
          ? await this.receiveData$(anInteger)
          : await this.#beSignalingWhile(() => this.receiveData$(anInteger)),
      ConnectionClosed,
      (ex: Exception) => ex.return$(null),
    );
    const amount = Math.min(anInteger, this.inBufferSize());
    const start = this.#lastRead;
    this.#lastRead += amount;
    if (amount > 0) {
      if (aCollection instanceof Uint8Array)
        aCollection.set(this.#inBuffer.subarray(start, start + amount), startIndex - 1);
      else
        send(
          aCollection,
          "replaceFrom:to:with:startingAt:",
          startIndex,
          startIndex + amount - 1,
          this.#collection(start, start + amount),
          1,
        );
    }
    return amount;
  }

  /** @selector nextLine — `nextLineCrLf`. */
  nextLine(): Promise<StreamCollection> {
    return this.nextLineCrLf();
  }

  /** @selector nextLineCrLf — up to (not including) the next CR LF. */
  nextLineCrLf(): Promise<StreamCollection> {
    return this.#upToAllBytes(CRLF, UP_TO_LIMIT);
  }

  /** @selector nextLineLf — up to (not including) the next LF. */
  nextLineLf(): Promise<StreamCollection> {
    return this.#upToAllBytes(LF, UP_TO_LIMIT);
  }

  /**
   * @selector upTo: — up to (not including) the next `aCharacterOrByte`, or everything until the
   * end. Squeak has no limit; Pharo stops after 100 000 bytes and signals ConnectionClosed when
   * the peer closed before the delimiter came.
   */
  upTo(aCharacterOrByte: unknown): Promise<StreamCollection> {
    return this.upToLimit(aCharacterOrByte, isPharo() ? UP_TO_LIMIT : null);
  }

  /** @selector upTo:limit: — `upTo:`, answering what there is once more than `nBytes` wait. */
  async upToLimit(aCharacterOrByte: unknown, nBytes: number | null): Promise<StreamCollection> {
    const target = Number(send(aCharacterOrByte, "asInteger"));
    let index = this.#inBuffer.indexOf(target, this.#lastRead);
    if (index >= 0 && index < this.#filled) return this.#takeUpTo(index, 1);
    for (;;) {
      const searchedSoFar = this.inBufferSize();
      await this.receiveData();
      if (this.#recentlyRead <= 0) break;
      index = this.#inBuffer.indexOf(target, this.#lastRead + searchedSoFar);
      if (index >= 0 && index < this.#filled) return this.#takeUpTo(index, 1);
      if (nBytes !== null && this.#filled - this.#lastRead + 1 > nBytes) return this.nextAllInBuffer();
    }
    await this.#signalClosedAfterSearch();
    return this.nextAllInBuffer();
  }

  /** @selector upToAll: — up to (not including) the next occurrence of `aStringOrByteArray`; gives up after 100 000 bytes. */
  upToAll(aStringOrByteArray: SocketData): Promise<StreamCollection> {
    return this.upToAllLimit(aStringOrByteArray, UP_TO_LIMIT);
  }

  /** @selector upToAll:limit: — `upToAll:` with a limit of `nBytes` (nil: none). */
  upToAllLimit(aStringOrByteArray: SocketData, nBytes: number | null): Promise<StreamCollection> {
    return this.#upToAllBytes(dataBytes(aStringOrByteArray).bytes, nBytes);
  }

  /**
   * @selector upToEnd — everything until the peer closes (ConnectionClosed is swallowed; a timeout
   * still signals).
   */
  async upToEnd(): Promise<StreamCollection> {
    await onDo(
      async () => {
        if (isPharo()) {
          while (this.isConnected()) await this.receiveData();
        } else {
          while (!this.atEnd()) await this.#beSignalingWhile(() => this.receiveData());
        }
      },
      ConnectionClosed,
      () => null,
    );
    return this.nextAllInBuffer();
  }

  /** @selector peek — the next element without consuming it; nil at the end. Waits for data. */
  async peek(): Promise<unknown> {
    if (this.atEnd()) return null;
    if (this.isInBufferEmpty()) {
      await this.receiveData();
      if (this.atEnd()) return null;
    }
    return this.#element(this.#inBuffer[this.#lastRead]!);
  }

  /** @selector peek: — the next `anInteger` elements without consuming them. */
  async peek$(anInteger: number): Promise<StreamCollection> {
    await this.receiveData$(anInteger);
    return this.#collection(this.#lastRead, Math.min(this.#lastRead + anInteger, this.#filled));
  }

  /** @selector peekFor: — consumes the next element and answers true if it is `aCharacterOrByte`, else false. */
  async peekFor(aCharacterOrByte: unknown): Promise<boolean> {
    if (this.atEnd()) return false;
    if (this.isInBufferEmpty()) {
      await this.receiveData();
      if (this.atEnd()) return false;
    }
    if (send(this.#element(this.#inBuffer[this.#lastRead]!), "=", aCharacterOrByte) !== true) return false;
    this.#lastRead += 1;
    return true;
  }

  /** @selector peekForAll: — consumes `aString` and answers true if it comes next, else false. */
  async peekForAll(aString: SocketData): Promise<boolean> {
    const target = dataBytes(aString).bytes;
    await this.receiveData$(target.length);
    if (this.inBufferSize() < target.length) return false;
    if (
      this.#inBuffer
        .subarray(this.#lastRead, this.#lastRead + target.length)
        .some((byte, i) => byte !== target[i])
    ) {
      return false;
    }
    this.#lastRead += target.length;
    return true;
  }

  /** @selector skip: — skips `anInteger` elements (fewer at the end). */
  async skip(anInteger: number): Promise<this> {
    await this.receiveData$(anInteger);
    this.#lastRead = Math.min(this.#lastRead + anInteger, this.#filled);
    return this;
  }

  /** @selector nextAvailable — everything received so far, reading what the socket has, without waiting. */
  async nextAvailable(): Promise<StreamCollection> {
    if (!this.isInBufferEmpty()) return this.nextAllInBuffer();
    if (this.isDataAvailable()) await this.receiveData();
    return this.nextAllInBuffer();
  }

  /** @selector nextAvailable: — `nextAvailable`, at most `howMany` elements. */
  async nextAvailable$(howMany: number): Promise<StreamCollection> {
    if (!this.isInBufferEmpty()) return this.nextInBuffer(howMany);
    if (this.isDataAvailable()) await this.receiveData();
    return this.nextInBuffer(howMany);
  }

  /** @selector nextAllInBuffer — everything in the buffer, without reading the socket. */
  nextAllInBuffer(): StreamCollection {
    return this.nextInBuffer(this.inBufferSize());
  }

  /** @selector nextInBuffer: — at most `anInteger` elements from the buffer, without reading the socket. */
  nextInBuffer(anInteger: number): StreamCollection {
    const start = this.#lastRead;
    this.#lastRead += Math.min(anInteger, this.inBufferSize());
    return this.#collection(start, this.#lastRead);
  }

  /**
   * @selector receiveData — waits for data (up to `timeout` seconds; a close or timeout signals
   * when `shouldSignal`) and reads what is available into the buffer.
   */
  async receiveData(): Promise<number> {
    if (!isPharo()) {
      await this.#waitForData();
      return this.#receiveAvailableData();
    }
    const buffer = this.#inBuffer;
    const start = this.#filled + 1;
    const socket = this.#socket;
    const timeout = this.timeout();
    this.#recentlyRead = this.#shouldSignal
      ? this.shouldTimeout()
        ? await socket.receiveDataSignallingTimeoutIntoStartingAt(timeout, buffer, start)
        : await socket.receiveDataSignallingClosedIntoStartingAt(buffer, start)
      : this.shouldTimeout()
        ? await socket.receiveDataTimeoutIntoStartingAt(timeout, buffer, start)
        : await socket.receiveDataIntoStartingAt(buffer, start);
    return this.#adjustInBuffer(this.#recentlyRead);
  }

  /**
   * @selector receiveData: — reads until `nBytes` wait in the buffer or the stream ends (Pharo: or
   * the socket is no longer connected).
   */
  async receiveData$(nBytes: number): Promise<this> {
    while ((isPharo() ? this.isConnected() : !this.atEnd()) && nBytes > this.inBufferSize())
      await this.receiveData();
    return this;
  }

  // ---- stream out

  /** @selector nextPut: — writes a Character (ascii) or byte (binary); answers it. */
  async nextPut(char: unknown): Promise<unknown> {
    const byte = Number(send(char, "asInteger"));
    this.#adjustOutBuffer(1);
    this.#outBuffer[this.#outFilled++] = byte;
    await this.#checkFlush();
    return char;
  }

  /** @selector nextPutAll: — writes a String or ByteArray (buffered); answers it. */
  async nextPutAll(aCollection: SocketData): Promise<SocketData> {
    const bytes = this.#bytesToPut(aCollection);
    this.#adjustOutBuffer(bytes.length);
    this.#outBuffer.set(bytes, this.#outFilled);
    this.#outFilled += bytes.length;
    await this.#checkFlush();
    return aCollection;
  }

  /** @selector next:putAll:startingAt: — writes `n` elements of `aCollection` from `startIndex`. */
  async nextPutAllStartingAt(n: number, aCollection: SocketData, startIndex: number): Promise<SocketData> {
    if (n <= 0) return aCollection;
    const bytes = dataBytes(aCollection).bytes.subarray(startIndex - 1, startIndex - 1 + n);
    this.#adjustOutBuffer(bytes.length);
    this.#outBuffer.set(bytes, this.#outFilled);
    this.#outFilled += bytes.length;
    await this.#checkFlush();
    return aCollection;
  }

  /**
   * @selector nextPutAllFlush: — flushes what is buffered, then sends `aCollection` directly (not
   * through the buffer), unless the peer has closed.
   */
  async nextPutAllFlush(aCollection: SocketData): Promise<this> {
    const bytes = this.#bytesToPut(aCollection);
    await this.flush();
    if (!this.#socket.isOtherEndClosed()) await this.#sendSignallingAsConfigured(bytes, bytes.length);
    return this;
  }

  /** @selector << — writes `items` as `putOn:` decides (a String or ByteArray its elements, else one element); answers the stream. */
  async shiftLeft(items: unknown): Promise<this> {
    if (respondsTo(items, "putOn:")) await send(items, "putOn:", this);
    else await this.nextPut(items);
    return this;
  }

  /** @selector print: — writes `anObject printString`. */
  async print(anObject: unknown): Promise<this> {
    await this.nextPutAll(printString(anObject));
    return this;
  }

  /** @selector cr — writes a carriage return. */
  async cr(): Promise<this> {
    await this.nextPutAll("\r");
    return this;
  }

  /** @selector crlf — writes a carriage return and a line feed. */
  async crlf(): Promise<this> {
    await this.nextPutAll("\r\n");
    return this;
  }

  /** @selector space — writes a space. */
  async space(): Promise<this> {
    await this.nextPut(char(32));
    return this;
  }

  /** @selector sendCommand: — writes `aString` and CR LF, then flushes. */
  async sendCommand(aString: string): Promise<this> {
    await this.nextPutAll(`${aString}\r\n`);
    await this.flush();
    return this;
  }

  /**
   * @selector flush — sends what is buffered, unless the peer has closed (then it is dropped). A
   * failure signals only when `shouldSignal` (Squeak catches ConnectionTimedOut, Pharo any NetworkError).
   */
  async flush(): Promise<this> {
    if (this.#outFilled > 0 && !this.#socket.isOtherEndClosed()) {
      await this.#sendSignallingAsConfigured(this.#outBuffer, this.#outFilled);
      this.#outFilled = 0;
    }
    return this;
  }

  // ---- control

  /** @selector close — flushes, then closes and destroys the socket (`closeAndDestroy: 30`). */
  async close(): Promise<this> {
    await this.flush();
    await this.#socket.closeAndDestroy$(30);
    if (!isPharo()) this.#resetBuffers();
    return this;
  }

  /** @selector destroy — destroys the socket without flushing. */
  destroy(): this {
    this.#socket.destroy();
    return this;
  }

  // ---- printing

  /** @selector printOn: — `SocketStream[inbuf:4kb/outbuf:4kb]`. */
  override printOn(stream: PrintStream): this {
    const kb = (size: number) => Math.round(size / 1024);
    stream.nextPutAll(
      `SocketStream[inbuf:${kb(this.#inBuffer.length)}kb/outbuf:${kb(this.#outBuffer.length)}kb]`,
    );
    return this;
  }

  /** @selector debug — the buffer sizes and the first bytes of each buffer. */
  debug(): string {
    const data = this.inBufferSize();
    const inData = latin1Decode(this.#inBuffer.subarray(this.#lastRead, this.#lastRead + Math.min(data, 20)));
    const outData = latin1Decode(this.#outBuffer.subarray(0, Math.min(this.#outFilled, 20)));
    return `Buffer size: ${this.#inBuffer.length}\rInBuffer data size: ${data}\rIn data (20):${inData}\rOutBuffer data size: ${this.#outFilled}\rOut data (20):${outData}\r`;
  }

  // ---- TypeScript conveniences

  /** Iterates over the data as it arrives (Strings or ByteArrays) until the peer closes. */
  async *[Symbol.asyncIterator](): AsyncGenerator<StreamCollection, void, undefined> {
    for (;;) {
      if (this.isInBufferEmpty()) {
        let closed = false;
        await onDo(
          async () => await this.receiveData(),
          ConnectionClosed,
          () => {
            closed = true;
          },
        );
        if (closed || (this.isInBufferEmpty() && this.atEnd())) return;
      }
      if (!this.isInBufferEmpty()) yield this.nextAllInBuffer();
    }
  }

  /** Closes the stream (`await using stream = ...`). */
  async [Symbol.asyncDispose](): Promise<void> {
    await this.close();
  }

  // ---- private

  #element(byte: number): unknown {
    return this.#binary ? byte : char(byte);
  }

  #collection(start: number, end: number): StreamCollection {
    const bytes = this.#inBuffer.subarray(start, end);
    return this.#binary ? Uint8Array.from(bytes) : latin1Decode(bytes);
  }

  /** The bytes of what `nextPutAll:` writes: `asByteArray` in binary mode, `asString` (Latin-1) in ascii mode. */
  #bytesToPut(aCollection: unknown): Uint8Array {
    if (aCollection instanceof Uint8Array) return aCollection;
    if (this.#binary) return send(aCollection, "asByteArray") as Uint8Array;
    const text = isStringValue(aCollection) ? aCollection : send(aCollection, "asString");
    return latin1Encode(stringText(text as string));
  }

  #resetBuffers(): void {
    if (this.#inBuffer.length !== this.#bufferSize) this.#inBuffer = Buffer.alloc(this.#bufferSize);
    this.#lastRead = 0;
    this.#filled = 0;
    if (this.#outBuffer.length !== this.#bufferSize) this.#outBuffer = new Uint8Array(this.#bufferSize);
    this.#outFilled = 0;
  }

  /** Reads what the socket has into the buffer, without waiting; answers where the new data starts. */
  #receiveAvailableData(): number {
    this.#recentlyRead = this.#socket.receiveAvailableDataIntoStartingAt(this.#inBuffer, this.#filled + 1);
    return this.#adjustInBuffer(this.#recentlyRead);
  }

  /** Squeak's `adjustInBuffer:`: grows the buffer (doubling) or moves its data down when less than 1 KB is free. */
  #adjustInBuffer(bytesRead: number): number {
    if (bytesRead === 0) return this.#filled;
    const old = this.#filled;
    this.#filled += bytesRead;
    if (this.#inBuffer.length - this.#filled < 1024) {
      if (this.#lastRead > 512) return old - this.#moveInBufferDown();
      const grown = Buffer.alloc(this.#inBuffer.length * 2);
      grown.set(this.#inBuffer.subarray(0, this.#filled));
      this.#inBuffer = grown;
    }
    return old;
  }

  #moveInBufferDown(): number {
    const distance = this.#lastRead;
    this.#inBuffer.copyWithin(0, this.#lastRead, this.#filled);
    this.#filled -= distance;
    this.#lastRead = 0;
    return distance;
  }

  #adjustOutBuffer(bytesToWrite: number): void {
    if (this.#outBuffer.length - this.#outFilled - bytesToWrite >= 1024) return;
    const grown = new Uint8Array(Math.max(this.#outBuffer.length, bytesToWrite) * 2);
    grown.set(this.#outBuffer.subarray(0, this.#outFilled));
    this.#outBuffer = grown;
  }

  async #checkFlush(): Promise<void> {
    if (this.#autoFlush && this.#outFilled > this.#bufferSize) await this.flush();
  }

  async #sendSignallingAsConfigured(bytes: Uint8Array, count: number): Promise<void> {
    await onDo(
      async () => await this.#socket.sendDataCount(bytes, count),
      isPharo() ? NetworkError : ConnectionTimedOut,
      (ex: Exception) => (this.#shouldSignal ? ex.pass() : null),
    );
  }

  async #waitForData(): Promise<void> {
    const closed = () => this.#signalClosed();
    if (this.shouldTimeout()) {
      await this.#socket.waitForDataForIfClosedIfTimedOut(this.timeout(), closed, () =>
        this.#signalTimeout(),
      );
    } else {
      await this.#socket.waitForDataIfClosed(closed);
    }
  }

  async #signalClosed(): Promise<void> {
    if (this.#shouldSignal) await new ConnectionClosed("Connection closed while waiting for data.").signal();
  }

  async #signalTimeout(): Promise<void> {
    if (this.#shouldSignal) await new ConnectionTimedOut("Data receive timed out.").signal();
  }

  /** Pharo checks for a close after an unsuccessful search (a close is not signalled on Windows). */
  async #signalClosedAfterSearch(): Promise<void> {
    if (isPharo() && this.#shouldSignal && !this.isOtherEndConnected()) {
      await new ConnectionClosed("Connection closed while waiting for data.").signal();
    }
  }

  async #beSignalingWhile<T>(body: () => Promise<T>): Promise<T> {
    const signaling = this.#shouldSignal;
    this.#shouldSignal = true;
    try {
      return await body();
    } finally {
      this.#shouldSignal = signaling;
    }
  }

  /** Answers the data up to the match at `index` (0-based) and skips the `size` delimiter bytes. */
  #takeUpTo(index: number, size: number): StreamCollection {
    const result = this.nextInBuffer(index - this.#lastRead);
    this.#lastRead = Math.min(this.#lastRead + size, this.#filled);
    return result;
  }

  /**
   * `upToAll:limit:` as Squeak and Pharo search: first from `size - 1` bytes before the read
   * position (so a delimiter that straddles it is found), then in what each receive adds.
   */
  async #upToAllBytes(target: Uint8Array, nBytes: number | null): Promise<StreamCollection> {
    const size = target.length;
    const from = (start: number) => Math.max(start, 0);
    let index = this.#indexOfSubCollection(target, from(this.#lastRead - size + 1));
    if (index >= 0 && index + size <= this.#filled) return this.#takeUpTo(index, size);
    for (;;) {
      const searchedSoFar = this.inBufferSize();
      await this.receiveData();
      if (this.#recentlyRead <= 0) break;
      index = this.#indexOfSubCollection(target, from(this.#lastRead + searchedSoFar - size + 1));
      if (index >= 0 && index + size <= this.#filled) return this.#takeUpTo(index, size);
      if (nBytes !== null && this.#filled - this.#lastRead + 1 > nBytes) return this.nextAllInBuffer();
    }
    await this.#signalClosedAfterSearch();
    return this.nextAllInBuffer();
  }

  #indexOfSubCollection(target: Uint8Array, start: number): number {
    return this.#inBuffer.indexOf(target, start);
  }
}
