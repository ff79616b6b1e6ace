// @vitest-environment node
/**
 * Payloads carry a checksum (format 2): a link damaged anywhere inside a payload is refused with a
 * notice, never read as different text (issue #19: 2 of 120 one-character corruptions of a `d=`
 * payload used to decode to a valid draft with altered text). Each generated link is damaged at
 * `PER_LINK` places, one at a time: 12,000 damaged links in all (counted).
 */
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { decodeView, encodeView } from './codec';
import { crc32 } from './payload';
import { scenarioArb } from './url-fixtures';

const RUNS = 400; // links per property
const PER_LINK = 10; // × 3 properties = 12,000 damaged links
const SLOW = 120_000;
let checked = 0;
const LZ_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+-$';
/** What a damaged character may become: any character of a payload, and a few that are not. */
const replacement = fc.constantFrom(...LZ_ALPHABET, ...'.%~_!*', 'é', '\u202E');

/** The start and end (exclusive) of a parameter's value in a query string. */
function valueRange(search: string, param: 'n' | 'd'): [number, number] {
  const start = search.indexOf(`&${param}=`) + param.length + 2;
  const end = search.indexOf('&', start);
  return [start, end < 0 ? search.length : end];
}

/** A valid link with at least one payload, and which payload to damage. */
const linkArb = scenarioArb
  .filter((s) => s.notes.length + s.drafts.length > 0)
  .chain((s) =>
    fc.record({
      link: fc.constant(encodeView(s.state, { notes: s.notes, drafts: s.drafts })),
      param: fc.constantFrom(
        ...(s.notes.length ? (['n'] as const) : []),
        ...(s.drafts.length ? (['d'] as const) : []),
      ),
      known: fc.constant(s.known),
    }),
  );

function expectRefused(link: string, param: 'n' | 'd', known: Parameters<typeof decodeView>[1]) {
  const payload = param === 'n' ? 'notes' : 'drafts';
  checked++;
  const decoded = decodeView(link, known);
  expect(decoded.notices, link).toContainEqual({
    kind: 'bad-payload',
    payload,
    problem: 'corrupt',
  });
  expect(decoded.shared[payload]).toEqual([]);
}

const places = fc.array(fc.tuple(fc.nat(), replacement), {
  minLength: PER_LINK,
  maxLength: PER_LINK,
});

describe(`a one-character change anywhere in a payload is detected`, () => {
  afterAll(() => {
    expect(checked).toBeGreaterThanOrEqual(10_000);
  });

  it(
    'a character replaced by another',
    () => {
      fc.assert(
        fc.property(linkArb, places, ({ link, param, known }, damage) => {
          const [start, end] = valueRange(link, param);
          for (const [at, c] of damage) {
            const i = start + (at % (end - start));
            // Never the same character: that would be no change.
            const other = link[i] === c ? (c === 'A' ? 'B' : 'A') : c;
            expectRefused(link.slice(0, i) + other + link.slice(i + 1), param, known);
          }
        }),
        { numRuns: RUNS },
      );
    },
    SLOW,
  );

  it(
    'a character lost',
    () => {
      fc.assert(
        fc.property(linkArb, places, ({ link, param, known }, damage) => {
          const [start, end] = valueRange(link, param);
          for (const [at] of damage) {
            const i = start + (at % (end - start));
            expectRefused(link.slice(0, i) + link.slice(i + 1), param, known);
          }
        }),
        { numRuns: RUNS },
      );
    },
    SLOW,
  );

  it(
    'a character added',
    () => {
      fc.assert(
        fc.property(linkArb, places, ({ link, param, known }, damage) => {
          const [start, end] = valueRange(link, param);
          for (const [at, c] of damage) {
            // Inside the value or at its end (a character added after it still belongs to it).
            const i = start + (at % (end - start + 1));
            expectRefused(link.slice(0, i) + c + link.slice(i), param, known);
          }
        }),
        { numRuns: RUNS },
      );
    },
    SLOW,
  );
});

describe('crc32', () => {
  it('is the standard CRC-32 (IEEE 802.3)', () => {
    // The check value of the CRC-32 catalogue (Williams, "A painless guide to CRC error
    // detection algorithms", 1993): the CRC of "123456789".
    expect(crc32('123456789')).toBe(0xcbf43926);
    expect(crc32('')).toBe(0);
  });
});
