import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  alignPoints,
  CONFIDENT_AT,
  type AlignedGroup,
  type AlignItem,
  type FixedLink,
} from './align';

const BASE = [
  "Ukraine's sovereignty will be confirmed.",
  'A comprehensive non-aggression agreement will be concluded between Russia, Ukraine and Europe.',
  'Ukraine will receive reliable security guarantees.',
  "Ukraine's armed forces will be limited to 600,000 personnel.",
  'Ukraine agrees to enshrine in its constitution that it will not join NATO.',
  'NATO agrees not to station troops in Ukraine.',
  'European fighter jets will be stationed in Poland.',
  'Ukraine is eligible for EU membership and will receive short-term preferential access to the European market.',
  'Elections will be held in Ukraine within 100 days after the signing of the agreement.',
  'All parties to the conflict will receive full amnesty for their actions during the war.',
];

/** Items labelled 1, 2, 3… unless labels are given. */
function items(texts: readonly string[], labels?: readonly string[]): AlignItem[] {
  return texts.map((text, i) => ({ id: `p${i}`, label: labels?.[i] ?? String(i + 1), text }));
}

/** A compact table of groups: "how left→right" (1-based labels of items() order), "*" when moved. */
function table(groups: readonly AlignedGroup[]): string[] {
  const side = (xs: readonly number[]) => xs.map((x) => x + 1).join(',');
  return groups.map((g) => `${g.how}${g.moved ? '*' : ''} ${side(g.left)}→${side(g.right)}`);
}

const group = (groups: readonly AlignedGroup[], left: number[]): AlignedGroup | undefined =>
  groups.find((g) => g.left.join() === left.join());

