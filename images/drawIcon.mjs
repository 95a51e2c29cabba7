// Draws images/icon.png (128×128): an essay page with a heading, lines of text
// and a footnote marker, on a blue tile. Run `node images/drawIcon.mjs` after
// changing it; the PNG is committed, so packaging needs no image tools.
import { writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const SIZE = 128;
const SAMPLES = 4; // supersampling per axis, for smooth edges

/** Shapes in paint order: each is a colour and a test for whether a point lies inside. */
const roundedRect = (x, y, w, h, r) => (px, py) => {
  const cx = Math.min(Math.max(px, x + r), x + w - r);
  const cy = Math.min(Math.max(py, y + r), y + h - r);
  return (px - cx) ** 2 + (py - cy) ** 2 <= r * r && px >= x && px <= x + w && py >= y && py <= y + h;
};
const shapes = [
  [[0x1f, 0x4e, 0x8c], roundedRect(4, 4, 120, 120, 22)], // tile
  [[0xfb, 0xf8, 0xf1], roundedRect(28, 18, 72, 92, 6)], // page
  [[0x1f, 0x4e, 0x8c], roundedRect(38, 30, 40, 8, 3)], // heading
  [[0x9a, 0xa3, 0xae], roundedRect(38, 46, 52, 5, 2.5)], // text lines
  [[0x9a, 0xa3, 0xae], roundedRect(38, 57, 46, 5, 2.5)],
  [[0x9a, 0xa3, 0xae], roundedRect(38, 68, 30, 5, 2.5)],
  [[0xe0, 0x8a, 0x1e], roundedRect(72, 64, 18, 13, 3)], // the footnote marker, [9]
  [[0x9a, 0xa3, 0xae], roundedRect(38, 86, 24, 4, 2)], // the notes list
  [[0x9a, 0xa3, 0xae], roundedRect(38, 95, 40, 4, 2)],
];

const pixels = Buffer.alloc(SIZE * SIZE * 4);
for (let y = 0; y < SIZE; y++) {
  for (let x = 0; x < SIZE; x++) {
    let [r, g, b, a] = [0, 0, 0, 0];
    for (let sy = 0; sy < SAMPLES; sy++) {
      for (let sx = 0; sx < SAMPLES; sx++) {
        const px = x + (sx + 0.5) / SAMPLES;
        const py = y + (sy + 0.5) / SAMPLES;
        let colour;
        for (const [c, inside] of shapes) if (inside(px, py)) colour = c;
        if (!colour) continue;
        r += colour[0];
        g += colour[1];
        b += colour[2];
        a += 1;
      }
    }
    const i = (y * SIZE + x) * 4;
    if (a > 0) pixels.set([Math.round(r / a), Math.round(g / a), Math.round(b / a), Math.round((255 * a) / SAMPLES ** 2)], i);
  }
}

// PNG: signature, IHDR, one IDAT of filter-0 scanlines, IEND.
const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (buf) => {
  let c = 0xffffffff;
  for (const byte of buf) c = crcTable[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};
const chunk = (type, data) => {
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
};
const header = Buffer.alloc(13);
header.writeUInt32BE(SIZE, 0);
header.writeUInt32BE(SIZE, 4);
header.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA
const scanlines = Buffer.alloc(SIZE * (SIZE * 4 + 1));
for (let y = 0; y < SIZE; y++) pixels.copy(scanlines, y * (SIZE * 4 + 1) + 1, y * SIZE * 4, (y + 1) * SIZE * 4);
const png = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  chunk('IHDR', header),
  chunk('IDAT', deflateSync(scanlines, { level: 9 })),
  chunk('IEND', Buffer.alloc(0)),
]);
writeFileSync(new URL('./icon.png', import.meta.url), png);
console.log(`images/icon.png: ${png.length} bytes`);
