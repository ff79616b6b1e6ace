/**
 * Whether a link the viewer is about to offer will open for the person it is sent to (issue #19:
 * a 3,000-point draft made a 49,536-character link that "Copy the long link anyway" copied and the
 * decoder then refused). The check is the decoder itself, run as a reader who has none of the
 * sender's imports would run it, after the payload length limit the decoder applies, so the two can
 * never disagree. Loaded with the payload support (it is only needed when sharing).
 */
import { decodeView, type KnownVersions } from './codec';
import type { Notice } from './notices';
import { MAX_PAYLOAD_CHARS } from './payload';

export type LinkCheck =
  | { ok: true }
  /** A payload is longer than the decoder reads (`MAX_PAYLOAD_CHARS`). */
  | { ok: false; reason: 'too-long'; payloadChars: number; limit: number }
  /** The decoder would leave something out or show something else: what it would say. */
  | { ok: false; reason: 'refused'; notices: Notice[] };

/**
 * Check a link (its query string, with or without `?`) against `recipient`: the versions and
 * sources a reader of the link has before opening it (the bundled ones).
 */
export function checkSharedLink(search: string, recipient: KnownVersions): LinkCheck {
  const params = new URLSearchParams(search);
  const payloadChars = Math.max(0, ...['n', 'd'].map((p) => params.get(p)?.length ?? 0));
  if (payloadChars > MAX_PAYLOAD_CHARS)
    return { ok: false, reason: 'too-long', payloadChars, limit: MAX_PAYLOAD_CHARS };
  const { notices, pending } = decodeView(search, recipient);
  if (pending) throw new Error('checkSharedLink needs the payload support (./payload) installed.');
  return notices.length ? { ok: false, reason: 'refused', notices } : { ok: true };
}
