/**
 * What a point says, as the features the alignment compares (`profiles.ts`), from the words of
 * `normalize.ts`. A rewording keeps most of them even when it changes most words:
 * - **stems** (Porter, the `stemmer` package): "guarantees"/"guarantee", "compensated"/
 *   "compensation", "territorial"/"territories" are one feature;
 * - **numbers** without their thousands separators ("600,000" = "600000"); a **quantity** (a
 *   number with its unit: "100 days", "$100 billion", "50%", "30 per cent"), a **ratio** ("50:50"
 *   = "50-50" = "50/50"), and the **size** of a figure of 1,000 or more: "capped at 600,000" →
 *   "800,000 in peacetime" changed the figure, not the subject;
 * - **named entities**: the names of `gazetteer.ts` ("the United States" = "the US" =
 *   "American"), and runs of capitalised words ("Peace Council", "Black Sea", "Article 5");
 * - the point's **topics**, when the caller gives them (only where both versions have topics).
 *
 * Each feature is a 32-bit hash with the text range it was read from (for explanations); the
 * extras (quantities, ratios, sizes, capitalised runs, topics) are `hidden`: they count in the
 * similarity but are not words to show. Every word's canonical form is computed once per distinct
 * word (cached by its hash), so the scan stays allocation-free for words seen before.
 *
 * A little over 300 lines: one pass over a point's words with the caches it shares across them;
 * each word's form (stem, number, name, concepts) is read in `word-forms.ts`, and the list of
 * names is apart (`gazetteer.ts`).
 */
import { hashString } from './canonical';
import {
  CONCEPT_FEATURES,
  CONCEPT_TOPICS,
  PHRASE_CONCEPTS,
  TOPIC_FEATURES,
  topicFeature,
  WORD_CONCEPTS,
} from './concept-index';
import type { WordScanner } from './normalize';
import {
  CENT,
  CONCEPT_PHRASE,
  formOf,
  FORMS,
  MAX_FORMS,
  mix,
  NAME,
  NOT_NAME,
  NUMBER,
  PER,
  PERCENT,
  PHRASE,
  PHRASES,
  QUANTITY,
  spacesOnly,
  UNIT_HASHES,
} from './word-forms';
import { growInt32, WordTable } from './word-table';
import { TOPICS } from '../model/topics';

export class Evidence {
  /** The features: ids, with where each was first seen (to spell it). Shared with `Profiles`. */
  readonly words: WordTable;
  /** The feature ids of the last `read`. */
  ids = new Int32Array(256);
  count = 0;
  /** Word hash → surface id; by surface id, its feature ids (B: -1, or the second of "ZNPP"). */
  private readonly surface: WordTable;
  private idA: Int32Array;
  private idB: Int32Array;
  /** By surface id: `KNOWN`, `NUMBER`, `PHRASE` (may start a multi-word name). */
  private flags: Uint8Array;
  /** The canonical number of each number word ("600000" for "600,000"), by surface id. */
  private readonly numbers: string[] = [];
  /** The size feature of each number word (0: none), by surface id. */
  private sizes: Int32Array;
  /** The canonical hash (`Form.a`) and the packed concepts (`Form.concepts`) of each surface id. */
  private canon: Int32Array;
  private concepts: Int32Array;
  /** The surface id of each word of the last `read`. */
  private sids = new Int32Array(256);
  /** The topics of the last `read` (given, or read from its concepts), as bits of `TOPICS` indices. */
  topicMask = 0;
  /** The concepts of the last `read`, as bits of concept indices (`concept-index.ts`: at most 64), low and high 32. */
  conceptsLow = 0;
  conceptsHigh = 0;
  /** Whether the last `read` reads topics from the concepts (no topics given). */
  private inferTopics = true;

  /** @param points how many points will be read: sizes the tables (a short document needs little). */
  constructor(points = 1024) {
    let capacity = 64;
    while (capacity < points * 16 && capacity < 2048) capacity *= 2;
    this.words = new WordTable(capacity);
    this.surface = new WordTable(capacity);
    this.idA = new Int32Array(capacity);
    this.idB = new Int32Array(capacity);
    this.sizes = new Int32Array(capacity);
    this.canon = new Int32Array(capacity);
    this.concepts = new Int32Array(capacity);
    this.flags = new Uint8Array(capacity);
  }

