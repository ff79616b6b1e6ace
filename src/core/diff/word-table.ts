/**
 * The vocabulary of one alignment: each distinct word hash gets a dense id on first sight (open
 * addressing on typed arrays, no string per word), and remembers where it was first seen, so that
 * an explanation can spell it ("shared words: army, 600,000") without the scan ever allocating it.
 * Used by `profiles.ts`, which renumbers the ids rarest first once every point is scanned.
 */

export class WordTable {
  /** Word hash → id + 1; 0 is an empty slot. */
  private table: Int32Array;
  private tableKeys: Int32Array;
  /** How many ids there are: ids are `0..size - 1`. */
  size = 0;
  /** Where each word was first seen: point key and character range of its text. */
  private firstKey: Int32Array;
  private firstStart: Int32Array;
  private firstEnd: Int32Array;

  /**
   * @param capacity the number of words expected (a power of two): the table starts at twice
   *   that and grows as needed. Small for a short document, where allocation is the cost.
   */
  constructor(capacity = 2048) {
    this.table = new Int32Array(capacity * 2);
    this.tableKeys = new Int32Array(capacity * 2);
    this.firstKey = new Int32Array(capacity);
    this.firstStart = new Int32Array(capacity);
    this.firstEnd = new Int32Array(capacity);
  }

  /**
   * The id of a word hash, assigned on first sight at `from..to` of the text of point `key`
   * (-1: a feature without text, never spelled).
   */
  intern(hash: number, key: number, from: number, to: number): number {
    let mask = this.table.length - 1;
    if (this.size * 2 >= this.table.length) {
      this.rehash();
      mask = this.table.length - 1;
    }
    let slot = (Math.imul(hash, 0x9e3779b1) >>> 0) & mask;
    for (;;) {
      const entry = this.table[slot] ?? 0;
      if (entry === 0) break;
      if (this.tableKeys[slot] === hash) return entry - 1;
      slot = (slot + 1) & mask;
    }
    const id = this.size;
    this.size += 1;
    this.table[slot] = id + 1;
    this.tableKeys[slot] = hash;
    if (id >= this.firstKey.length) {
      this.firstKey = growInt32(this.firstKey);
      this.firstStart = growInt32(this.firstStart);
      this.firstEnd = growInt32(this.firstEnd);
    }
    this.firstKey[id] = key;
    this.firstStart[id] = from;
    this.firstEnd[id] = to;
    return id;
  }

  /**
   * Gives word `id` the new id `rename[id]` for spelling. Call once, after the last `intern`:
   * the hash table keeps the old ids.
   */
  renumber(rename: Int32Array): void {
    const size = this.size;
    const firstKey = new Int32Array(size);
    const firstStart = new Int32Array(size);
    const firstEnd = new Int32Array(size);
    for (let id = 0; id < size; id += 1) {
      const to = rename[id] ?? 0;
      firstKey[to] = this.firstKey[id] ?? 0;
      firstStart[to] = this.firstStart[id] ?? 0;
      firstEnd[to] = this.firstEnd[id] ?? 0;
    }
    this.firstKey = firstKey;
    this.firstStart = firstStart;
    this.firstEnd = firstEnd;
  }

  /** Whether word `id` was interned with key -1: a feature that is not a word to show. */
  isHidden(id: number): boolean {
    return (this.firstKey[id] ?? 0) < 0;
  }

  /** Word `id` as first seen, in lower case, typographic apostrophes made plain ('' if hidden). */
  spell(id: number, textOf: (key: number) => string): string {
    if (this.isHidden(id)) return '';
    const text = textOf(this.firstKey[id] ?? 0);
    return text
      .slice(this.firstStart[id] ?? 0, this.firstEnd[id] ?? 0)
      .toLowerCase()
      .replace(/’/g, "'");
  }

  private rehash(): void {
    const oldTable = this.table;
    const oldKeys = this.tableKeys;
    this.table = new Int32Array(oldTable.length * 2);
    this.tableKeys = new Int32Array(oldTable.length * 2);
    const mask = this.table.length - 1;
    for (let s = 0; s < oldTable.length; s += 1) {
      const entry = oldTable[s] ?? 0;
      if (entry === 0) continue;
      const hash = oldKeys[s] ?? 0;
      let slot = (Math.imul(hash, 0x9e3779b1) >>> 0) & mask;
      while ((this.table[slot] ?? 0) !== 0) slot = (slot + 1) & mask;
      this.table[slot] = entry;
      this.tableKeys[slot] = hash;
    }
  }
}

/** A copy of `a` twice as long. */
export function growInt32(a: Int32Array): Int32Array<ArrayBuffer> {
  const b = new Int32Array(a.length * 2);
  b.set(a);
  return b;
}
