/**
 * The second half of the word diff (`word-diff.ts`): token runs (equal, deleted, inserted) back
 * into text ops, with each side's whitespace put back where it came from, figures paired off as
 * their own edits, and every run of changes ordered delete-then-insert.
 */
import type { WordOp } from './words';
import type { SplitText } from './tokenize';

/** A run of tokens of one kind, as jsdiff reports it. */
export interface Run {
  kind: WordOp['op'];
  count: number;
}

/** Turns token runs back into text ops, putting each side's whitespace back (see the module comment). */
export function buildOps(a: SplitText, b: SplitText, runs: readonly Run[]): WordOp[] {
  const out = new OpBuilder();
  out.gap(a.gaps[0] ?? '', b.gaps[0] ?? '');
  let i = 0;
  let j = 0;
  let deleted = 0;
  let inserted = 0;
  const flushRegion = (): void => {
    emitChanges(out, a, i, deleted, b, j, inserted);
    i += deleted;
    j += inserted;
    deleted = 0;
    inserted = 0;
  };
  for (const run of runs) {
    if (run.kind === 'delete') deleted += run.count;
    else if (run.kind === 'insert') inserted += run.count;
    else {
      flushRegion();
      for (let k = 0; k < run.count; k += 1, i += 1, j += 1) {
        out.equal(a.words[i] ?? '');
        out.gap(a.gaps[i + 1] ?? '', b.gaps[j + 1] ?? '');
      }
    }
  }
  flushRegion();
  return out.finish();
}

const NUMBER_START = /^[$€£¥₴₽]?\p{Nd}/u;

/**
 * One region between two equal words: `deleted` tokens of `a` from `i`, `inserted` tokens of `b`
 * from `j`. Numbers at the head of both sides are paired off first, so that "600,000 personnel" →
 * "800,000 in peacetime" shows the figure that changed as its own edit (600,000 → 800,000).
 */
function emitChanges(
  out: OpBuilder,
  a: SplitText,
  i: number,
  deleted: number,
  b: SplitText,
  j: number,
  inserted: number,
): void {
  let d = 0;
  let n = 0;
  while (
    d < deleted - 1 &&
    n < inserted - 1 &&
    NUMBER_START.test(a.words[i + d] ?? '') &&
    NUMBER_START.test(b.words[j + n] ?? '')
  ) {
    out.change('delete', (a.words[i + d] ?? '') + (a.gaps[i + d + 1] ?? ''));
    out.change('insert', (b.words[j + n] ?? '') + (b.gaps[j + n + 1] ?? ''));
    out.endChanges();
    d += 1;
    n += 1;
  }
  for (; d < deleted; d += 1)
    out.change('delete', (a.words[i + d] ?? '') + (a.gaps[i + d + 1] ?? ''));
  for (; n < inserted; n += 1)
    out.change('insert', (b.words[j + n] ?? '') + (b.gaps[j + n + 1] ?? ''));
}

/**
 * Accumulates ops: merges neighbours of one kind, orders each run of changes delete-then-insert,
 * drops empty text, and gives whitespace that ends both the deleted and the inserted text of a
 * run back to the equal text after it ("~~100 days~~ 60 days␣of" rather than "~~100 days␣~~ 60 days␣of").
 */
class OpBuilder {
  private readonly ops: WordOp[] = [];
  private equalText = '';
  private deleted = '';
  private inserted = '';

  equal(text: string): void {
    if (text === '') return;
    this.endChanges();
    this.equalText += text;
  }

  change(op: 'delete' | 'insert', text: string): void {
    if (text === '') return;
    this.flushEqual();
    if (op === 'delete') this.deleted += text;
    else this.inserted += text;
  }

  /** Whitespace after a word both sides kept: equal when it is the same, else a change. */
  gap(left: string, right: string): void {
    if (left === right) {
      this.equal(left);
    } else {
      this.change('delete', left);
      this.change('insert', right);
    }
  }

  /** Closes the current run of changes (the next change starts a new one). */
  endChanges(): void {
    if (this.deleted === '' && this.inserted === '') return;
    const shared =
      this.deleted !== '' && this.inserted !== ''
        ? sharedTrailingSpace(this.deleted, this.inserted)
        : 0;
    const deleted = this.deleted.slice(0, this.deleted.length - shared);
    const inserted = this.inserted.slice(0, this.inserted.length - shared);
    if (deleted !== '') this.push('delete', deleted);
    if (inserted !== '') this.push('insert', inserted);
    this.equalText = this.deleted.slice(this.deleted.length - shared);
    this.deleted = '';
    this.inserted = '';
  }

  finish(): WordOp[] {
    this.flushEqual();
    this.endChanges();
    this.flushEqual();
    return this.ops;
  }

  private flushEqual(): void {
    if (this.equalText === '') return;
    this.push('equal', this.equalText);
    this.equalText = '';
  }

  /** Appends an op, merging it into the last one when they have the same kind. */
  private push(op: WordOp['op'], text: string): void {
    const last = this.ops[this.ops.length - 1];
    if (last !== undefined && last.op === op) last.text += text;
    else this.ops.push({ op, text });
  }
}

/** The length of the longest whitespace-only suffix that `x` and `y` share. */
function sharedTrailingSpace(x: string, y: string): number {
  let k = 0;
  while (k < x.length && k < y.length) {
    const cx = x[x.length - 1 - k] ?? '';
    if (cx !== y[y.length - 1 - k] || !/\s/.test(cx)) break;
    k += 1;
  }
  return k;
}
