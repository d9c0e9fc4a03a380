import type { KeyComparison } from "./key-comparison.js";

/**
 * The storage of the hashed collections: entries (a Dictionary's Associations, a Set's slots)
 * found by the hash and `=` of their key through a {@link KeyComparison}, and kept in insertion
 * order. Squeak's order is the order of its open-addressing array (hash order); this table
 * iterates in insertion order instead, which is deterministic and, for Dictionary printing,
 * irrelevant (Squeak prints a Dictionary's keys sorted).
 */
export class HashTable<E extends object> {
  readonly #comparison: KeyComparison;
  readonly #keyOf: (entry: E) => unknown;
  /** Entries by hash: one entry, or several whose keys share a hash. */
  #buckets = new Map<unknown, E | E[]>();
  /** Every entry, in insertion order. */
  readonly #order = new Set<E>();

  /** An empty table matching keys by `comparison`; `keyOf` reads an entry's key. */
  constructor(comparison: KeyComparison, keyOf: (entry: E) => unknown) {
    this.#comparison = comparison;
    this.#keyOf = keyOf;
  }

  /** The number of entries. */
  get size(): number {
    return this.#order.size;
  }

  /** The entry whose key matches `key`, if any. */
  find(key: unknown): E | undefined {
    const bucket = this.#buckets.get(this.#comparison.hashOf(key));
    return bucket === undefined ? undefined : this.#inBucket(bucket, key);
  }

  /** The entry whose key matches `key`; one made by `make` (and added) when there is none. */
  findOrAdd(key: unknown, make: () => E): E {
    const hash = this.#comparison.hashOf(key);
    const bucket = this.#buckets.get(hash);
    const found = bucket === undefined ? undefined : this.#inBucket(bucket, key);
    if (found !== undefined) return found;
    const entry = make();
    this.#place(hash, bucket, entry);
    this.#order.add(entry);
    return entry;
  }

  /** Removes and answers the entry whose key matches `key`, if any. */
  remove(key: unknown): E | undefined {
    const hash = this.#comparison.hashOf(key);
    const bucket = this.#buckets.get(hash);
    if (bucket === undefined) return undefined;
    const entry = this.#inBucket(bucket, key);
    if (entry === undefined) return undefined;
    if (Array.isArray(bucket)) {
      bucket.splice(bucket.indexOf(entry), 1);
      if (bucket.length === 1) this.#buckets.set(hash, bucket[0] as E);
    } else {
      this.#buckets.delete(hash);
    }
    this.#order.delete(entry);
    return entry;
  }

  /** Whether `entry` (the object itself) is still in the table. */
  holds(entry: E): boolean {
    return this.#order.has(entry);
  }

  /** The entries in insertion order, as a snapshot that later changes do not affect. */
  entries(): E[] {
    return [...this.#order];
  }

  /** Removes every entry. */
  clear(): void {
    this.#buckets.clear();
    this.#order.clear();
  }

  /** Places every entry again by its key's current hash (`rehash`, after keys changed). */
  rehash(): void {
    this.#buckets = new Map();
    for (const entry of this.#order) {
      const hash = this.#comparison.hashOf(this.#keyOf(entry));
      this.#place(hash, this.#buckets.get(hash), entry);
    }
  }

  #inBucket(bucket: E | E[], key: unknown): E | undefined {
    if (!Array.isArray(bucket))
      return this.#comparison.matches(key, this.#keyOf(bucket)) ? bucket : undefined;
    for (const entry of bucket) if (this.#comparison.matches(key, this.#keyOf(entry))) return entry;
    return undefined;
  }

  #place(hash: unknown, bucket: E | E[] | undefined, entry: E): void {
    if (bucket === undefined) this.#buckets.set(hash, entry);
    else if (Array.isArray(bucket)) bucket.push(entry);
    else this.#buckets.set(hash, [bucket, entry]);
  }
}
