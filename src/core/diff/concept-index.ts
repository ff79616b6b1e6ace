/**
 * The concept lexicon (`concepts.ts`) compiled for the scan of `evidence.ts`: each single-word
 * term by the hash of its canonical form (`canonical.ts`), each phrase by its first word's, and
 * each concept's feature hash and topic. Built once, when the module loads (~300 terms).
 */
import { TOPICS } from '../model/topics';
import { canonicalParts, hashString } from './canonical';
import { CONCEPTS } from './concepts';

/** A phrase of the lexicon after its first word: the canonical hashes of the rest, and its concept. */
export interface ConceptPhrase {
  rest: number[];
  concept: number;
}

/** The feature hash of each concept, by concept index. */
export const CONCEPT_FEATURES: number[] = [];
/** The topic of each concept, as an index into `TOPICS` (-1: none). */
export const CONCEPT_TOPICS: number[] = [];
/** Concept index by canonical word hash. */
export const WORD_CONCEPTS = new Map<number, number>();
/** Phrases by the canonical hash of their first word, longest first. */
export const PHRASE_CONCEPTS = new Map<number, ConceptPhrase[]>();
/** The feature hash of each topic, by index into `TOPICS`: the same as a topic the caller gives. */
export const TOPIC_FEATURES = TOPICS.map((t) => topicFeature(t));

export function topicFeature(topic: string): number {
  return hashString(`t:${topic}`);
}

const canonicalHash = (word: string): number => hashString(canonicalParts(word)[0] ?? word);

for (const line of CONCEPTS.split('\n')) {
  const [head = '', list = ''] = line.split(': ');
  const [name = '', topic = '-'] = head.split(' ');
  const concept = CONCEPT_FEATURES.length;
  CONCEPT_FEATURES.push(hashString(`k:${name}`));
  CONCEPT_TOPICS.push((TOPICS as readonly string[]).indexOf(topic));
  for (const term of list.split(', ')) {
    const words = term.split(/[ -]/).map(canonicalHash);
    const [first = 0, ...rest] = words;
    if (rest.length === 0) {
      WORD_CONCEPTS.set(first, concept);
      continue;
    }
    const phrases = PHRASE_CONCEPTS.get(first) ?? [];
    phrases.push({ rest, concept });
    phrases.sort((x, y) => y.rest.length - x.rest.length);
    PHRASE_CONCEPTS.set(first, phrases);
  }
}
