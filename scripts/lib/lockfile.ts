/** Reading package-lock.json for optional platform binaries npm left out (see lock-platforms.ts). */

export interface LockEntry {
  version?: string;
  optional?: boolean;
  os?: string[];
  cpu?: string[];
  libc?: string[];
  optionalDependencies?: Record<string, string>;
  [field: string]: unknown;
}

export interface Lockfile {
  packages: Record<string, LockEntry>;
  [field: string]: unknown;
}

/** os/cpu/libc of a platform package, read from the name npm packages use (`…-darwin-arm64`, `…-linux-x64-musl`). */
export function platformOf(name: string): Pick<LockEntry, 'os' | 'cpu' | 'libc'> {
  const base = name.split('/').at(-1) ?? name;
  const os = [['darwin', 'darwin'], ['win32', 'win32'], ['windows', 'win32'], ['android', 'android'], ['freebsd', 'freebsd'], ['linux', 'linux']].find(([key]) => base.includes(key!))?.[1];
  const cpu = base.includes('wasm32') ? 'wasm32' : base.includes('arm64') ? 'arm64' : base.includes('x64') ? 'x64' : undefined;
  const libc = base.includes('musl') ? 'musl' : base.includes('-gnu') ? 'glibc' : undefined;
  return { ...(os ? { os: [os] } : {}), ...(cpu ? { cpu: [cpu] } : {}), ...(libc ? { libc: [libc] } : {}) };
}

/** Lock entries to add: optional dependencies that some package names but the lock does not hold. */
export function missingOptionalEntries(lock: Lockfile): { key: string; entry: LockEntry }[] {
  const missing = new Map<string, LockEntry>();
  for (const entry of Object.values(lock.packages)) {
    for (const [name, version] of Object.entries(entry.optionalDependencies ?? {})) {
      const key = `node_modules/${name}`;
      if (!lock.packages[key] && !missing.has(key)) missing.set(key, { version, optional: true, ...platformOf(name) });
    }
  }
  return [...missing].map(([key, entry]) => ({ key, entry }));
}
