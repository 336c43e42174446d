#!/usr/bin/env node
/**
 * Bundle-size report and first-paint budget (npm run size, after npm run build).
 *
 * The first paint of `/` needs the entry chunk, the overview route chunk and
 * their static imports (the browser fetches those before rendering); dynamic
 * imports are excluded because they load later. Heavy vendors (tfjs, msw)
 * must never be in that set: they are only needed on later steps.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const DIST = join(ROOT, 'dist');
const MANIFEST = join(DIST, '.vite', 'manifest.json');
const ENTRY_KEY = 'index.html';
const OVERVIEW_KEY = 'src/features/overview/overview-page.tsx';
const BUDGET_BYTES = 170 * 1024;
const VENDORS = ['tfjs', 'msw'];

if (!existsSync(MANIFEST)) {
  console.error(`size: ${MANIFEST} not found: run npm run build first (build.manifest must be on)`);
  process.exit(1);
}

/** @type {Record<string, {file: string, imports?: string[], css?: string[], isEntry?: boolean, isDynamicEntry?: boolean}>} */
const manifest = JSON.parse(readFileSync(MANIFEST, 'utf8'));

/** @type {Map<string, {raw: number, gzip: number}>} */
const sizes = new Map();
function measure(file) {
  let size = sizes.get(file);
  if (!size) {
    const bytes = readFileSync(join(DIST, file));
    size = { raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
    sizes.set(file, size);
  }
  return size;
}

const isCode = (file) => /\.(m?js|css)$/.test(file);
const allFiles = new Set();
for (const chunk of Object.values(manifest)) {
  if (isCode(chunk.file)) allFiles.add(chunk.file);
  for (const css of chunk.css ?? []) allFiles.add(css);
}

/** Static import closure of manifest keys; dynamic imports are deliberately not followed. */
function closure(keys) {
  const seen = new Set();
  const stack = [...keys];
  while (stack.length > 0) {
    const key = stack.pop();
    if (seen.has(key)) continue;
    const chunk = manifest[key];
    if (!chunk) throw new Error(`manifest has no entry ${key}`);
    seen.add(key);
    stack.push(...(chunk.imports ?? []));
  }
  return seen;
}

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const pad = (s, n) => String(s).padStart(n);

// The overview key is fixed by the project layout; a missing key means the
// check cannot say anything about the real first paint, so it fails loudly.
const problems = [];
if (!manifest[ENTRY_KEY]) problems.push(`manifest has no "${ENTRY_KEY}" entry`);
if (!manifest[OVERVIEW_KEY]) problems.push(`manifest has no "${OVERVIEW_KEY}" entry (is the overview route lazy-loaded from that file?)`);

const firstPaintKeys = problems.length === 0 ? closure([ENTRY_KEY, OVERVIEW_KEY]) : new Set();
const firstPaint = new Set();
for (const key of firstPaintKeys) {
  const chunk = manifest[key];
  firstPaint.add(chunk.file);
  for (const css of chunk.css ?? []) firstPaint.add(css);
}

const rows = [...allFiles].map((file) => ({ file, ...measure(file) })).sort((a, b) => b.gzip - a.gzip);
const width = Math.max(4, ...rows.map((r) => r.file.length));
console.log(`${'file'.padEnd(width)}  ${pad('raw', 12)}  ${pad('gzip -9', 12)}  first paint`);
for (const r of rows) {
  const mark = firstPaint.has(r.file) ? '   *' : '';
  console.log(`${r.file.padEnd(width)}  ${pad(r.raw, 12)}  ${pad(r.gzip, 12)}${mark}`);
}

console.log('');
for (const vendor of VENDORS) {
  const files = rows.filter((r) => r.file.includes(vendor));
  const total = files.reduce((sum, r) => sum + r.gzip, 0);
  console.log(`${vendor} chunks: ${files.length}, gzip ${kb(total)} (${total} B)`);
}

const fpRows = rows.filter((r) => firstPaint.has(r.file));
const fpJs = fpRows.filter((r) => /\.m?js$/.test(r.file)).reduce((sum, r) => sum + r.gzip, 0);
const fpCss = fpRows.filter((r) => r.file.endsWith('.css')).reduce((sum, r) => sum + r.gzip, 0);
console.log('');
console.log(`first paint of / : ${fpRows.length} files, JS gzip ${kb(fpJs)} (${fpJs} B), CSS gzip ${kb(fpCss)}`);
console.log(`budget (JS gzip) : ${kb(BUDGET_BYTES)} (${BUDGET_BYTES} B)`);

if (fpJs > BUDGET_BYTES) problems.push(`first-paint JS is ${kb(fpJs)} gzip, over the ${kb(BUDGET_BYTES)} budget`);
for (const r of fpRows) {
  const vendor = VENDORS.find((v) => r.file.includes(v));
  if (vendor) problems.push(`first-paint chunk ${r.file} contains ${vendor}`);
}

if (problems.length > 0) {
  console.error(`\nsize: FAIL\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  process.exit(1);
}
console.log('\nsize: OK');
