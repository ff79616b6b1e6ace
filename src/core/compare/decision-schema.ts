/**
 * The check a match decision passes where it enters: from storage, another tab, or a link
 * (decisions.ts). Apart from the schema (ids of points of two different versions, a verdict, a
 * time), the id must be the one its points make, and the sides in their canonical order, so a
 * decision can never be stored under another pairing's id. Loaded with the store and the link
 * payloads, not with the first page.
 */
import * as z from 'zod/mini';
import {
  canonicalSides,
  DECISION_MAX_POINTS,
  MATCH_VERDICTS,
  versionOfPoint,
  type MatchDecision,
} from './decisions';

/** `<version id>:<label>`: version ids are kebab-case; labels 1–40 characters, no controls. */
// eslint-disable-next-line no-control-regex
const POINT_ID = /^[a-z0-9][a-z0-9-]*:[^\u0000-\u001f\u007f-\u009f]{1,40}$/;

function buildDecisionSchema() {
  const side = z
    .array(z.string().check(z.regex(POINT_ID, 'must be "<version>:<label>"')))
    .check(z.minLength(1, 'must name a point'), z.maxLength(DECISION_MAX_POINTS));

  return z.strictObject({
    id: z.string().check(z.maxLength(4000)),
    a: side,
    b: side,
    verdict: z.enum(MATCH_VERDICTS, { error: `must be one of: ${MATCH_VERDICTS.join(', ')}` }),
    decidedAt: z.iso.datetime(),
  });
}

let decisionSchema: ReturnType<typeof buildDecisionSchema> | null = null;

export type DecisionParse = { ok: true; value: MatchDecision } | { ok: false; errors: string[] };

/** A decision from outside, checked; `where` starts each error ("match decision 3"). */
export function parseMatchDecision(value: unknown, where: string): DecisionParse {
  decisionSchema ??= buildDecisionSchema(); // on first use: issue #14, as model/schema.ts
  const parsed = z.safeParse(decisionSchema, value);
  if (!parsed.success)
    return {
      ok: false,
      errors: parsed.error.issues.map(
        (i) => `${where}: ${i.path.length ? `${i.path.join('.')}: ` : ''}${i.message}`,
      ),
    };
  const d = parsed.data;
  const errors: string[] = [];
  for (const name of ['a', 'b'] as const) {
    const versions = new Set(d[name].map(versionOfPoint));
    if (versions.size > 1) errors.push(`${where}: ${name}: points of more than one version`);
    if (new Set(d[name]).size < d[name].length) errors.push(`${where}: ${name}: a point twice`);
  }
  const va = versionOfPoint(d.a[0] ?? '');
  const vb = versionOfPoint(d.b[0] ?? '');
  if (va === vb) errors.push(`${where}: both sides are points of ${va}`);
  else if (va > vb) errors.push(`${where}: the sides are not in version order`);
  else if (canonicalSides(d.a, d.b).id !== d.id)
    errors.push(`${where}: id does not match its points`);
  return errors.length ? { ok: false, errors } : { ok: true, value: d };
}
