/** The processes of this (Linux) machine, read from /proc: to find a build's child processes and check none outlives it. */
import { readdirSync, readFileSync } from 'node:fs';

interface ProcessInfo {
  pid: number;
  ppid: number;
  /** Its command line, arguments joined with spaces. */
  command: string;
}

function processes(): ProcessInfo[] {
  return readdirSync('/proc').flatMap((name) => {
    if (!/^\d+$/.test(name)) return [];
    try {
      // The command name in /proc/<pid>/stat is in parentheses and may hold spaces: the fields after the last ')'.
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      const command = readFileSync(`/proc/${name}/cmdline`, 'utf8').split('\0').join(' ').trim();
      return [{ pid: Number(name), ppid, command }];
    } catch {
      return []; // ended while being read
    }
  });
}

/** Child processes of `pid` whose command line contains `text`. */
export function childProcesses(pid: number, text: string): number[] {
  return processes().filter((p) => p.ppid === pid && p.command.includes(text)).map((p) => p.pid);
}

/** Every running process whose command line contains `text`. */
export function processesRunning(text: string): number[] {
  return processes().filter((p) => p.command.includes(text) && p.pid !== process.pid).map((p) => p.pid);
}
