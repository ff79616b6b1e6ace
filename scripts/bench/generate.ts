/**
 * A seeded generator of document pairs with ground truth, for `npm run bench`.
 *
 * The left document has N points of 20–120 words from a made-up Zipf-distributed vocabulary, with
 * numbers of the kinds peace plans argue over ("600,000", "12%", "$100 billion", "100 days"). About
 * 5% of points are boilerplate: one long shared opening ("The parties agree that …") and a short
 * clause of their own, the near-duplicates real drafts are full of.
 *
 * The right document is made from the left, in this order: drop 10% of points; merge 3% pairs of
 * neighbours; split 3% of long points at a sentence end; edit 30% with 1–5 word operations each
 * (replace, insert or delete a word, or change a number: 600,000 → 800,000); move 5% by at least
 * 3 places; insert 10% new points (a twentieth of them new boilerplate twins). Merged and split
 * pieces are not moved: the alignment looks for the parts of a merge or split among consecutive
 * points, as wikidiff2 does.
 *
 * Ground truth is the set of (left index, right index) pairs; a merge or a split gives 2 pairs.
 *
 * About 300 lines: one generator; its made-up vocabulary and its edits serve nothing else, and
 * each step draws from the same seeded stream.
 */

/** mulberry32: a small, fast 32-bit PRNG; the same seed gives the same documents everywhere. */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface DocumentPair {
  left: string[];
  right: string[];
  /** (left index, right index) pairs that correspond. */
  truth: [number, number][];
}

type Rng = () => number;

/** An integer in lo..hi inclusive. */
function int(rng: Rng, lo: number, hi: number): number {
  return lo + Math.floor(rng() * (hi - lo + 1));
}

function pick<T>(rng: Rng, list: readonly T[]): T {
  return list[Math.floor(rng() * list.length)] as T;
}

const FUNCTION_WORDS = (
  'the of and to in a that shall be for on by with as any all its their this or from under ' +
  'at not such will which is are an each other both within after these those may into must'
).split(' ');
const ONSETS = [
  'b',
  'd',
  'f',
  'g',
  'k',
  'l',
  'm',
  'n',
  'p',
  'r',
  's',
  't',
  'v',
  'z',
  'br',
  'dr',
  'kr',
  'pl',
  'st',
  'tr',
  'sk',
  'gr',
  '',
];
const NUCLEI = ['a', 'e', 'i', 'o', 'u', 'ai', 'ei', 'ou', 'ia'];
const CODAS = ['', '', '', 'n', 'r', 'l', 's', 'k', 'nt', 'rd', 'st', 'm', 'x'];
const ENDINGS = ['', '', '', 'ion', 'ment', 'ity', 'ed', 'ing', 'al', 'ive', 'ance', 's'];

interface Vocabulary {
  word(): string;
  /** A word that is not one of the commonest 100: what tells one clause from another. */
  contentWord(): string;
}

/** 6,000 words, Zipf weights 1/(rank+2)^1.05, shorter words more common. */
function vocabulary(rng: Rng): Vocabulary {
  const seen = new Set<string>(FUNCTION_WORDS);
  const made: string[] = [];
  while (made.length < 6000 - FUNCTION_WORDS.length) {
    let w = '';
    const syllables = 1 + Math.floor(rng() * rng() * 4);
    for (let s = 0; s < syllables; s += 1)
      w += pick(rng, ONSETS) + pick(rng, NUCLEI) + pick(rng, CODAS);
    w += pick(rng, ENDINGS);
    if (w.length < 3 || seen.has(w)) continue;
    seen.add(w);
    made.push(w);
  }
  made.sort((x, y) => x.length - y.length || (x < y ? -1 : 1));
  const words = [...FUNCTION_WORDS, ...made];
  const cumulative = new Float64Array(words.length);
  let sum = 0;
  words.forEach((_, rank) => {
    sum += 1 / Math.pow(rank + 2, 1.05);
    cumulative[rank] = sum;
  });
  const draw = (from: number): string => {
    const base = from > 0 ? (cumulative[from - 1] ?? 0) : 0;
    const x = base + rng() * (sum - base);
    let lo = from;
    let hi = words.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((cumulative[mid] ?? 0) < x) lo = mid + 1;
      else hi = mid;
    }
    return words[lo] ?? 'the';
  };
  return {
    word: () => draw(0),
    contentWord: () => draw(100),
  };
}

