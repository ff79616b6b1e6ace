import { describe, expect, it } from 'vitest';
import { bundled } from '../../data/bundled';
import { compareVersions } from '../compare/compare';
import { summaryLine } from '../compare/claims';
import { isChange, summarize, type Comparison, type Row } from '../compare/rows';
import type { WordOp } from '../diff/words';
import type { Source } from '../model/types';
import { describeEntry, describeRow, outletNames, wordChangeParts } from './narrative';

const v = (id: string) => bundled.versions.find((x) => x.id === id)!;
const compare = (l: string, r: string) => compareVersions(v(l), v(r), bundled);
const rowWith = (c: Comparison, side: 'left' | 'right', label: string) =>
  c.rows.find((r) => r[side].some((p) => p.label === label))!;
const tell = (c: Comparison, row: Row) => describeRow(row, c.left, c.right, bundled.sources, c.via);

describe('describeRow on the bundled data', () => {
  it('US 28-point draft 6 → European 6: the change word by word (aligned texts) and who reported it', () => {
    const c = compare('us-28', 'e3-counter');
    expect(tell(c, rowWith(c, 'left', '6'))).toBe(
      'Point 6 (was 6): changed: “600,000” changed to “800,000”; “personnel” changed to “in peacetime”. ' +
        'Reported by Reuters, an uncredited article.',
    );
  });

  it('a point the right-hand version dropped names that version and who reported the drop', () => {
    const c = compare('us-28', 'e3-counter');
    expect(tell(c, rowWith(c, 'left', '3'))).toBe(
      'Point 3 of US 28-point draft: dropped, not in European (E3) counter-proposal. Reported by CNA (from Reuters).',
    );
  });

  it('an unverified absence is told as unknown, with the reason, never as a change', () => {
    const c = compare('us-28', 'e3-counter');
    expect(tell(c, rowWith(c, 'left', '26'))).toBe(
      'Point 26 (was 26): unknown (E2, an anonymous forum post, lists only extra relief for victims under 26 and ' +
        'no amnesty clause; no outlet confirms what the E3 text says here). Inferred by the project; no outlet said so. ' +
        'Unverified in European (E3) counter-proposal.',
    );
  });

  it('summaries: the change as stated, not the wording of our summaries', () => {
    const c = compare('us-28', 'zelensky-20');
    expect(tell(c, rowWith(c, 'left', '6'))).toBe(
      'Point 4 (was 6): changed: 600,000 → 800,000 in peacetime. Reported by Suspilne, Axar.az.',
    );
    expect(tell(c, rowWith(c, 'left', '24'))).toMatch(
      /^Point 17 \(was 24\): kept \(all-for-all exchange.*\); our summaries are worded differently\. Inferred by the project; no outlet said so\./,
    );
    expect(tell(c, rowWith(c, 'left', '3'))).toBe(
      'Point 3 of US 28-point draft: unknown (not in the 20-point summaries: dropped or moved, not known). ' +
        'Inferred by the project; no outlet said so.',
    );
  });

  it('a merge says which points went into which', () => {
    const c = compare('us-28', 'e3-counter');
    expect(tell(c, rowWith(c, 'left', '10a'))).toMatch(
      /^Points 10a–10d merged into point 10: changed: /,
    );
  });

  it('a split and a move are said in words', () => {
    const c = compare('us-28', 'zelensky-20');
    expect(tell(c, rowWith(c, 'left', '12'))).toMatch(
      /^Point 12 split into points 8 and 9: changed /,
    );
    expect(tell(c, rowWith(c, 'left', '16'))).toMatch(/^Point 6 \(was 16\), moved: kept /);
  });

  it('a joined row names the version it went through', () => {
    const c = compare('e3-counter', 'zelensky-20');
    expect(tell(c, rowWith(c, 'left', '6'))).toMatch(
      /^Point 4 \(was 6\): kept \(via 6 of US 28-point draft: .*\); our summaries are worded differently\. Inferred by the project through the US 28-point draft\.$/,
    );
  });

  it('fates: the version without text, every reading and its outlets', () => {
    const c = compare('us-28', 'geneva-19');
    expect(tell(c, rowWith(c, 'left', '26'))).toBe(
      'Point 26 of US 28-point draft, in Geneva 19-point draft (FT): changed; outlets disagree: ' +
        'reported dropped — DW (Stefanishyna), RBC-Ukraine (informed source), ABC News; ' +
        'reported changed — Financial Times (Kyslytsya), Axios.',
    );
    expect(tell(c, rowWith(c, 'left', '3'))).toBe(
      'Point 3 of US 28-point draft, in Geneva 19-point draft (FT): in brackets, left to the presidents — Financial Times (Kyslytsya).',
    );
    expect(tell(c, rowWith(c, 'left', '1'))).toBe(
      'Point 1 of US 28-point draft, in Geneva 19-point draft (FT): not reported; nothing is guessed.',
    );
  });

  it('fates read the same with the sides swapped (mirrored rows)', () => {
    const c = compare('geneva-19', 'us-28');
    const ab = compare('us-28', 'geneva-19');
    expect(tell(c, rowWith(c, 'right', '26'))).toBe(tell(ab, rowWith(ab, 'left', '26')));
  });

  // Every ordered pair of the 15 versions: 225 comparisons, seconds on a loaded machine.
  it('never says "left" or "right" for any row of any bundled pair', { timeout: 60_000 }, () => {
    const ids = bundled.versions.map((x) => x.id);
    for (const l of ids)
      for (const r of ids) {
        const c = compare(l, r);
        for (const row of c.rows) {
          // Sides by title only. Quoted words are the drafts' own ("What is left…"), and "left to
          // the presidents" is a fate, not a side.
          expect(tell(c, row).replace(/“[^”]*”/g, '')).not.toMatch(
            /\b(left|right)(-hand)? (side|version|column)\b|\b(on|the) (left|right)\b/i,
          );
        }
      }
  });
});

