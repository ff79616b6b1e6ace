/**
 * The canonical form of a word, as the alignment compares it (`evidence.ts`), and the string
 * hash every feature is keyed by. A name of the gazetteer is its entity ("alliance" → "nato",
 * "znpp" → "zaporizhzhia" + "npp"); a plain a–z word is its Porter stem (the `stemmer` package:
 * "guarantees" → "guarante"); any other word stays as it is. The concept lexicon
 * (`concept-index.ts`) is read through the same function, so its terms meet the texts' words.
 */
import { stemmer } from 'stemmer';
import { ENTITY_NAMES } from './gazetteer';

const FNV_OFFSET = 0x811c9dc5;
export const FNV_PRIME = 0x01000193;

/** FNV-1a of `s`: the scanner's word hash (`normalize.ts`) for a lower-case word. */
export function hashString(s: string): number {
  let h = FNV_OFFSET;
  for (let k = 0; k < s.length; k += 1) h = Math.imul(h ^ s.charCodeAt(k), FNV_PRIME);
  return h;
}

export const ENTITIES = new Map(Object.entries(ENTITY_NAMES));

/**
 * The canonical parts of `word` (lower case, typewriter apostrophes): one, or two for a name
 * that is two entities ("znpp"). A possessive "'s" is dropped.
 */
export function canonicalParts(word: string): string[] {
  const base = word.endsWith("'s") ? word.slice(0, -2) : word;
  const name = ENTITIES.get(base);
  if (name !== undefined) return name.split(' ');
  return [isPlainLatin(base) ? stemmer(base) : word];
}

/** Whether `word` is all a–z: the words the English stemmer applies to. */
function isPlainLatin(word: string): boolean {
  for (let i = 0; i < word.length; i += 1) {
    const c = word.charCodeAt(i);
    if (c < 97 || c > 122) return false;
  }
  return word.length > 0;
}
