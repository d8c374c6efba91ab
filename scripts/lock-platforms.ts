/**
 * `npm run lock:platforms`: after `npm install`, make package-lock.json list every platform's
 * optional native binary (Astro's compiler, Pagefind), so `npm ci` works on any machine.
 *
 * Why: npm leaves out of the lock an optional dependency it cannot resolve, and a registry
 * mirror that carries only Linux builds of the newest versions makes it unresolvable here;
 * `npm ci` then refuses the lock as out of sync. The entries written are what a lock made
 * against the full registry holds: the version, `optional`, and the os/cpu/libc that make
 * npm skip the package on every other platform.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { missingOptionalEntries, type Lockfile } from './lib/lockfile.ts';

const path = 'package-lock.json';
const lock = JSON.parse(readFileSync(path, 'utf8')) as Lockfile;
const missing = missingOptionalEntries(lock);
for (const { key, entry } of missing) lock.packages[key] = entry;
const sorted = Object.fromEntries(Object.entries(lock.packages).sort(([a], [b]) => (a === '' ? -1 : b === '' ? 1 : a.localeCompare(b))));
writeFileSync(path, `${JSON.stringify({ ...lock, packages: sorted }, null, 2)}\n`);
console.log(missing.length === 0 ? 'package-lock.json already lists every platform binary.' : `Added ${missing.length} platform entries: ${missing.map((m) => m.key.replace('node_modules/', '')).join(', ')}`);