const UNITS = ['days', 'years', 'months', 'billion', 'million'];

function number(rng: Rng): string {
  const r = rng();
  if (r < 0.3) return (int(rng, 1, 999) * 1000).toLocaleString('en-US');
  if (r < 0.45) return `${int(rng, 1, 99)}%`;
  if (r < 0.6) return String(int(rng, 1991, 2030));
  if (r < 0.7) return `${int(rng, 1, 20)}.${int(rng, 1, 9)}`;
  if (r < 0.8) return `$${int(rng, 1, 900)} billion`;
  if (r < 0.9) return `${int(rng, 2, 365)} ${pick(rng, UNITS)}`;
  return `${int(rng, 10, 90)}-day`;
}

/** A different number of the same shape: 600,000 → 800,000, 12% → 15%, 100 days → 60 days. */
function changeNumber(rng: Rng, token: string): string {
  const m = /^(\$?)([\d.,]+)(.*)$/.exec(token);
  if (m === null) return token;
  const [, sign = '', digits = '', rest = ''] = m;
  let next: string;
  if (digits.includes(',')) next = (int(rng, 1, 999) * 1000).toLocaleString('en-US');
  else if (digits.includes('.')) next = `${int(rng, 1, 20)}.${int(rng, 1, 9)}`;
  else next = String(Number(digits) + int(rng, 1, 9));
  return sign + next + rest;
}

const capital = (w: string): string => w.charAt(0).toUpperCase() + w.slice(1);

function sentenceWords(rng: Rng, vocab: Vocabulary, count: number): string[] {
  const out: string[] = [];
  let inSentence = 0;
  let sentenceLength = int(rng, 8, 24);
  for (let k = 0; k < count; k += 1) {
    let w = rng() < 0.03 ? number(rng) : vocab.word();
    if (inSentence === 0) w = capital(w);
    inSentence += 1;
    if (k === count - 1 || inSentence >= sentenceLength) {
      w += '.';
      inSentence = 0;
      sentenceLength = int(rng, 8, 24);
    } else if (rng() < 0.06) {
      w += ',';
    }
    out.push(w);
  }
  return out;
}

function point(rng: Rng, vocab: Vocabulary): string {
  return sentenceWords(rng, vocab, int(rng, 20, 120)).join(' ');
}

/** The shared opening of boilerplate points: long, so that twins are near-duplicates. */
const BOILERPLATE =
  'The parties agree that, within the framework of this agreement and subject to the ' +
  'monitoring arrangements set out in the annex, they shall';

function boilerplate(rng: Rng, vocab: Vocabulary): string {
  const clause: string[] = [];
  for (let k = int(rng, 5, 9); k > 0; k -= 1) clause.push(vocab.contentWord());
  return `${BOILERPLATE} ${clause.join(' ')}.`;
}

function edit(rng: Rng, vocab: Vocabulary, text: string): string {
  const w = text.split(' ');
  for (let ops = int(rng, 1, 5); ops > 0; ops -= 1) {
    const r = rng();
    if (r < 0.25) {
      const numbers = w.flatMap((t, k) => (/^\$?\d/.test(t) ? [k] : []));
      if (numbers.length > 0) {
        const k = pick(rng, numbers);
        w[k] = changeNumber(rng, w[k] ?? '');
        continue;
      }
    }
    const k = int(rng, 0, w.length - 1);
    const tail = /[.,]$/.exec(w[k] ?? '')?.[0] ?? '';
    if (r < 0.55) w[k] = vocab.word() + tail;
    else if (r < 0.8 || w.length < 8) w.splice(k, 0, vocab.word());
    else if (tail === '') w.splice(k, 1);
    else w[k] = vocab.word() + tail;
  }
  return w.join(' ');
}