  /**
   * The feature ids of the text of point `key`, which the `scanner` has just scanned (`count`
   * words), plus its `topics`: those given, or else those of its concepts. Overwrites `ids` and
   * `topicMask`.
   */
  read(
    text: string,
    key: number,
    scanner: WordScanner,
    count: number,
    topics?: readonly string[],
  ): number {
    this.count = 0;
    this.topicMask = 0;
    this.conceptsLow = 0;
    this.conceptsHigh = 0;
    this.inferTopics = topics === undefined;
    const hashes = scanner.hashes;
    const starts = scanner.starts;
    if (this.sids.length < count) this.sids = new Int32Array(count * 2);
    let capitals = false;
    let phrases = false;
    for (let k = 0; k < count; k += 1) {
      const h = hashes[k] ?? 0;
      const sid = this.surface.intern(h, 0, 0, 0);
      if (sid >= this.flags.length) this.growCache();
      this.sids[k] = sid;
      let flags = this.flags[sid] ?? 0;
      if (flags === 0)
        flags = this.canonical(sid, h, text, key, starts[k] ?? 0, scanner.ends[k] ?? 0);
      if ((flags & PHRASE) !== 0) this.phrase(key, scanner, k, count);
      this.push(this.idA[sid] ?? 0);
      const b = this.idB[sid] ?? -1;
      if (b >= 0) this.push(b);
      const concepts = this.concepts[sid] ?? 0;
      if (concepts !== 0) {
        this.concept((concepts & 0xff) - 1);
        this.concept((concepts >> 8) - 1);
      }
      if ((flags & CONCEPT_PHRASE) !== 0) phrases = true;
      if ((flags & NUMBER) !== 0) this.quantity(text, scanner, k, count, sid);
      const c = text.charCodeAt(starts[k] ?? 0);
      if (c >= 65 && c <= 90) capitals = true;
    }
    if (capitals) for (let k = 0; k + 1 < count; k += 1) this.capitalised(text, scanner, k, count);
    if (phrases) for (let k = 0; k + 1 < count; k += 1) this.conceptPhrase(k, count);
    if (topics !== undefined) {
      for (const t of topics) {
        this.hidden(topicFeature(t));
        const index = (TOPICS as readonly string[]).indexOf(t);
        if (index >= 0) this.topicMask |= 1 << index;
      }
    }
    return this.count;
  }

  /** Concept `c` (-1: none) and, when topics are read from the text, its topic. */
  private concept(c: number): void {
    if (c < 0) return;
    this.hidden(CONCEPT_FEATURES[c] ?? 0);
    if (c < 32) this.conceptsLow |= 1 << c;
    else this.conceptsHigh |= 1 << (c - 32);
    const topic = CONCEPT_TOPICS[c] ?? -1;
    if (topic < 0 || !this.inferTopics) return;
    if ((this.topicMask & (1 << topic)) === 0) this.hidden(TOPIC_FEATURES[topic] ?? 0);
    this.topicMask |= 1 << topic;
  }

  /**
   * A phrase of the concept lexicon starting at word `k` of the last `read` ("line of contact"),
   * compared on canonical forms. After the scan, when every word's form is known.
   */
  private conceptPhrase(k: number, count: number): void {
    const sids = this.sids;
    const canon = this.canon;
    if (((this.flags[sids[k] ?? 0] ?? 0) & CONCEPT_PHRASE) === 0) return;
    for (const p of PHRASE_CONCEPTS.get(canon[sids[k] ?? 0] ?? 0) ?? []) {
      if (k + p.rest.length >= count) continue;
      let j = 0;
      while (j < p.rest.length && canon[sids[k + 1 + j] ?? 0] === p.rest[j]) j += 1;
      if (j < p.rest.length) continue;
      this.concept(p.concept);
      return;
    }
  }

  /**
   * A multi-word name starting at word `k`: its entity, beside its words (which still count: the
   * same name spelled out on both sides is stronger evidence than an alias).
   */
  private phrase(key: number, scanner: WordScanner, k: number, count: number): void {
    const phrases = PHRASES.get(scanner.hashes[k] ?? 0) ?? [];
    for (const p of phrases) {
      if (k + p.rest.length >= count) continue;
      if (!p.rest.every((h, j) => scanner.hashes[k + 1 + j] === h)) continue;
      const start = scanner.starts[k] ?? 0;
      const end = scanner.ends[k + p.rest.length] ?? 0;
      for (const part of p.parts) {
        this.push(this.words.intern(part, key, start, end));
        this.concept(WORD_CONCEPTS.get(part) ?? -1);
      }
      return;
    }
  }

