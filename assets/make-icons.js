#!/usr/bin/env node
/*
 * Regenerates the add-in icons: a simple house in the colours of the Drenthe flag
 * (red roof, white walls, black outline and door) on a transparent background.
 * No dependencies: shapes are rasterised with 4x4 supersampling and written as PNG
 * with Node's zlib. Usage: node assets/make-icons.js
 */
/* eslint-env node */
"use strict";

const fs = require("fs");
const path = require("path");
const zlib = require("zlib");

const SIZES = [16, 32, 64, 80];
const RED = [208, 2, 27];
const WHITE = [255, 255, 255];
const BLACK = [20, 20, 20];

// Shapes on a 0..1 canvas, painted in order (later shapes on top).
function shapes(size) {
  // Outlines must stay at least ~1 px wide on the 16 px icon.
  const line = Math.max(1.2 / size, 0.045);
  const wall = { x0: 0.2, y0: 0.46, x1: 0.8, y1: 0.93 };
  const roof = [
    [0.04, 0.52],
    [0.5, 0.08],
    [0.96, 0.52],
  ];
  const grow = (poly, d) => {
    // Enlarge the triangle around its centroid by d (approximate outline).
    const cx = poly.reduce((s, p) => s + p[0], 0) / poly.length;
    const cy = poly.reduce((s, p) => s + p[1], 0) / poly.length;
    return poly.map(([x, y]) => {
      const len = Math.hypot(x - cx, y - cy);
      return [x + ((x - cx) / len) * d * 2, y + ((y - cy) / len) * d * 2];
    });
  };
  const rect = (r, d = 0) => [
    [r.x0 - d, r.y0 - d],
    [r.x1 + d, r.y0 - d],
    [r.x1 + d, r.y1 + d],
    [r.x0 - d, r.y1 + d],
  ];
  const door = { x0: 0.42, y0: 0.64, x1: 0.58, y1: 0.93 };
  return [
    { poly: rect(wall, line), color: BLACK },
    { poly: rect(wall), color: WHITE },
    { poly: grow(roof, line), color: BLACK },
    { poly: roof, color: RED },
    { poly: rect(door), color: BLACK },
  ];
}

function inside(poly, x, y) {
  let hit = false;
  for (let i = 0, j = poly.length - 1; i < poly.length; j = i++) {
    const [xi, yi] = poly[i];
    const [xj, yj] = poly[j];
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) hit = !hit;
  }
  return hit;
}

function render(size) {
  const ss = 4;
  const layers = shapes(size);
  const rgba = Buffer.alloc(size * size * 4);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let r = 0;
      let g = 0;
      let b = 0;
      let a = 0;
      for (let sy = 0; sy < ss; sy++) {
        for (let sx = 0; sx < ss; sx++) {
          const x = (px + (sx + 0.5) / ss) / size;
          const y = (py + (sy + 0.5) / ss) / size;
          let color = null;
          for (const layer of layers) if (inside(layer.poly, x, y)) color = layer.color;
          if (color) {
            r += color[0];
            g += color[1];
            b += color[2];
            a += 1;
          }
        }
      }
      const o = (py * size + px) * 4;
      rgba[o] = a ? Math.round(r / a) : 0;
      rgba[o + 1] = a ? Math.round(g / a) : 0;
      rgba[o + 2] = a ? Math.round(b / a) : 0;
      rgba[o + 3] = Math.round((a / (ss * ss)) * 255);
    }
  }
  return rgba;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(buf) {
  let c = 0xffffffff;
  for (const byte of buf) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}
function png(size, rgba) {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // colour type RGBA
  const raw = Buffer.alloc((size * 4 + 1) * size);
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0; // filter: none
    rgba.copy(raw, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", ihdr),
    chunk("IDAT", zlib.deflateSync(raw, { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

for (const size of SIZES) {
  const file = path.join(__dirname, `icon-${size}.png`);
  fs.writeFileSync(file, png(size, render(size)));
  console.log(`${path.relative(process.cwd(), file)} (${fs.statSync(file).size} bytes)`);
}
