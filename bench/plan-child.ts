import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';

/**
 * One `registry-plan plan` over the generated repository, in a fresh process, through the CLI entry of
 * the built bundle (the program users run). Prints one JSON line: engine time (from the call to main
 * to its return, after the bundle is loaded), exit status and peak memory.
 */
const [bundle, repo, base, head] = process.argv.slice(2) as [string, string, string, string];
const tLoad = performance.now();
const { main } = (await import(pathToFileURL(bundle).href)) as {
  main: (argv: string[], io: { stdout(t: string): void; stderr(t: string): void }) => Promise<number>;
};
const loadMs = performance.now() - tLoad;
let out = '';
let err = '';
const cpu0 = process.cpuUsage();
const cpuMs = (): number => {
  const c = process.cpuUsage(cpu0);
  return (c.user + c.system) / 1000;
};
const t0 = performance.now();
const status = await main(['plan', '--repo', repo, '--base', base, '--head', head, '--format', 'json'], {
  stdout: (t) => void (out += t),
  stderr: (t) => void (err += t)
});
const ms = performance.now() - t0;
const cpu = cpuMs();
let clusters = 0;
let changed = 0;
try {
  const report = JSON.parse(out) as { clusters?: Array<{ changed: boolean }> };
  clusters = report.clusters?.length ?? 0;
  changed = report.clusters?.filter((c) => c.changed).length ?? 0;
} catch {
  /* reported below through status and stderr */
}
process.stdout.write(
  JSON.stringify({
    ms,
    loadMs,
    status,
    clusters,
    changed,
    stderr: err.slice(0, 500),
    maxRssKb: process.resourceUsage().maxRSS,
    cpuMs: cpu
  }) + '\n'
);
