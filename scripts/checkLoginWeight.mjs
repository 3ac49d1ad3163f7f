// Weight budget: the login page may load at most 120 KB of gzip JavaScript.
// Counts the entry script and every module index.html preloads (its static
// import graph); lazily loaded chunks (admin pages, editor, charts) do not count.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { ROOT } from './lib/toolchain.mjs';

const BUDGET_KB = 120;
const dist = path.join(ROOT, 'client', 'dist');
const html = readFileSync(path.join(dist, 'index.html'), 'utf8');
const scripts = new Set(
  [
    ...html.matchAll(
      /<(?:script[^>]*\ssrc|link[^>]*rel="modulepreload"[^>]*\shref)="([^"]+\.js)"/g,
    ),
  ].map((match) => match[1]),
);
let totalBytes = 0;
for (const src of scripts) {
  const gzipped = gzipSync(readFileSync(path.join(dist, src.replace(/^\//, '')))).length;
  totalBytes += gzipped;
}
const totalKb = totalBytes / 1000;
console.log(
  `login page JavaScript: ${totalKb.toFixed(1)} KB gzip in ${scripts.size} files (budget ${BUDGET_KB} KB)`,
);
if (scripts.size === 0 || totalKb > BUDGET_KB) {
  console.error(scripts.size === 0 ? 'no scripts found in client/dist/index.html' : 'over budget');
  process.exit(1);
}