interface Item {
  text: string;
  from: number[];
  kind: 'kept' | 'merged' | 'split' | 'new';
  moved?: boolean;
}

/** A deterministic pair of documents with `n` left points, and its ground truth. */
export function generatePair(n: number, seed = 42): DocumentPair {
  const rng = mulberry32(seed * 1_000_003 + n);
  const vocab = vocabulary(mulberry32(seed));
  const left: string[] = [];
  for (let i = 0; i < n; i += 1)
    left.push(rng() < 0.05 ? boilerplate(rng, vocab) : point(rng, vocab));

  let items: Item[] = left.map((text, i) => ({ text, from: [i], kind: 'kept' }));
  const sample = (size: number, k: number): Set<number> => {
    const s = new Set<number>();
    while (s.size < Math.min(k, size)) s.add(int(rng, 0, size - 1));
    return s;
  };

  const dropped = sample(n, Math.round(0.1 * n));
  items = items.filter((it) => !dropped.has(it.from[0] ?? -1));

  for (let done = 0, tries = 0; done < Math.round(0.03 * n) && tries < 100 * n; tries += 1) {
    const k = int(rng, 0, items.length - 2);
    const a = items[k];
    const b = items[k + 1];
    if (a === undefined || b === undefined || a.kind !== 'kept' || b.kind !== 'kept') continue;
    items.splice(k, 2, {
      text: `${a.text} ${b.text}`,
      from: [...a.from, ...b.from],
      kind: 'merged',
    });
    done += 1;
  }

  for (let done = 0, tries = 0; done < Math.round(0.03 * n) && tries < 100 * n; tries += 1) {
    const k = int(rng, 0, items.length - 1);
    const it = items[k];
    if (it === undefined || it.kind !== 'kept') continue;
    const w = it.text.split(' ');
    if (w.length < 30) continue;
    let cut = -1;
    for (let c = Math.floor(w.length * 0.3); c <= Math.floor(w.length * 0.7); c += 1) {
      if ((w[c - 1] ?? '').endsWith('.')) {
        cut = c;
        if (c >= w.length / 2) break;
      }
    }
    if (cut < 0) {
      cut = Math.floor(w.length / 2);
      w[cut - 1] = (w[cut - 1] ?? '').replace(/,$/, '') + '.';
    }
    w[cut] = capital(w[cut] ?? '');
    items.splice(
      k,
      1,
      { text: w.slice(0, cut).join(' '), from: it.from, kind: 'split' },
      { text: w.slice(cut).join(' '), from: it.from, kind: 'split' },
    );
    done += 1;
  }

  for (const k of sample(items.length, Math.round(0.3 * n))) {
    const it = items[k];
    if (it !== undefined) it.text = edit(rng, vocab, it.text);
  }

  for (let done = 0, tries = 0; done < Math.round(0.05 * n) && tries < 100 * n; tries += 1) {
    const k = int(rng, 0, items.length - 1);
    const it = items[k];
    if (it === undefined || it.moved || it.kind === 'merged' || it.kind === 'split') continue;
    const to = int(rng, 0, items.length - 1);
    if (Math.abs(to - k) < 3) continue;
    items.splice(k, 1);
    // Do not land between the two pieces of a split.
    const landing = items[to - 1]?.kind === 'split' && items[to]?.kind === 'split' ? to + 1 : to;
    items.splice(landing, 0, { ...it, moved: true });
    done += 1;
  }

  for (let k = Math.round(0.1 * n); k > 0; k -= 1) {
    let at = int(rng, 0, items.length);
    if (items[at - 1]?.kind === 'split' && items[at]?.kind === 'split') at += 1;
    const text = rng() < 0.05 ? boilerplate(rng, vocab) : point(rng, vocab);
    items.splice(at, 0, { text, from: [], kind: 'new' });
  }

  const truth: [number, number][] = [];
  items.forEach((it, j) => {
    for (const i of it.from) truth.push([i, j]);
  });
  return { left, right: items.map((it) => it.text), truth };
}
