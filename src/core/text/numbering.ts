/**
 * The numbering styles of a draft and how a line's numbering is read: the patterns of each style,
 * lettered sub-points, bullets, and when one number follows another. The heuristics these serve are
 * listed in parse-draft.ts (2, 3 and 5).
 */

/** The numbering styles the parser recognises, in tie-break order. */
export const NUMBERING_STYLES = [
  'dot',
  'paren',
  'parens',
  'point',
  'article',
  'section',
  'dash',
  'roman',
] as const;
/** A numbering style of a draft. */
export type NumberingStyle = (typeof NUMBERING_STYLES)[number];
/** What the parser read: a numbering style, or unnumbered paragraphs. */
export type DraftStyle = NumberingStyle | 'paragraphs';

/** Every style with a human name and an example, for the "numbering" picker of the import UI. */
export const DRAFT_STYLES: ReadonlyArray<{ style: DraftStyle; name: string; example: string }> = [
  { style: 'dot', name: 'Numbers with a dot', example: '1.  2.  10a.' },
  { style: 'paren', name: 'Numbers with a parenthesis', example: '1)  2)  10a)' },
  { style: 'parens', name: 'Numbers in parentheses', example: '(1)  (2)  (10a)' },
  { style: 'point', name: '"Point" and a number', example: 'Point 1:  Пункт 2.' },
  { style: 'article', name: 'Articles', example: 'Article 1  Art. 2  Стаття 3' },
  { style: 'section', name: 'Section signs', example: '§ 1  § 2' },
  { style: 'dash', name: 'Numbers with a dash', example: '1 –  2 -' },
  { style: 'roman', name: 'Roman numerals', example: 'I.  II.  IV)' },
  { style: 'paragraphs', name: 'Unnumbered paragraphs', example: 'one point per paragraph' },
];

/** The human name of each style ("Numbers with a dot"). */
export const DRAFT_STYLE_NAMES = Object.fromEntries(
  DRAFT_STYLES.map((s) => [s.style, s.name]),
) as Record<DraftStyle, string>;

/** A line's numbering read in one style, and the text after it. */
export interface Candidate {
  /** Numeric value, for sequence checks. */
  num: number;
  /** The number as written ("10", "IV"). */
  base: string;
  letter: string;
  rest: string;
  /** A bare sub-point ("10a Text"): accepted in any style, not counted for dominance. */
  bare: boolean;
}

/** 1–5 digits, optionally a lowercase letter ("10a", "10а") or a letter in parentheses ("10(a)"). */
const NUM = String.raw`(\d{1,5})(?:(\p{Ll})(?!\p{L})|\((\p{Ll})\))?`;
const ROMAN = String.raw`(?=[IVXL])((?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3}))`;
/** After a keyword number: a separator (not a decimal point), whitespace, or the end. */
const KW_SEP = String.raw`(?:\s*[:.)\-–—](?!\d)\s*|\s+|$)`;

const STYLE_PATTERNS: Record<Exclude<NumberingStyle, 'point' | 'article'>, RegExp> = {
  // "1.Ukraine" (no space after a dot) is common in pasted text; "1.5 million" is not a point.
  dot: new RegExp(String.raw`^${NUM}\\?\.(?:\s+|$|(?=[\p{Lu}\p{Lt}]))(.*)$`, 'u'),
  paren: new RegExp(String.raw`^${NUM}\)(?:\s+|$)(.*)$`, 'u'),
  parens: new RegExp(String.raw`^\((\d{1,5})(\p{Ll})?()\)(?:\s+|$)(.*)$`, 'u'),
  section: new RegExp(String.raw`^§\s*${NUM}${KW_SEP}(.*)$`, 'u'),
  dash: new RegExp(String.raw`^${NUM}\s*[-–—](?:\s+|$)(.*)$`, 'u'),
  roman: new RegExp(String.raw`^${ROMAN}[.)](?:\s+|$)(.*)$`, 'u'),
};

const POINT_WORD = /^(?:point|item|clause|пункт|punkt|punto)\s*(?:№\s*)?(?=\d)/iu;
const ARTICLE_WORD =
  /^(?:article|art\.|artikel|articolo|artículo|articulo|статья|стаття|ст\.)\s*(?:№\s*)?/iu;
