import { describe, expect, it } from 'vitest';
import { Evidence } from './evidence';
import { WordScanner } from './normalize';

/** The features of each text, read by one `Evidence` (as in one alignment): shown and hidden ids. */
function read(...texts: string[]): { shown: Set<number>; hidden: Set<number> }[] {
  const evidence = new Evidence();
  const scanner = new WordScanner();
  return texts.map((text, key) => {
    const count = evidence.read(text, key, scanner, scanner.scan(text));
    const ids = Array.from(evidence.ids.subarray(0, count));
    return {
      shown: new Set(ids.filter((id) => !evidence.words.isHidden(id))),
      hidden: new Set(ids.filter((id) => evidence.words.isHidden(id))),
    };
  });
}

/** How many shown and hidden features the two texts share. */
function shared(x: string, y: string): { shown: number; hidden: number } {
  const [a, b] = read(x, y);
  const common = (p: Set<number>, q: Set<number>): number =>
    [...p].filter((id) => q.has(id)).length;
  return { shown: common(a!.shown, b!.shown), hidden: common(a!.hidden, b!.hidden) };
}

describe('Evidence', () => {
  it('reads inflected words as one stem', () => {
    // Hidden: the concept of the lexicon (concepts.ts) and, when it has one, its topic.
    expect(shared('guarantees', 'guarantee')).toEqual({ shown: 1, hidden: 2 });
    expect(shared('compensated', 'compensation')).toEqual({ shown: 1, hidden: 1 });
    expect(shared('territorial', 'territories')).toEqual({ shown: 1, hidden: 2 });
    expect(shared("Ukraine's", 'Ukraine')).toEqual({ shown: 1, hidden: 0 });
    expect(shared('nation', 'national')).toEqual({ shown: 1, hidden: 0 });
    expect(shared('guarantee', 'guard')).toEqual({ shown: 0, hidden: 0 });
  });

  it('leaves words the English stemmer does not apply to as they are', () => {
    expect(shared('Збройні сили', 'збройні СИЛИ')).toEqual({ shown: 2, hidden: 0 });
    expect(shared('сили', 'сила')).toEqual({ shown: 0, hidden: 0 });
  });

  it('reads a figure with or without thousands separators as one number', () => {
    // Hidden: the size "m:6", and "personnel" and "troops" are both the concept military (+ topic).
    expect(shared('600,000 personnel', '600000 troops')).toEqual({ shown: 1, hidden: 3 });
  });

  it('gives changed figures of the same size a shared size, but not the number', () => {
    expect(shared('capped at 600,000', 'at 800,000')).toEqual({ shown: 1, hidden: 1 });
    expect(shared('600,000', '80,000')).toEqual({ shown: 0, hidden: 0 });
    // A year is not a size.
    expect(shared('in 2026', 'in 2027')).toEqual({ shown: 1, hidden: 0 });
  });

  it('reads a number with its unit as a quantity', () => {
    // "100", "days" and the quantity "100 days".
    expect(shared('within 100 days', 'after 100 days')).toEqual({ shown: 2, hidden: 1 });
    expect(shared('within 100 days', 'within 60 days')).toEqual({ shown: 2, hidden: 0 });
    expect(shared('$100 billion', '100 bn euros')).toEqual({ shown: 1, hidden: 1 });
    // "50", "of", "profit" and the quantity "50 percent".
    expect(shared('50% of the profit', '50 per cent of profits')).toEqual({
      shown: 3,
      hidden: 1,
    });
  });

  it('reads 50:50, 50-50 and 50/50 as one ratio', () => {
    expect(shared('split 50:50', 'shared 50-50')).toEqual({ shown: 1, hidden: 1 });
    expect(shared('a 50/50 arrangement', 'divided 50:50')).toEqual({ shown: 1, hidden: 1 });
    expect(shared('33:33', '50:50')).toEqual({ shown: 0, hidden: 0 });
  });

  it('reads the names of one party or place as one entity', () => {
    expect(shared('the United States', 'the US')).toEqual({ shown: 2, hidden: 0 });
    expect(shared('American', 'USA')).toEqual({ shown: 1, hidden: 0 });
    // Hidden: the concept nato and its topic.
    expect(shared('the Alliance', 'NATO')).toEqual({ shown: 1, hidden: 2 });
    expect(shared('Russian forces', 'Russia')).toEqual({ shown: 1, hidden: 0 });
    // "ZNPP" is both Zaporizhzhia and the plant.
    // Hidden: the concepts territory and nuclear, and their topics.
    expect(shared('the ZNPP', 'Zaporizhzhia nuclear power plant')).toEqual({
      shown: 2,
      hidden: 4,
    });
    expect(shared('the European Union', 'the EU')).toEqual({ shown: 2, hidden: 0 });
    expect(shared('Europe', 'the EU')).toEqual({ shown: 0, hidden: 0 });
  });

  it('reads a run of capitalised words as one name, not a sentence start', () => {
    // Hidden: the name, the concepts peace and council, and council's topic.
    expect(shared('chaired by the Peace Council', 'a Peace Council decides')).toEqual({
      shown: 2,
      hidden: 4,
    });
    // Hidden: the name, the concept guarantee (the phrase "article 5") and its topic.
    expect(shared('see Article 5 here', 'like Article 5')).toEqual({ shown: 2, hidden: 3 });
    // "The" starts a sentence; "Once" is a function word: no name (only the concept and topic).
    expect(shared('The guarantee', 'Once the guarantee')).toEqual({ shown: 2, hidden: 2 });
  });

  it('reads the words of one concept of the lexicon as one hidden feature, with its topic', () => {
    expect(shared('a ceasefire', 'a truce')).toEqual({ shown: 1, hidden: 2 });
    expect(shared('the army', 'the armed forces')).toEqual({ shown: 1, hidden: 2 });
    expect(shared('prisoners', 'detainees')).toEqual({ shown: 0, hidden: 2 });
    // A phrase is matched whole: "line" and "contact" alone are no concept.
    expect(shared('along the line of contact', 'on the front line')).toEqual({
      shown: 2,
      hidden: 2,
    });
    expect(shared('the line', 'a contact')).toEqual({ shown: 0, hidden: 0 });
    // "free" is left out of the lexicon (free trade).
    expect(shared('free trade', 'released')).toEqual({ shown: 0, hidden: 0 });
    expect(shared('ceasefire', 'elections')).toEqual({ shown: 0, hidden: 0 });
  });

  it('adds the topics it is given as hidden features, and reads none from its concepts then', () => {
    const evidence = new Evidence();
    const scanner = new WordScanner();
    const hiddenOf = (text: string, key: number, topics?: string[]): number[] => {
      const count = evidence.read(text, key, scanner, scanner.scan(text), topics);
      return Array.from(evidence.ids.subarray(0, count)).filter((id) =>
        evidence.words.isHidden(id),
      );
    };
    // The concept elections, and the topic given.
    const a = hiddenOf('Elections are held.', 0, ['elections']);
    const b = hiddenOf('A vote takes place.', 1, ['elections', 'governance']);
    expect(a).toHaveLength(2);
    expect(b).toHaveLength(3);
    expect(b).toEqual(expect.arrayContaining(a));
    // Given no topics, the concept's topic is read: the same feature as the topic given.
    const c = hiddenOf('A vote takes place.', 2);
    expect(c).toHaveLength(2);
    expect(a).toEqual(expect.arrayContaining(c));
    expect(hiddenOf('A vote takes place.', 3, [])).toHaveLength(1);
  });
});
