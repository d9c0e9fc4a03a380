/**
 * A FIFO list of processes with constant-time removal from anywhere, as Squeak's LinkedList of
 * Processes: the run queue of one priority, or the processes waiting on one Semaphore. A process
 * is on at most one list at a time (`myList` in Squeak), so the links live in the process.
 */

/** What a list member carries: its neighbours and the list it is on. */
export interface Linked {
  $prevLink: Linked | null;
  $nextLink: Linked | null;
  $list: ProcessList<Linked> | null;
}

/** A FIFO of linked members (processes). */
export class ProcessList<T extends Linked> {
  #first: T | null = null;
  #last: T | null = null;
  #size = 0;

  /** The number of members. */
  get size(): number {
    return this.#size;
  }

  /** The first member, or null. */
  get first(): T | null {
    return this.#first;
  }

  /** Appends `member` (which must be on no list). */
  addLast(member: T): void {
    member.$prevLink = this.#last;
    member.$nextLink = null;
    if (this.#last === null) this.#first = member;
    else this.#last.$nextLink = member;
    this.#last = member;
    this.#adopt(member);
  }

  /** Puts `member` (which must be on no list) in front of every other. */
  addFirst(member: T): void {
    member.$prevLink = null;
    member.$nextLink = this.#first;
    if (this.#first === null) this.#last = member;
    else this.#first.$prevLink = member;
    this.#first = member;
    this.#adopt(member);
  }

  /** Removes and answers the first member, or null when empty. */
  removeFirst(): T | null {
    const member = this.#first;
    if (member !== null) this.remove(member);
    return member;
  }

  /** Removes `member`, which must be on this list. */
  remove(member: T): void {
    const previous = member.$prevLink as T | null;
    const next = member.$nextLink as T | null;
    if (previous === null) this.#first = next;
    else previous.$nextLink = next;
    if (next === null) this.#last = previous;
    else next.$prevLink = previous;
    member.$prevLink = null;
    member.$nextLink = null;
    member.$list = null;
    this.#size -= 1;
  }

  /** The members, first to last. */
  *[Symbol.iterator](): IterableIterator<T> {
    for (let member = this.#first; member !== null; member = member.$nextLink as T | null) yield member;
  }

  #adopt(member: T): void {
    member.$list = this as unknown as ProcessList<Linked>;
    this.#size += 1;
  }
}