const AFTER_POINT_WORD = new RegExp(String.raw`^${NUM}${KW_SEP}(.*)$`, 'u');
const AFTER_ARTICLE_WORD = new RegExp(String.raw`^(?:${NUM}|${ROMAN})${KW_SEP}(.*)$`, 'u');

const BARE_SUB = new RegExp(
  String.raw`^(\d{1,5})(?:(\p{Ll})(?!\p{L})|\((\p{Ll})\))[.:)]?(?:\s+|$)(.*)$`,
  'u',
);
const LETTER_SUB = /^(?:(\p{Ll})\)|\((\p{Ll})\))(?:\s+|$)(.*)$/u;
const BULLET = /^[-*+•·▪◦‣–—](?:\s+|$)(.*)$/u;

function numeric(m: RegExpExecArray, rest: string): Candidate {
  const base = m[1] ?? '';
  return { num: Number(base), base, letter: m[2] ?? m[3] ?? '', rest, bare: false };
}

export function matchStyle(style: NumberingStyle, text: string): Candidate | null {
  switch (style) {
    case 'point': {
      const word = POINT_WORD.exec(text);
      const m = word ? AFTER_POINT_WORD.exec(text.slice(word[0].length)) : null;
      return m ? numeric(m, m[4] ?? '') : null;
    }
    case 'article': {
      const word = ARTICLE_WORD.exec(text);
      const m = word ? AFTER_ARTICLE_WORD.exec(text.slice(word[0].length)) : null;
      if (!m) return null;
      if (m[4] !== undefined) {
        return { num: romanValue(m[4]), base: m[4], letter: '', rest: m[5] ?? '', bare: false };
      }
      return numeric(m, m[5] ?? '');
    }
    case 'roman': {
      const m = STYLE_PATTERNS.roman.exec(text);
      const base = m?.[1];
      if (!m || !base) return null;
      return { num: romanValue(base), base, letter: '', rest: m[2] ?? '', bare: false };
    }
    case 'dot':
    case 'paren':
    case 'parens':
    case 'section':
    case 'dash': {
      const m = STYLE_PATTERNS[style].exec(text);
      return m ? numeric(m, m[4] ?? '') : null;
    }
  }
}

/** The style's own numbering, or else a bare sub-point ("10a Text", "10(a) Text"). */
export function matchPoint(style: NumberingStyle, text: string): Candidate | null {
  const own = matchStyle(style, text);
  if (own) return own;
  const m = BARE_SUB.exec(text);
  return m ? { ...numeric(m, m[4] ?? ''), bare: true } : null;
}

export function matchLetterSub(text: string): { letter: string; rest: string } | null {
  const m = LETTER_SUB.exec(text);
  return m ? { letter: m[1] ?? m[2] ?? '', rest: m[3] ?? '' } : null;
}

export function matchBullet(text: string): { rest: string } | null {
  const m = BULLET.exec(text);
  return m ? { rest: m[1] ?? '' } : null;
}

/** Numbers from here on look like years: they start a point only in sequence (heuristic 2). */
export const YEARS = 1000;

const ROMAN_DIGITS: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100 };

function romanValue(roman: string): number {
  let total = 0;
  for (let i = 0; i < roman.length; i++) {
    const value = ROMAN_DIGITS[roman.charAt(i)] ?? 0;
    const next = ROMAN_DIGITS[roman.charAt(i + 1)] ?? 0;
    total += value < next ? -value : value;
  }
  return total;
}

function nextLetter(letter: string): string {
  if (letter === '') return letter;
  const code = letter.codePointAt(0) ?? 0;
  return String.fromCodePoint(Math.min(code + 1, 0x10ffff));
}

/** 5 → 6, 10 → 10a, 10a → 10b, 10b → 11 (the first sub-point is "a" in Latin or Cyrillic). */
export function inSequence(c: Candidate, last: { num: number; letter: string } | null): boolean {
  if (!last) return false;
  if (c.num === last.num + 1) return c.letter === '' || c.letter === 'a' || c.letter === 'а';
  if (c.num !== last.num || c.letter === '') return false;
  return last.letter === ''
    ? c.letter === 'a' || c.letter === 'а'
    : c.letter === nextLetter(last.letter);
}