describe('alignPoints', () => {
  it('matches renumbered points by their text, and none of them moved', () => {
    const right = items(
      BASE,
      BASE.map((_, i) => String(i + 3)),
    );
    const { groups } = alignPoints(items(BASE), right);
    expect(table(groups)).toEqual(BASE.map((_, i) => `exact ${i + 1}→${i + 1}`));
    expect(groups.every((g) => g.explain.join() === 'same text')).toBe(true);
  });

  it('ignores numbering, case and punctuation written into the texts', () => {
    const left = BASE.slice(0, 3).map((t, i) => `${i + 1}. ${t}`);
    const right = BASE.slice(0, 3).map(
      (t, i) => `${i + 4}) ${t.toUpperCase().replace(/[.,]/g, '')}`,
    );
    const { groups } = alignPoints(items(left), items(right));
    expect(table(groups)).toEqual(['normalised 1→1', 'normalised 2→2', 'normalised 3→3']);
    expect(groups[0]).toMatchObject({
      similarity: 1,
      explain: ['same text apart from case/punctuation'],
    });
  });

  it('shows a dropped point after its left neighbour', () => {
    const right = BASE.filter((_, i) => i !== 6);
    const { groups } = alignPoints(items(BASE), items(right));
    expect(table(groups)).toEqual([
      'exact 1→1',
      'exact 2→2',
      'exact 3→3',
      'exact 4→4',
      'exact 5→5',
      'exact 6→6',
      'unmatched 7→',
      'exact 8→7',
      'exact 9→8',
      'exact 10→9',
    ]);
    expect(groups[6]?.explain).toEqual(['no matching point on the right']);
  });

  it('shows an added point where it stands on the right', () => {
    const added = 'The Zaporizhzhia nuclear power plant will be restarted under IAEA supervision.';
    const right = [...BASE.slice(0, 5), added, ...BASE.slice(5)];
    const { groups } = alignPoints(items(BASE), items(right));
    expect(table(groups)).toEqual([
      'exact 1→1',
      'exact 2→2',
      'exact 3→3',
      'exact 4→4',
      'exact 5→5',
      'unmatched →6',
      'exact 6→7',
      'exact 7→8',
      'exact 8→9',
      'exact 9→10',
      'exact 10→11',
    ]);
    expect(groups[5]?.explain).toEqual(['no matching point on the left']);
  });

  it('flags a moved point and says from where to where', () => {
    const right = [BASE[0]!, BASE[9]!, ...BASE.slice(1, 9)];
    const { groups } = alignPoints(items(BASE), items(right));
    expect(table(groups)).toEqual([
      'exact 1→1',
      'exact* 10→2',
      'exact 2→3',
      'exact 3→4',
      'exact 4→5',
      'exact 5→6',
      'exact 6→7',
      'exact 7→8',
      'exact 8→9',
      'exact 9→10',
    ]);
    expect(groups[1]?.explain).toEqual(['same text', 'moved from 10 to 2']);
  });

  it('matches an edited point and explains it with the rarest shared words', () => {
    const right = [...BASE];
    right[8] =
      'Elections will be held in Ukraine within 60 days after the signing of the agreement.';
    const { groups } = alignPoints(items(BASE), items(right));
    expect(group(groups, [8])).toEqual({
      left: [8],
      right: [8],
      how: 'similar',
      similarity: expect.closeTo(0.78, 2),
      confidence: 0.96,
      tier: 'confident',
      moved: false,
      explain: ['78% similar; shared words: elections, signing, held'],
    });
  });

  it('matches a rewritten point that is the only close match in its place', () => {
    // Dice 0.49 (the concepts military and limit count too): under SIMILAR_THRESHOLD, but nothing
    // else competes between points 3 and 5.
    const right = [...BASE];
    right[3] = "Ukraine's forces will be capped at 800,000 personnel in peacetime.";
    const army = group(alignPoints(items(BASE), items(right)).groups, [3]);
    expect(army).toMatchObject({ how: 'similar', right: [3], moved: false });
    expect(army?.explain).toEqual([
      '49% similar; shared words: personnel, forces, be',
      'the closest match between its matched neighbours',
    ]);
  });

  it('pairs a rewritten point that moved far only as a possible match nothing competes for', () => {
    // The same pair as above, but the rewrite now sits at the end: under MOVED_THRESHOLD, but the
    // only free point on either side with the subject (moves.ts).
    const rewrite = "Ukraine's forces will be capped at 800,000 personnel in peacetime.";
    const right = [...BASE.slice(0, 3), ...BASE.slice(4), rewrite];
    const { groups } = alignPoints(items(BASE), items(right));
    expect(group(groups, [3])).toEqual({
      left: [3],
      right: [9],
      how: 'similar',
      similarity: 0.485,
      confidence: 0.75,
      tier: 'possible',
      moved: true,
      explain: [
        '49% similar; shared words: personnel, forces, be',
        'the only free point on its subject on either side',
        'moved from 4 to 10',
      ],
    });
    // A free rival as close as half of it: no pair.
    const rival = 'The armed forces of Ukraine will be limited in their training.';
    const contested = alignPoints(items(BASE), items([...right, rival])).groups;
    expect(group(contested, [3])).toMatchObject({ how: 'unmatched', right: [] });
    // No shared concept (words only): no pair.
    const words = "Ukraine's 800,000 will be capped in peacetime.";
    const unrelated = alignPoints(
      items(BASE),
      items([...BASE.slice(0, 3), ...BASE.slice(4), words]),
    );
    expect(group(unrelated.groups, [3])).toMatchObject({ how: 'unmatched', right: [] });
  });

  it('a heavily edited point still matches in place', () => {
    const left = ["Ukraine's armed forces are capped at 600,000 personnel.", BASE[4]!, BASE[5]!];
    const right = ["Ukraine's forces are capped at 800,000 in peacetime.", BASE[4]!, BASE[5]!];
    expect(table(alignPoints(items(left), items(right)).groups)).toEqual([
      'similar 1→1',
      'exact 2→2',
      'exact 3→3',
    ]);
  });

  it('pairs a reworded point by its place between matched neighbours, as a possible match', () => {
    // Dice 0.26 (the concepts aircraft and deployment count too): under WEAK_THRESHOLD, but the
    // only free point on each side between 6 and 8.
    const right = [...BASE];
    right[6] = 'Jets of the allies are deployed to Polish airfields.';
    const jets = group(alignPoints(items(BASE), items(right)).groups, [6]);
    expect(jets).toEqual({
      left: [6],
      right: [6],
      how: 'similar',
      similarity: expect.closeTo(0.26, 2),
      confidence: 0.71,
      tier: 'possible',
      moved: false,
      explain: [
        '26% similar; shared words: jets',
        'the closest match between its matched neighbours',
      ],
    });
  });

  it('does not pair a dropped point with an unrelated one added in its place', () => {
    const right = [...BASE];
    right[6] = 'Sanctions relief starts one year after the signing.';
    const { groups } = alignPoints(items(BASE), items(right));
    expect(group(groups, [6])).toMatchObject({ how: 'unmatched', right: [] });
    expect(groups.find((g) => g.right.join() === '6')).toMatchObject({ how: 'unmatched' });
  });

  it('does not pair a reworded point that moved away from its neighbours by its place', () => {
    const right = [
      ...BASE.slice(0, 6),
      ...BASE.slice(7),
      'Jets of the allies are deployed to Polish airfields.',
    ];
    const { groups } = alignPoints(items(BASE), items(right));
    expect(group(groups, [6])).toMatchObject({ how: 'unmatched' });
  });

  it('merges several longer points into the thin summary that replaced them', () => {
    const parts = [
      'The lifting of sanctions on Russia is discussed and agreed in stages.',
      'The US and Russia conclude a long-term economic cooperation agreement covering energy, natural resources, infrastructure, data centres and rare-earth mining in the Arctic.',
      'Russia is invited to return to the G8.',
    ];
    const summary =
      'Russia rejoins the world economy: sanctions lifted in stages, economic cooperation with the US, and the G8.';
    const { groups } = alignPoints(
      items([BASE[0]!, ...parts, BASE[9]!], ['1', '13a', '13b', '13c', '14']),
      items([BASE[0]!, summary, BASE[9]!], ['1', '13', '14']),
    );
    expect(table(groups)).toEqual(['exact 1→1', 'merge 2,3,4→2', 'exact 5→3']);
    expect(groups[1]).toMatchObject({
      tier: 'possible',
      explain: ['13a–13c merged into 13', expect.stringMatching(/% similar/)],
    });
  });

  it('asks more of a far move than of a near one', () => {
    const words =
      'amber basalt cobalt dahlia ember fjord garnet harbor indigo jasper kestrel lagoon marble nectar onyx pewter quartz russet sable topaz umber velvet willow xenon yarrow zircon acorn bramble cedar'.split(
        ' ',
      );
    const doc = words.map(
      (w, i) =>
        `The ${w} clause sets the ${words[(i + 7) % words.length]} schedule for parcel ${i + 1}.`,
    );
    // Dice 0.68 against point 1: enough for a move of 2 places (0.6), not for one of 28 (0.75).
    // Made-up words, no concept of the lexicon: a far move has only its text (moves.ts).
    const edited = 'The amber clause sets the harbor schedule for the parcel.';
    const near = alignPoints(items(doc), items([...doc.slice(1, 3), edited, ...doc.slice(3)]));
    expect(group(near.groups, [0])).toMatchObject({ how: 'similar', right: [2], moved: true });
    const far = alignPoints(items(doc), items([...doc.slice(1), edited]));
    expect(group(far.groups, [0])).toMatchObject({ how: 'unmatched', right: [] });
  });

  it('merges 10a–10d into 10', () => {
    const parts = [
      'Ukraine will hold elections.',
      'International observers will monitor the elections.',
      'The OSCE will lead the observation mission.',
      'Results will be certified within 30 days.',
    ];
    const left = [BASE[7]!, ...parts, BASE[9]!];
    const right = [BASE[7]!, parts.join(' '), BASE[9]!];
    const { groups } = alignPoints(
      items(left, ['9', '10a', '10b', '10c', '10d', '11']),
      items(right, ['9', '10', '11']),
    );
    expect(table(groups)).toEqual(['exact 1→1', 'merge 2,3,4,5→2', 'exact 6→3']);
    expect(groups[1]?.explain[0]).toBe('10a–10d merged into 10');
    expect(groups[1]?.similarity).toBe(1);
  });

  it('splits 12 into 8 and 9', () => {
    const first =
      'A joint humanitarian committee will be established to resolve outstanding issues.';
    const second = 'All civilian detainees and hostages will be returned, including children.';
    const left = [BASE[0]!, `${first} ${second}`, BASE[9]!];
    const right = [BASE[0]!, first, second.replace('including', 'and especially'), BASE[9]!];
    const { groups } = alignPoints(
      items(left, ['11', '12', '13']),
      items(right, ['7', '8', '9', '10']),
    );
    expect(table(groups)).toEqual(['exact 1→1', 'split 2→2,3', 'exact 3→4']);
    expect(groups[1]?.explain[0]).toBe('12 split into 8 and 9');
  });

  it('pairs boilerplate twins by the clause that tells them apart', () => {
    const opening = 'The parties agree that, upon signing of this agreement, they will';
    const clauses = [
      'exchange all prisoners of war on an all-for-all basis.',
      'return all civilian detainees and deported children.',
      'restore the Zaporizhzhia nuclear power plant under IAEA supervision.',
      'reopen the Kinburn spit and the Dnipro river to commercial shipping.',
      'lift sanctions in stages, subject to compliance.',
      'establish a monitoring mission led by the United States.',
    ];
    const left = clauses.map((c) => `${opening} ${c}`);
    const right = [
      `${opening} ${clauses[0]}`,
      // 2: its clause edited
      `${opening} return every civilian detainee and all deported children.`,
      // 3: dropped; a new twin added elsewhere
      `${opening} ${clauses[3]}`,
      `${opening} ${clauses[5]!.replace('United States', 'US and Europe')}`,
      `${opening} ${clauses[4]}`, // swapped with 6
      `${opening} hold a referendum on the territorial settlement.`,
    ];
    const { groups } = alignPoints(items(left), items(right));
    expect(table(groups)).toEqual([
      'exact 1→1',
      'similar 2→2',
      'unmatched 3→',
      'exact 4→3',
      'similar* 6→4',
      'exact 5→5',
      'unmatched →6',
    ]);
  });

  it('keeps recorded links over the text', () => {
    // The text of left 1 is right 1, but a recorded link says left 1 became right 3.
    const fixed: FixedLink[] = [{ left: [0], right: [2] }];
    const { groups } = alignPoints(items(BASE.slice(0, 3)), items(BASE.slice(0, 3)), { fixed });
    expect(table(groups)).toEqual(['unmatched →1', 'exact 2→2', 'unmatched 3→', 'fixed* 1→3']);
    expect(groups[3]).toEqual({
      left: [0],
      right: [2],
      how: 'fixed',
      moved: true,
      explain: ['recorded correspondence', 'moved from 1 to 3'],
    });
  });

  it('keeps a recorded merge as given', () => {
    const fixed: FixedLink[] = [{ left: [2, 1], right: [1] }];
    const { groups } = alignPoints(
      items(BASE.slice(0, 4)),
      items([BASE[0]!, 'Something else entirely.', BASE[3]!]),
      { fixed },
    );
    expect(table(groups)).toEqual(['exact 1→1', 'fixed 2,3→2', 'exact 4→3']);
  });

  it('rejects a recorded link that names a point out of range or twice', () => {
    expect(() =>
      alignPoints(items(['a']), items(['a']), { fixed: [{ left: [1], right: [0] }] }),
    ).toThrow(RangeError);
    expect(() =>
      alignPoints(items(['a', 'b']), items(['a', 'b']), {
        fixed: [
          { left: [0], right: [0] },
          { left: [0], right: [1] },
        ],
      }),
    ).toThrow(RangeError);
  });

  it('handles empty sides', () => {
    expect(alignPoints([], []).groups).toEqual([]);
    expect(table(alignPoints(items(['a', 'b']), []).groups)).toEqual([
      'unmatched 1→',
      'unmatched 2→',
    ]);
    expect(table(alignPoints([], items(['a'])).groups)).toEqual(['unmatched →1']);
  });

  it('pairs exact duplicates in order', () => {
    const { groups } = alignPoints(
      items(['same', 'same', 'other']),
      items(['same', 'x y z', 'same']),
    );
    expect(table(groups)).toEqual(['exact 1→1', 'unmatched →2', 'exact 2→3', 'unmatched 3→']);
  });

  it('keeps repeated texts in order when one copy is dropped', () => {
    // In-order pairing per text would pair the first "" with the remaining one and call it moved.
    expect(table(alignPoints(items(['', 'peace', '']), items(['peace', ''])).groups)).toEqual([
      'unmatched 1→',
      'exact 2→1',
      'exact 3→2',
    ]);
  });

  it('aligns Cyrillic points', () => {
    const left = [
      'Збройні сили України обмежуються 600 тисячами осіб.',
      'Україна не вступає до НАТО.',
    ];
    const right = [
      'Збройні Сили України обмежуються 800 тисячами осіб у мирний час.',
      'УКРАЇНА не вступає до НАТО',
    ];
    const { groups } = alignPoints(items(left), items(right));
    expect(table(groups)).toEqual(['similar 1→1', 'normalised 2→2']);
    expect(groups[0]?.explain[0]).toMatch(/^\d+% similar; shared words: /);
  });

  describe('on any input', () => {
    const word = fc.constantFrom(
      'peace',
      'the',
      'parties',
      'agree',
      'Ukraine',
      'NATO',
      '600,000',
      'сили',
      'амністія',
      'troops',
      'within',
      '100',
      'days',
      'elections',
      'Europe',
      'sanctions',
    );
    const text = fc.oneof(
      fc.array(word, { maxLength: 12 }).map((w) => w.join(' ')),
      fc.string({ maxLength: 20 }),
      fc.constant(''),
    );
    const side = fc.array(text, { maxLength: 14 });
    const sides = fc.oneof(
      fc.tuple(side, side),
      // Related sides: the right is the left with some points dropped, edited or swapped.
      side.chain((l) =>
        fc.tuple(
          fc.constant(l),
          fc
            .shuffledSubarray(l)
            .chain((r) => fc.array(text, { maxLength: 3 }).map((extra) => [...r, ...extra])),
        ),
      ),
    );

    it('puts every point in exactly one group, groups in right-hand order, and never throws', () => {
      fc.assert(
        fc.property(sides, ([l, r]) => {
          const { groups } = alignPoints(items(l), items(r));
          const lefts = groups.flatMap((g) => g.left).sort((a, b) => a - b);
          expect(lefts).toEqual(l.map((_, i) => i));
          const rights = groups.flatMap((g) => g.right);
          expect(rights).toEqual(r.map((_, i) => i));
          for (const g of groups) {
            expect(g.left.length + g.right.length).toBeGreaterThan(0);
            expect(g.explain.length).toBeGreaterThan(0);
            if (g.similarity !== undefined) {
              expect(g.similarity).toBeGreaterThanOrEqual(0);
              expect(g.similarity).toBeLessThanOrEqual(1);
            }
            if (g.how === 'unmatched') expect(g.left.length + g.right.length).toBe(1);
            if (g.moved) expect(g.left.length * g.right.length).toBeGreaterThan(0);
            // A confidence and a tier on every pairing the engine made, and only there.
            const engine = g.how !== 'unmatched' && g.how !== 'fixed';
            expect(g.confidence !== undefined).toBe(engine);
            if (g.confidence !== undefined) {
              expect(g.confidence).toBeGreaterThanOrEqual(0);
              expect(g.confidence).toBeLessThanOrEqual(1);
              expect(g.tier).toBe(g.confidence >= CONFIDENT_AT ? 'confident' : 'possible');
            }
          }
        }),
        { numRuns: 300 },
      );
    });

    it('gives the same alignment for the same input', () => {
      fc.assert(
        fc.property(sides, ([l, r]) => {
          expect(alignPoints(items(l), items(r))).toEqual(alignPoints(items(l), items(r)));
        }),
      );
    });

    it('finds nothing moved when nothing moved', () => {
      fc.assert(
        fc.property(side, fc.array(fc.boolean(), { maxLength: 14 }), (l, keep) => {
          const r = l.filter((_, i) => keep[i] !== false);
          expect(alignPoints(items(l), items(r)).groups.filter((g) => g.moved)).toEqual([]);
        }),
      );
    });

    it('keeps valid recorded links as given', () => {
      fc.assert(
        fc.property(sides, fc.nat(), ([l, r], seed) => {
          fc.pre(l.length > 0 && r.length > 0);
          const fixed = [{ left: [seed % l.length], right: [(seed >> 3) % r.length] }];
          const { groups } = alignPoints(items(l), items(r), { fixed });
          expect(groups.filter((g) => g.how === 'fixed').map((g) => [g.left, g.right])).toEqual([
            [fixed[0]!.left, fixed[0]!.right],
          ]);
        }),
      );
    });
  });
});
