import { describe, expect, it } from 'vitest';
import { compareVersions } from '../../core/compare/compare';
import type { Note } from '../../core/notes/note';
import { bundled } from '../../data/bundled';
import { jumpPatch } from './jump';
import { missingReason, notesNotInComparison } from './placement';
import { version } from './test-utils';

const source = (id: string) => bundled.sources.get(id);
const compare = (l: string, r: string) => compareVersions(version(l), version(r), bundled);
const note = (id: string, v: string, label: string): Note => ({
  id,
  version: v,
  label,
  text: id,
  pointText: '',
  createdAt: '2025-11-25T10:00:00.000Z',
  updatedAt: '2025-11-25T10:00:00.000Z',
});
const rowOf = (c: ReturnType<typeof compare>, side: 'left' | 'right', label: string) => {
  const row = c.rows.find((r) => r[side].some((p) => p.label === label));
  if (!row) throw new Error(`no row for ${label}`);
  return row;
};

describe('missingReason', () => {
  it('names the version and the outlet when a point was reported dropped', () => {
    const c = compare('us-28', 'geneva-19');
    expect(missingReason(rowOf(c, 'left', '26'), 'left', c.right, source)).toMatch(
      /^point dropped in Geneva 19-point draft \(FT\) — .*DW/,
    );
  });

  it('says "not reported" where no outlet said anything', () => {
    const c = compare('us-28', 'geneva-19');
    expect(missingReason(rowOf(c, 'left', '1'), 'left', c.right, source)).toBe(
      'not reported in Geneva 19-point draft (FT)',
    );
  });

  it('says "not known" where the other version is only partly known', () => {
    const c = compare('us-28', 'e3-counter');
    expect(missingReason(rowOf(c, 'left', '28'), 'left', c.right, source)).toBe(
      'not known whether it is in European (E3) counter-proposal, inferred by the project (E3 point 28 was not found in any copy consulted)',
    );
    expect(missingReason(rowOf(c, 'left', '6'), 'left', c.right, source)).toBeNull();
  });

  it('names the outlets of a reported drop, and says when the project inferred that a point is not known', () => {
    const c = compare('us-28', 'zelensky-20');
    expect(missingReason(rowOf(c, 'left', '7'), 'left', c.right, source)).toMatch(
      /^point dropped in 20-point framework \(Zelensky, Dec 2025\) — .+ \(the constitutional renunciation of NATO is gone/,
    );
    expect(missingReason(rowOf(c, 'left', '15'), 'left', c.right, source)).toMatch(
      /^not known whether it is in 20-point framework \(Zelensky, Dec 2025\), inferred by the project \(not in the 20-point summaries/,
    );
  });

  it('works from the right side too (added points)', () => {
    const c = compare('zelensky-20', 'us-28');
    expect(missingReason(rowOf(c, 'right', '7'), 'right', c.left, source)).toMatch(
      /^not in 20-point framework \(Zelensky, Dec 2025\) — .+ \(the constitutional renunciation/,
    );
    const e3 = compare('e3-counter', 'zelensky-20');
    expect(missingReason(rowOf(e3, 'right', '10'), 'right', e3.left, source)).toMatch(
      /^not known whether it is in European \(E3\) counter-proposal, inferred by the project \(via US 28-point draft: /,
    );
  });

  it('lists every reading when outlets disagree', () => {
    const c = compare('us-28', 'geneva-19');
    const reason = missingReason(rowOf(c, 'left', '6'), 'left', c.right, source) ?? '';
    expect(reason).toMatch(
      /reported changed in Geneva 19-point draft \(FT\), whose text is not public/,
    );
    expect(reason).toMatch(/; point dropped in Geneva 19-point draft \(FT\)/);
  });
});

describe('notesNotInComparison', () => {
  it('lists the notes that cannot follow their point, and only those', () => {
    const notes = [
      note('kept', 'us-28', '6'),
      note('dropped', 'us-28', '26'),
      note('gone', 'us-28', '99'),
      note('elsewhere', 'zelensky-20', '1'),
    ];
    const listed = notesNotInComparison(compare('us-28', 'geneva-19'), notes, source);
    expect(listed.map((m) => [m.note.id, m.versionTitle])).toEqual([
      ['kept', 'US 28-point draft'],
      ['dropped', 'US 28-point draft'],
      ['gone', 'US 28-point draft'],
    ]);
    expect(listed[2]!.reason).toBe('point 99 is no longer in US 28-point draft');
    expect(
      notesNotInComparison(compare('us-28', 'e3-counter'), notes, source).map((m) => m.note.id),
    ).toEqual(['gone']);
  });
});

describe('jumpPatch', () => {
  it('focuses the side that shows the version, or brings the version in on the left', () => {
    expect(jumpPatch({ version: 'e3-counter', label: '6' }, 'us-28', 'e3-counter')).toEqual({
      focus: { side: 'right', label: '6' },
    });
    expect(jumpPatch({ version: 'us-28', label: '6' }, 'us-28', 'e3-counter')).toEqual({
      focus: { side: 'left', label: '6' },
    });
    expect(jumpPatch({ version: 'zelensky-20', label: '4' }, 'us-28', 'e3-counter')).toEqual({
      left: 'zelensky-20',
      focus: { side: 'left', label: '4' },
    });
  });
});
