/**
 * Decisions slice: the reader's decisions on the engine's possible matches (issue #16), kept with
 * the notes and persisted like them; a decision taken back leaves a tombstone, so another tab's
 * older copy does not bring it back (core/notes/merge.ts).
 */
import { canonicalSides } from '../core/compare/decisions';
import { parseMatchDecision } from '../core/compare/decision-schema';
import { emptyRecord, own, withEntry, withoutEntry } from '../core/notes/id-record';
import { deletionTombstone, tombstonesAfterWrite } from '../core/notes/merge';
import { commit } from './commit';
import type { DecisionsSlice, SliceCreator, StoreDeps } from './store-types';

export const createDecisionsSlice =
  (deps: StoreDeps): SliceCreator<DecisionsSlice> =>
  (set, get) => ({
    decisions: emptyRecord(),
    decisionTombstones: emptyRecord(),

    decideMatch: (left, right, verdict) => {
      const { a, b, id } = canonicalSides(left, right);
      const parsed = parseMatchDecision(
        { id, a, b, verdict, decidedAt: deps.now().toISOString() },
        'This decision',
      );
      if (!parsed.ok) return { ok: false, reason: 'invalid', message: parsed.errors.join('; ') };
      const decision = parsed.value;
      const { decisions, decisionTombstones } = get();
      const written = commit(set, get, deps, {
        decisions: withEntry(decisions, id, decision),
        decisionTombstones: tombstonesAfterWrite(
          decisionTombstones,
          id,
          decision.decidedAt,
          deps.now(),
        ),
      });
      return written.ok ? { ok: true, decision } : written;
    },

    forgetDecision: (id) => {
      const { decisions, decisionTombstones } = get();
      if (!own(decisions, id))
        return { ok: false, reason: 'not-found', message: 'This decision no longer exists.' };
      return commit(set, get, deps, {
        decisions: withoutEntry(decisions, id),
        decisionTombstones: withEntry(
          decisionTombstones,
          id,
          deletionTombstone(own(decisionTombstones, id), deps.now()),
        ),
      });
    },
  });
