/**
 * The real-draft set of `npm run bench` (scripts/bench/real/README.md): four drafts as numbered
 * text, parsed as an imported draft would be, and the brief's correspondences as truth.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AlignItem } from '../../src/core/diff/align';
import { parseDraftText } from '../../src/core/text/parse-draft';

const DIR = join(import.meta.dirname, 'real');

export interface RealPair {
  /** "us-28 → e3-counter" */
  name: string;
  left: AlignItem[];
  right: AlignItem[];
  /** (left index, right index) pairs, from truth.json. */
  truth: [number, number][];
}

interface TruthFile {
  pairs: {
    left: string;
    right: string;
    links: { left: string[]; right: string[] }[];
  }[];
}

type TopicsFile = Record<string, Record<string, string[]> | string>;

/**
 * Every pair of truth.json, with the points of both drafts. `withTopics` gives each point its
 * topics from topics.json. Throws when a file names a point its draft does not have.
 */
export function loadRealPairs(withTopics: boolean): RealPair[] {
  const truth = JSON.parse(readFileSync(join(DIR, 'truth.json'), 'utf8')) as TruthFile;
  const topics = JSON.parse(readFileSync(join(DIR, 'topics.json'), 'utf8')) as TopicsFile;
  const drafts = new Map<string, AlignItem[]>();
  const draft = (id: string): AlignItem[] => {
    let items = drafts.get(id);
    if (items !== undefined) return items;
    const parsed = parseDraftText(readFileSync(join(DIR, `${id}.txt`), 'utf8'));
    const own = topics[id];
    items = parsed.points.map((p) => {
      const item: AlignItem = { id: `${id}:${p.label}`, label: p.label, text: p.text };
      if (withTopics) {
        const t = typeof own === 'object' ? own[p.label] : undefined;
        if (t === undefined) throw new Error(`topics.json: no topics for ${id} ${p.label}`);
        item.topics = t;
      }
      return item;
    });
    drafts.set(id, items);
    return items;
  };
  return truth.pairs.map((pair) => {
    const left = draft(pair.left);
    const right = draft(pair.right);
    const index = (items: AlignItem[], id: string, label: string): number => {
      const i = items.findIndex((p) => p.label === label);
      if (i < 0) throw new Error(`truth.json: ${id} has no point ${label}`);
      return i;
    };
    const pairs: [number, number][] = [];
    for (const link of pair.links)
      for (const l of link.left)
        for (const r of link.right)
          pairs.push([index(left, pair.left, l), index(right, pair.right, r)]);
    return { name: `${pair.left} → ${pair.right}`, left, right, truth: pairs };
  });
}
