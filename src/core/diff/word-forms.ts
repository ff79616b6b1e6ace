/**
 * The surface forms of words, as the evidence reads them (`evidence.ts`): each distinct word's
 * canonical hashes (stem, number without separators, gazetteer name), flags and concepts, computed
 * once and cached across alignments; the unit words that make a number a quantity; and the
 * gazetteer's multi-word names by their first word.
 */
import { canonicalParts, ENTITIES, FNV_PRIME, hashString } from './canonical';
import { PHRASE_CONCEPTS, WORD_CONCEPTS } from './concept-index';

/** Unit words that make a number a quantity, by their canonical name. */
// prettier-ignore
const UNITS: Readonly<Record<string, string>> = {
  day: 'day', days: 'day', week: 'week', weeks: 'week', month: 'month', months: 'month',
  year: 'year', years: 'year', decade: 'decade', decades: 'decade',
  thousand: 'thousand', million: 'million', mn: 'million', billion: 'billion', bn: 'billion',
  trillion: 'trillion', percent: 'percent', km: 'km', kilometres: 'km', kilometers: 'km',
  miles: 'mile', dollars: 'dollar', euros: 'euro',
};

/** `UNITS` by the hash of the word, and the hash of each canonical unit. */
export const UNIT_HASHES = new Map(
  Object.entries(UNITS).map(([word, unit]) => [hashString(word), hashString(unit)]),
);
export const PERCENT = hashString('percent');

/** Words that start a sentence or a clause capitalised without naming anything. */
const NOT_NAMES = new Set(
  'the a an if in on at by of to and or but once after before when while all both each every this these those its their his her no any'.split(
    ' ',
  ),
);

/** Whether `text[from..to]` is one or more spaces. */
export function spacesOnly(text: string, from: number, to: number): boolean {
  if (to <= from) return false;
  for (let i = from; i < to; i += 1) if (text.charCodeAt(i) !== 32) return false;
  return true;
}

/** Combines two hashes into one (order matters). */
export function mix(a: number, b: number): number {
  return Math.imul(a ^ Math.imul(b, 0x9e3779b1), FNV_PRIME) ^ (a >>> 15);
}

/** Multi-word names of the gazetteer, by the hash of their first word (longest first). */
export const PHRASES = new Map<number, { rest: number[]; parts: number[] }[]>();
for (const [name, entity] of ENTITIES) {
  const words = name.split(' ');
  if (words.length === 1) continue;
  const first = hashString(words[0] ?? '');
  const list = PHRASES.get(first) ?? [];
  list.push({ rest: words.slice(1).map(hashString), parts: entity.split(' ').map(hashString) });
  list.sort((x, y) => y.rest.length - x.rest.length);
  PHRASES.set(first, list);
}
export const PER = hashString('per');
export const QUANTITY = hashString('q:');
export const NAME = hashString('c:');
const KNOWN = 1;
export const NUMBER = 2;
export const PHRASE = 4;
export const NOT_NAME = 8;
/** May start a phrase of the concept lexicon. */
export const CONCEPT_PHRASE = 16;
export const CENT = hashString('cent');

/** The features of one surface word: canonical hashes, flags, and its number if it is one. */
export interface Form {
  a: number;
  b: number | undefined;
  flags: number;
  number: string | undefined;
  /** The hash of the size feature of a figure of 1,000 or more (not a year), else 0. */
  size: number;
  /** The concepts of `a` and `b` (`concept-index.ts`), each + 1 (0: none), packed as `ca | cb << 8`. */
  concepts: number;
}

/**
 * Forms by word hash, kept across alignments: the same words recur in every draft of a plan, and
 * stemming is the costliest step per distinct word (~1 µs). Cleared when it reaches `MAX_FORMS`.
 */
export const FORMS = new Map<number, Form>();
export const MAX_FORMS = 200_000;

/** The form of `raw`, a word as the scanner found it. */
export function formOf(raw: string, phrase: boolean): Form {
  let word = raw.toLowerCase();
  if (word.includes('’')) word = word.replace(/’/g, "'");
  let flags = KNOWN | (phrase ? PHRASE : 0);
  const code = word.charCodeAt(0);
  if (code >= 48 && code <= 57 && /^[\d.,]+$/.test(word)) {
    const number = /^\d{1,3}(?:,\d{3})+$/.test(word) ? word.replace(/,/g, '') : word;
    const dot = number.indexOf('.');
    const digits = dot < 0 ? number.length : dot;
    const year = digits === 4 && Number(number) >= 1900 && Number(number) <= 2100;
    const size = digits >= 4 && !year ? hashString(`m:${digits}`) : 0;
    const a = hashString(number);
    if (PHRASE_CONCEPTS.has(a)) flags |= CONCEPT_PHRASE;
    return { a, b: undefined, flags: flags | NUMBER, number, size, concepts: 0 };
  }
  if (NOT_NAMES.has(word)) flags |= NOT_NAME;
  const [first = word, second] = canonicalParts(word);
  const a = hashString(first);
  const b = second === undefined ? undefined : hashString(second);
  if (PHRASE_CONCEPTS.has(a)) flags |= CONCEPT_PHRASE;
  const concept = (h: number | undefined): number =>
    h === undefined ? 0 : (WORD_CONCEPTS.get(h) ?? -1) + 1;
  return { a, b, flags, number: undefined, size: 0, concepts: concept(a) | (concept(b) << 8) };
}
