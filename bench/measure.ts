import { spawnSync } from 'node:child_process';

/**
 * Whole-process measurement: GNU time around the command, so the figures include node's start-up, the
 * bundle's load and every child process the command waits for (git's CPU and memory too).
 */
export interface Measured {
  wallMs: number;
  /** User + system CPU of the process and all the children it waited for. */
  cpuMs: number;
  /** Largest resident set of the process or any child it waited for. */
  maxRssKb: number;
  status: number;
  stdout: string;
  stderr: string;
}

export function measure(cmd: string, args: string[], cwd: string): Measured {
  const r = spawnSync('/usr/bin/time', ['-f', '@@time %e %U %S %M', cmd, ...args], {
    cwd,
    encoding: 'utf8',
    maxBuffer: 1 << 28
  });
  const lines = r.stderr.trimEnd().split('\n');
  const last = lines.pop() ?? '';
  const m = /^@@time (\S+) (\S+) (\S+) (\d+)$/.exec(last);
  if (!m) throw new Error(`${cmd} ${args.join(' ')}: no timing line (${r.error?.message ?? last})`);
  return {
    wallMs: Number(m[1]) * 1000,
    cpuMs: (Number(m[2]) + Number(m[3])) * 1000,
    maxRssKb: Number(m[4]),
    status: r.status ?? -1,
    stdout: r.stdout,
    stderr: lines.join('\n')
  };
}

export const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};

/** Runs `times` measurements and keeps the medians (wall and CPU) and the largest peak RSS. */
export function repeat(times: number, run: () => Measured): Measured & { runs: Measured[] } {
  return summarize(Array.from({ length: times }, run));
}

/** Median wall and CPU time of several runs of one command, and the largest peak memory. */
export function summarize(runs: Measured[]): Measured & { runs: Measured[] } {
  return {
    ...runs[0]!,
    wallMs: median(runs.map((r) => r.wallMs)),
    cpuMs: median(runs.map((r) => r.cpuMs)),
    maxRssKb: Math.max(...runs.map((r) => r.maxRssKb)),
    runs
  };
}

/**
 * Runs each command once per round, `times` rounds: the shared machine's speed drifts over minutes, and
 * interleaving lets the drift hit every command alike, so ratios between them hold.
 */
export function interleave<K extends string>(
  times: number,
  commands: Record<K, () => Measured>
): Record<K, Measured & { runs: Measured[] }> {
  const names = Object.keys(commands) as K[];
  const runs = new Map<K, Measured[]>(names.map((n) => [n, []]));
  for (let i = 0; i < times; i++) for (const n of names) runs.get(n)!.push(commands[n]());
  return Object.fromEntries(names.map((n) => [n, summarize(runs.get(n)!)])) as Record<
    K,
    Measured & { runs: Measured[] }
  >;
}