  /**
   * Computes and caches the features of surface word `sid` (hash `h`), first seen at
   * `start..end` of the text of point `key`. Returns its flags.
   */
  private canonical(
    sid: number,
    h: number,
    text: string,
    key: number,
    start: number,
    end: number,
  ): number {
    let form = FORMS.get(h);
    if (form === undefined) {
      form = formOf(text.slice(start, end), PHRASES.has(h));
      if (FORMS.size >= MAX_FORMS) FORMS.clear();
      FORMS.set(h, form);
    }
    if (form.number !== undefined) {
      this.numbers[sid] = form.number;
      this.sizes[sid] = form.size;
    }
    this.idA[sid] = this.words.intern(form.a, key, start, end);
    this.idB[sid] = form.b === undefined ? -1 : this.words.intern(form.b, key, start, end);
    this.canon[sid] = form.a;
    this.concepts[sid] = form.concepts;
    this.flags[sid] = form.flags;
    return form.flags;
  }

  /**
   * After number `k` (canonical `number`): a quantity with the unit that follows ("100 days",
   * "30 per cent", "50%"), a ratio with the number after a separator ("50:50"), and the size of a
   * figure of 1,000 or more that is not a year.
   */
  private quantity(
    text: string,
    scanner: WordScanner,
    k: number,
    count: number,
    sid: number,
  ): void {
    const number = this.numbers[sid] ?? '';
    const end = scanner.ends[k] ?? 0;
    const next = k + 1 < count ? (scanner.starts[k + 1] ?? 0) : -1;
    let unit = text.charCodeAt(end) === 37 ? PERCENT : 0;
    if (unit === 0 && next > end && spacesOnly(text, end, next)) {
      unit = UNIT_HASHES.get(scanner.hashes[k + 1] ?? 0) ?? 0;
      if (unit === 0 && scanner.hashes[k + 1] === PER && scanner.hashes[k + 2] === CENT)
        unit = PERCENT;
    }
    if (unit !== 0) this.hidden(mix(QUANTITY, mix(this.idA[sid] ?? 0, unit)));
    if (next > end && next - end <= 3 && Number(number) <= 100) {
      const between = text.slice(end, next);
      const other = text.slice(next, scanner.ends[k + 1] ?? next);
      if (/^\s*[:/\-–]\s*$/.test(between) && /^\d+$/.test(other) && Number(other) <= 100)
        this.hidden(hashString(`r:${number}/${other}`));
    }
    const size = this.sizes[sid] ?? 0;
    if (size !== 0) this.hidden(size);
  }

  /**
   * A run of capitalised words starting at word `k` ("Peace Council", "Kinburn Spit", "Article
   * 5"), separated by spaces only: one feature for the whole name. Only at the run's first word.
   * (Plain loops, no closures: this runs for every word.)
   */
  private capitalised(text: string, scanner: WordScanner, k: number, count: number): void {
    const starts = scanner.starts;
    const ends = scanner.ends;
    if (!this.isName(text, starts, k)) return;
    if (
      k > 0 &&
      this.isName(text, starts, k - 1) &&
      spacesOnly(text, ends[k - 1] ?? 0, starts[k] ?? 0)
    )
      return;
    let j = k;
    let h = NAME;
    while (j + 1 < count && spacesOnly(text, ends[j] ?? 0, starts[j + 1] ?? 0)) {
      const c = text.charCodeAt(starts[j + 1] ?? 0);
      if (!(c >= 65 && c <= 90) && !(c >= 48 && c <= 57)) break;
      h = mix(h, scanner.hashes[j] ?? 0);
      j += 1;
    }
    if (j > k) this.hidden(mix(h, scanner.hashes[j] ?? 0));
  }

  /** Whether word `j` of the last `read` starts with a capital and is not a function word. */
  private isName(text: string, starts: Int32Array, j: number): boolean {
    const c = text.charCodeAt(starts[j] ?? 0);
    return c >= 65 && c <= 90 && ((this.flags[this.sids[j] ?? 0] ?? 0) & NOT_NAME) === 0;
  }

  /** A feature (by hash) that counts in the similarity but is not a word to show. */
  private hidden(hash: number): void {
    this.push(this.words.intern(hash, -1, 0, 0));
  }

  private push(id: number): void {
    if (this.count === this.ids.length) this.ids = growInt32(this.ids);
    this.ids[this.count] = id;
    this.count += 1;
  }

  private growCache(): void {
    this.idA = growInt32(this.idA);
    this.idB = growInt32(this.idB);
    this.sizes = growInt32(this.sizes);
    this.canon = growInt32(this.canon);
    this.concepts = growInt32(this.concepts);
    const flags = new Uint8Array(this.idA.length);
    flags.set(this.flags);
    this.flags = flags;
  }
}
