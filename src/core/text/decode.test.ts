// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { decodeDraftBytes } from './decode';

const utf16le = (s: string) => {
  const out = new Uint8Array(2 + s.length * 2);
  out.set([0xff, 0xfe]);
  for (let i = 0; i < s.length; i++) {
    out[2 + i * 2] = s.charCodeAt(i) & 0xff;
    out[3 + i * 2] = s.charCodeAt(i) >> 8;
  }
  return out;
};
const utf16be = (s: string) => {
  const le = utf16le(s);
  const out = new Uint8Array(le.length);
  for (let i = 0; i < le.length; i += 2) {
    out[i] = le[i + 1]!;
    out[i + 1] = le[i]!;
  }
  return out;
};

describe('decodeDraftBytes', () => {
  it('reads UTF-8, with or without a byte-order mark', () => {
    const text = '1. Пункт перший.\n2. Second point.';
    expect(decodeDraftBytes(new TextEncoder().encode(text))).toEqual({
      ok: true,
      text,
      encoding: 'utf-8',
    });
    const bom = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(text)]);
    expect(decodeDraftBytes(bom)).toEqual({ ok: true, text, encoding: 'utf-8' });
  });

  it('decodes UTF-16 with a byte-order mark, both byte orders', () => {
    const text = '1. Пункт перший.\n2. Second point.';
    expect(decodeDraftBytes(utf16le(text))).toEqual({ ok: true, text, encoding: 'utf-16le' });
    expect(decodeDraftBytes(utf16be(text))).toEqual({ ok: true, text, encoding: 'utf-16be' });
  });

  it.each<[string, number[], RegExp]>([
    [
      'Latin-1 "café"',
      [0x31, 0x2e, 0x20, 0x63, 0x61, 0x66, 0xe9, 0x0a],
      /byte 0xE9 on line 1 is not valid UTF-8/,
    ],
    // "Пункт" in Windows-1251, on line 2.
    [
      'Windows-1251',
      [0x31, 0x0a, 0xcf, 0xf3, 0xed, 0xea, 0xf2],
      /byte 0xCF on line 2 is not valid UTF-8/,
    ],
    ['NUL bytes', [0x31, 0x2e, 0x00, 0x41], /binary \(it contains NUL bytes\)/],
    ['an ELF executable', [0x7f, 0x45, 0x4c, 0x46, 0x02, 0x01, 0x01, 0x00], /binary/],
    ['UTF-16 without a BOM', [0x31, 0x00, 0x2e, 0x00], /UTF-16 text without a byte-order mark/],
    [
      'control bytes',
      [0x1b, 0x5b, 0x32, 0x4a, 0x1b, 0x1b, 0x1b, 0x41],
      /too many control characters/,
    ],
    ['UTF-16 cut in half', [0xff, 0xfe, 0x31], /odd number of bytes/],
    ['an overlong encoding', [0xe0, 0x80, 0xaf], /byte 0xE0 on line 1/],
  ])('refuses %s with a message', (_name, bytes, message) => {
    const out = decodeDraftBytes(new Uint8Array(bytes));
    expect(out.ok).toBe(false);
    if (!out.ok) {
      expect(out.error).toMatch(message);
      expect(out.error).toMatch(/Save it as UTF-8 text/);
    }
  });
});
