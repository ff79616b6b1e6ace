// Writes the app icons in public/ (web app manifest, home screen): two pages side by side on the
// accent blue, the right one with a struck (red) and an added (green) line, as the viewer marks
// them. Plain rectangles, drawn into RGBA and encoded as PNG with zlib, so no image tool is needed.
// Everything drawn sits inside the centre 80% circle, so the same picture serves as a maskable icon.
//
//   npx tsx scripts/icons.ts
import { writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

type RGB = readonly [number, number, number];
const ACCENT: RGB = [0x1f, 0x4e, 0x79];
const PAGE: RGB = [0xff, 0xff, 0xff];
const TEXT: RGB = [0x9a, 0xa4, 0xb0];
const DEL: RGB = [0xc6, 0x28, 0x28];
const INS: RGB = [0x1b, 0x8a, 0x3a];

/** Rectangles in units of 1/100 of the icon: [x, y, width, height, colour]. */
const SHAPES: Array<[number, number, number, number, RGB]> = [
  [22, 26, 26, 48, PAGE],
  [52, 26, 26, 48, PAGE],
  ...[33, 41, 49, 57, 65].map((y): [number, number, number, number, RGB] => [26, y, 18, 3, TEXT]),
  [56, 33, 18, 3, TEXT],
  [56, 41, 18, 3, DEL],
  [56, 49, 18, 3, INS],
  [56, 57, 18, 3, TEXT],
  [56, 65, 12, 3, TEXT],
];

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(bytes: Buffer): number {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type: string, data: Buffer): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'ascii');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

export function iconPng(size: number): Buffer {
  const row = size * 3 + 1; // filter byte + RGB
  const pixels = Buffer.alloc(row * size);
  const paint = (x0: number, y0: number, x1: number, y1: number, [r, g, b]: RGB) => {
    for (let y = y0; y < y1; y++)
      for (let x = x0; x < x1; x++) pixels.set([r, g, b], y * row + 1 + x * 3);
  };
  paint(0, 0, size, size, ACCENT);
  const at = (u: number) => Math.round((u * size) / 100);
  for (const [x, y, w, h, colour] of SHAPES) paint(at(x), at(y), at(x + w), at(y + h), colour);
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 2, 0, 0, 0], 8); // 8-bit RGB, no interlace
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(pixels, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

for (const size of [192, 512]) writeFileSync(`public/icon-${size}.png`, iconPng(size));