describe('describeEntry', () => {
  it('names both versions, gives the counts by status and evidence, and how numbers read', () => {
    const c = compare('us-28', 'zelensky-20');
    expect(describeEntry(c)).toBe(
      `US 28-point draft compared with 20-point framework (Zelensky, Dec 2025): ${summaryLine(c.summary)}. ` +
        'Point numbers are those of 20-point framework (Zelensky, Dec 2025); “was” gives the number in US 28-point draft.',
    );
    expect(summaryLine(c.summary)).toBe(
      '7 changed (3 reported, 4 inferred), 3 dropped (2 reported, 1 inferred), 1 added (inferred), ' +
        '3 merged (1 reported, 2 inferred), 1 split (inferred), 10 unknown, 7 kept (inferred); 5 disputed, 1 moved',
    );
  });

  it('says which side has no text', () => {
    expect(describeEntry(compare('us-28', 'geneva-19'))).toMatch(
      /No text of Geneva 19-point draft \(FT\) is public: point numbers are those of US 28-point draft\.$/,
    );
  });

  it('counts nothing when there are no rows', () => {
    expect(summaryLine(summarize([]))).toBe('no points to compare');
  });
});

describe('wordChangeParts', () => {
  const ops = (...pairs: Array<[WordOp['op'], string]>): WordOp[] =>
    pairs.map(([op, text]) => ({ op, text }));

  it('pairs a deletion with the insertion after it; counts lone additions and removals', () => {
    expect(
      wordChangeParts(
        ops(
          ['equal', 'Armed forces of '],
          ['delete', '600,000'],
          ['insert', '800,000 in peacetime'],
          ['equal', ', and '],
          ['insert', 'three more words'],
          ['equal', ' end.'],
        ),
      ),
    ).toEqual(['“600,000” changed to “800,000 in peacetime”', '3 words added']);
  });

  it('counts long passages instead of quoting them, and stops spelling pairs after five', () => {
    const long = 'one two three four five six seven eight nine ten eleven twelve thirteen';
    expect(wordChangeParts(ops(['delete', long], ['insert', 'short']))).toEqual([
      '13 words replaced by 1',
    ]);
    const many = Array.from({ length: 7 }, (_, i) =>
      ops(['equal', ` e${i} `], ['delete', `a${i}`], ['insert', `b${i}`]),
    ).flat();
    const parts = wordChangeParts(many);
    expect(parts).toHaveLength(6);
    expect(parts[5]).toBe('2 more passages changed');
  });

  it('punctuation alone is not a word', () => {
    expect(
      wordChangeParts(ops(['equal', 'a'], ['insert', ' –'], ['equal', ' b'], ['delete', ' c'])),
    ).toEqual(['1 word removed', 'punctuation changed']);
  });
});

describe('outlets', () => {
  const src = (id: string, outlet: string): [string, Source] => [
    id,
    { id, outlet, url: `https://example.org/${id}`, date: '2025-11-23', holds: '' },
  ];
  const sources = new Map([
    src('a', 'The Telegraph and Reuters'),
    src('b', 'Reuters'),
    src('c', 'Reutersville'),
    src('d', 'DW'),
  ]);

  it('each outlet once; one named inside another is left out', () => {
    expect(outletNames(['a', 'b', 'c', 'b', 'd'], sources)).toEqual([
      'The Telegraph and Reuters',
      'Reutersville',
      'DW',
    ]);
    expect(outletNames(['zz'], sources)).toEqual(['zz']);
  });

  it('whole words in any script: a name is left out only where no letter or digit touches it', () => {
    const more = new Map([
      src('k', 'Київ Post'),
      src('p', 'Post'),
      src('q', 'ПостПост'),
      src('r', 'Пост'),
      src('s', '𝐀Reuters'),
      src('t', 'Reuters'),
      src('u', 'AP 24'),
      src('v', 'AP 2'),
    ]);
    expect(outletNames(['k', 'p'], more)).toEqual(['Київ Post']);
    expect(outletNames(['q', 'r'], more)).toEqual(['ПостПост', 'Пост']);
    // A letter outside the basic plane (two code units) before the name still joins it.
    expect(outletNames(['s', 't'], more)).toEqual(['𝐀Reuters', 'Reuters']);
    expect(outletNames(['u', 'v'], more)).toEqual(['AP 24', 'AP 2']);
  });
});

describe('isChange', () => {
  it('is every change and every point left open; not what survived, nor what is not known', () => {
    const c = compare('us-28', 'e3-counter');
    const n = c.summary.counts;
    expect(c.rows.filter(isChange).length).toBe(n.changed + n.dropped + n.merged);
    const g = compare('us-28', 'geneva-19');
    expect(g.rows.filter(isChange).map((r) => r.left[0]!.label)).toEqual([
      '3',
      '4',
      '6',
      '7',
      '8',
      '19',
      '21a',
      '21b',
      '21c',
      '21d',
      '24',
      '26',
    ]);
  });
});
