/**
 * The bytes a TCP connection has received and nobody has read yet, in arrival order: the
 * plugin's stand-in for the kernel's receive buffer. Chunks are kept as Node delivered them and
 * copied once, into the reader's buffer.
 */
export class ReceiveQueue {
  #chunks: Uint8Array[] = [];
  /** Index of the first chunk not fully read. */
  #head = 0;
  /** Bytes of the head chunk already read. */
  #offset = 0;
  #length = 0;

  /** The number of unread bytes. */
  get length(): number {
    return this.#length;
  }

  /** Appends a received chunk. */
  push(chunk: Uint8Array): void {
    if (chunk.length === 0) return;
    this.#chunks.push(chunk);
    this.#length += chunk.length;
  }

  /** Moves up to `count` unread bytes into `target` at `offset`; answers how many it moved. */
  readInto(target: Uint8Array, offset: number, count: number): number {
    let moved = 0;
    while (moved < count && this.#length > 0) {
      const chunk = this.#chunks[this.#head]!;
      const take = Math.min(count - moved, chunk.length - this.#offset);
      if (take === chunk.length) target.set(chunk, offset + moved);
      else target.set(chunk.subarray(this.#offset, this.#offset + take), offset + moved);
      moved += take;
      this.#consume(chunk, take);
    }
    return moved;
  }

  /** Drops every unread byte; answers how many there were. */
  clear(): number {
    const dropped = this.#length;
    this.#chunks = [];
    this.#head = 0;
    this.#offset = 0;
    this.#length = 0;
    return dropped;
  }

  #consume(chunk: Uint8Array, count: number): void {
    this.#offset += count;
    this.#length -= count;
    if (this.#offset < chunk.length) return;
    this.#head += 1;
    this.#offset = 0;
    if (this.#head === this.#chunks.length) {
      this.#chunks.length = 0;
      this.#head = 0;
    } else if (this.#head >= 1024) {
      this.#chunks = this.#chunks.slice(this.#head);
      this.#head = 0;
    }
  }
}
