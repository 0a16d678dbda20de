import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { accessSync, constants, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, dirname, join, posix } from 'node:path';
import { isMap, isScalar, isSeq, parseAllDocuments, parseDocument } from 'yaml';
import type { Finding, WorkloadImage } from '../model/types.js';
import { InputBudget, type LoadLimits } from './limits.js';
import type { LoadedFiles } from './load.js';
import { mayHoldNodeConfig, mayHoldWorkload, WORKLOAD_KINDS } from './prefilter.js';
import { scanRemoteReferences } from './kustomize-remote.js';
import { quotePath, resolveInside } from './safe-path.js';
import type { RepoFile } from './sources.js';
import type { ManifestDoc, PathSeg } from '../model/manifest.js';
import { badInput, parseManifests } from './yaml-documents.js';
import { trimTrailingSlashes } from '../model/text.js';

/**
 * Kustomize overlays, built the way Argo CD and Flux build them but with nothing of the repository
 * executed: no exec or container plugins, no Helm, the load restrictor on, no network. The overlay's
 * files are copied out of the side being evaluated (Git blobs or the working tree) into a private
 * folder, so a PR cannot point kustomize at anything else on the runner.
 */

export const KUSTOMIZATION_FILES = ['kustomization.yaml', 'kustomization.yml', 'Kustomization'];

/** The program that builds overlays: standalone kustomize, or the copy built into kubectl. */
export interface KustomizeTool {
  command: string;
  /** Arguments before the directory: ['build'] or ['kustomize']. */
  args: string[];
}

const ORIGIN = 'config.kubernetes.io/origin';
const KUSTOMIZE_TIMEOUT_MS = 120_000;
/** Generator and transformer configs larger than this are not inspected (and so not built offline-unsafe). */
const MAX_INSPECTED_BYTES = 1024 * 1024;

function isExecutable(p: string): boolean {
  try {
    accessSync(p, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** `kustomize` on PATH, else `kubectl` (which embeds kustomize); undefined when neither is there. */
export function findKustomize(pathEnv: string = process.env['PATH'] ?? ''): KustomizeTool | undefined {
  const dirs = pathEnv.split(delimiter).filter(Boolean);
  for (const [name, args] of [
    ['kustomize', ['build']],
    ['kubectl', ['kustomize']]
  ] as const) {
    for (const d of dirs) {
      const p = join(d, name);
      if (isExecutable(p)) return { command: p, args: [...args] };
    }
  }
  return undefined;
}

const normalizeDir = (p: string): string => {
  const n = trimTrailingSlashes(posix.normalize(p.replace(/\\/g, '/')));
  return n === '.' ? '' : n.replace(/^\.\//, '');
};

/** References kustomize would fetch over the network (remote bases, Git URLs). */
function isRemote(ref: string): boolean {
  return (
    /^[a-z][a-z0-9+.-]*:\/\//i.test(ref) ||
    /^git@|^git::|^github\.com\/|^gitlab\.com\/|^bitbucket\.org\//i.test(ref) ||
    /[?&]ref=/.test(ref)
  );
}

/** Fields of a kustomization that may name another kustomization root (a directory). */
const ROOT_FIELDS = ['resources', 'bases', 'components', 'generators', 'transformers', 'validators'];

export interface OverlayInputs {
  /** The overlay's kustomization file, where overlay-level problems are reported. */
  kustomizationFile: string;
  /** Every file a build of the overlay may read: the file trees of all kustomization roots it reaches. */
  files: RepoFile[];
  roots: string[];
  /** The overlay is a `kind: Component` (referenced under `components:`). */
  component: boolean;
  problems: Finding[];
  /**
   * What a build could fetch over the network (any remote-looking value of a kustomization or of a
   * generator/transformer config file), or could not be inspected: refused when the network cannot be cut.
   */
  offlineRisks: Finding[];
}

/**
 * The files an overlay build can depend on. With the load restrictor on, a kustomization reads files only
 * under its own directory, so the inputs are the directory trees of the overlay and of every directory it
 * references, transitively. A change anywhere else cannot change the build, so a cluster whose inputs are
 * identical on both sides is not built twice.
 */
export function overlayInputs(all: RepoFile[], overlay: string): OverlayInputs {
  const w = new OverlayWalk(all, overlay);
  const root0 = normalizeDir(overlay);
  const first = w.kustomizationIn(root0);
  const kustomizationFile = first?.path ?? `${root0 ? `${root0}/` : ''}kustomization.yaml`;
  const queue = [root0];
  const seen = new Set<string>();
  let component = false;
  while (queue.length) {
    const root = queue.shift()!;
    if (seen.has(root)) continue;
    seen.add(root);
    w.roots.push(root);
    const doc = w.readRoot(root, root === root0 ? kustomizationFile : root || '.');
    if (!doc) continue;
    if (root === root0 && doc.kind === 'Component') component = true;
    queue.push(...doc.refs);
  }
  const { roots, memo } = w;
  const under = (p: string): boolean => roots.some((r) => r === '' || p === r || p.startsWith(`${r}/`));
  const files = all
    .filter((f) => under(f.path))
    .map((f) => (memo.has(f.path) ? { ...f, read: () => memo.get(f.path)! } : f));
  return { kustomizationFile, files, roots, component, problems: w.problems, offlineRisks: w.offlineRisks };
}

/** One overlay's walk through the kustomization roots it reaches: what it read, found and could not follow. */
class OverlayWalk {
  readonly byPath: Map<string, RepoFile>;
  readonly dirs = new Set<string>(['']);
  readonly problems: Finding[] = [];
  readonly offlineRisks: Finding[] = [];
  readonly roots: string[] = [];
  /** Git blobs are streamed once per side; the kustomization files read here are kept for the build. */
  readonly memo = new Map<string, Buffer>();

  constructor(
    all: RepoFile[],
    private readonly overlay: string
  ) {
    this.byPath = new Map(all.map((f) => [f.path, f]));
    for (const f of all) {
      for (let d = posix.dirname(f.path); d !== '.' && !this.dirs.has(d); d = posix.dirname(d)) this.dirs.add(d);
    }
  }

  kustomizationIn(dir: string): RepoFile | undefined {
    return KUSTOMIZATION_FILES.map((n) => this.byPath.get(dir ? `${dir}/${n}` : n)).find((f) => f && !f.symlink);
  }

  /** Reads a root's kustomization: its kind and the directories it references; undefined when unreadable. */
  readRoot(root: string, reportAt: string): { kind: unknown; refs: string[] } | undefined {
    const k = this.kustomizationIn(root);
    if (!k) {
      this.problem(reportAt, 1, `no kustomization.yaml in ${root || 'the repository root'}`);
      return undefined;
    }
    const bytes = k.read();
    this.memo.set(k.path, bytes);
    const text = bytes.toString('utf8');
    this.inspectOffline(k.path, text);
    let doc;
    try {
      doc = parseDocument(text, { uniqueKeys: false });
    } catch {
      return undefined; // kustomize itself reports what it cannot read, with its own words
    }
    if (!isMap(doc.contents)) return undefined;
    const refs: string[] = [];
    for (const field of ROOT_FIELDS) {
      const seq = doc.get(field, true);
      if (!isSeq(seq)) continue;
      for (const item of seq.items) {
        if (!isScalar(item) || typeof item.value !== 'string') continue;
        const line = item.range ? lineAt(text, item.range[0]) : 1;
        const dir = this.follow(k.path, line, root, field, item.value);
        if (dir !== undefined) refs.push(dir);
      }
    }
    return { kind: doc.get('kind'), refs };
  }

  /** One entry of a root field: refused (remote, outside), a directory to walk, or a config file to inspect. */
  private follow(file: string, line: number, root: string, field: string, ref: string): string | undefined {
    if (isRemote(ref)) {
      this.problem(
        file,
        line,
        `remote ${field} entry "${ref}" is not fetched (registry-plan builds overlays offline); vendor it into the repository`
      );
      return undefined;
    }
    const target = posix.normalize(posix.join(root, ref));
    if (ref.startsWith('/') || target === '..' || target.startsWith('../')) {
      this.problem(file, line, `${field} entry "${ref}" leads outside the repository`);
      return undefined;
    }
    const t = target === '.' ? '' : target;
    // A generator or transformer config file is loaded like a kustomization: its paths may be URLs.
    const config = field === 'resources' || field === 'bases' ? undefined : this.byPath.get(t);
    if (config && !config.symlink && config.size <= MAX_INSPECTED_BYTES) {
      const b = config.read();
      this.memo.set(config.path, b);
      this.inspectOffline(config.path, b.toString('utf8'));
    } else if (config) {
      this.offlineRisks.push(
        badInput(config.path, 1, `kustomize overlay "${this.overlay}": ${config.path} is not inspected`)
      );
    }
    return !this.byPath.has(t) && this.dirs.has(t) ? t : undefined;
  }

  private problem(file: string, line: number, what: string): void {
    this.problems.push(badInput(file, line, `kustomize overlay "${this.overlay}": ${what}`));
  }

  private inspectOffline(file: string, text: string): void {
    const scan = scanRemoteReferences(text);
    if (!scan.readable) {
      this.offlineRisks.push(
        badInput(file, 1, `kustomize overlay "${this.overlay}": ${file} cannot be inspected for remote references`)
      );
    }
    for (const ref of scan.refs) {
      this.offlineRisks.push(
        badInput(file, ref.line, `kustomize overlay "${this.overlay}": "${ref.value}" may be fetched over the network`)
      );
    }
  }
}

function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

let unshareWorks: boolean | undefined;
/** Whether an unprivileged network namespace is available to cut kustomize off the network entirely. */
function canUnshare(): boolean {
  if (unshareWorks === undefined) {
    const r = spawnSync('unshare', ['-rn', 'true'], { stdio: 'ignore', timeout: 5000 });
    unshareWorks = r.status === 0;
  }
  return unshareWorks;
}

/** An environment that gives kustomize nothing to reach: no proxy-less network, no Git protocols, no plugin home. */
function sandboxEnv(home: string, tool: KustomizeTool): NodeJS.ProcessEnv {
  const dead = 'http://127.0.0.1:9';
  return {
    PATH: [dirname(tool.command), '/usr/bin', '/bin'].join(delimiter),
    HOME: home,
    XDG_CONFIG_HOME: home,
    KUSTOMIZE_PLUGIN_HOME: join(home, 'no-plugins'),
    HTTP_PROXY: dead,
    HTTPS_PROXY: dead,
    http_proxy: dead,
    https_proxy: dead,
    NO_PROXY: '',
    no_proxy: '',
    GIT_ALLOW_PROTOCOL: 'none',
    GIT_TERMINAL_PROMPT: '0',
    GIT_CONFIG_NOSYSTEM: '1',
    GIT_CONFIG_GLOBAL: '/dev/null',
    KUBECONFIG: join(home, 'no-kubeconfig')
  };
}

export interface BuildOptions {
  limits: LoadLimits;
  /** The program to run; default: found on PATH. `null` means none is installed (tests). */
  tool?: KustomizeTool | null;
  /** Whether the build runs in its own network namespace; default: whether `unshare -rn` works here. */
  networkCut?: boolean;
}

/**
 * Why the overlay is not built before anything touches the disk: no kustomize or kubectl on this machine,
 * or references that might be fetched while the network cannot be cut. Undefined: build.
 */
function refusedBeforeBuild(
  inputs: OverlayInputs,
  overlay: string,
  tool: KustomizeTool | undefined,
  networkCut: boolean
): Finding[] | undefined {
  if (!tool) {
    return [
      badInput(
        inputs.kustomizationFile,
        1,
        `cannot build kustomize overlay "${overlay}": neither kustomize nor kubectl is installed on this machine (install one, or render the overlay in a prior step and point registry-plan at the output)`
      )
    ];
  }
  // Proxy variables do not stop Go from fetching http://127.0.0.1:…: without a network namespace the only
  // way to stay offline is not to build what might fetch.
  if (networkCut || !inputs.offlineRisks.length) return undefined;
  return inputs.offlineRisks.map((risk) => ({
    ...risk,
    message: `${risk.message}; this machine cannot run kustomize without network access (no unprivileged user namespaces for unshare -rn), so the overlay is not built. Vendor the reference into the repository, or run on a runner where unshare works`
  }));
}

/**
 * Copies the overlay's input files into `<tmp>/repo` (links never followed, sizes capped, every path
 * checked to stay inside) and returns their texts by path, or the finding that stops the build.
 */
function stageInputs(
  inputs: OverlayInputs,
  tmp: string,
  limits: LoadLimits
): { sources: Map<string, string> } | { refused: Finding } {
  const sources = new Map<string, string>();
  for (const f of inputs.files) {
    if (f.symlink) continue; // never followed: a link may lead anywhere on the runner
    if (f.size > limits.maxFileBytes) {
      const why = `file is ${f.size} bytes, over the ${limits.maxFileBytes}-byte limit; not read, so the overlay is not built and the change cannot be evaluated`;
      return { refused: badInput(f.path, 0, why) };
    }
    const dest = resolveInside(join(tmp, 'repo'), f.path);
    if (!dest) {
      const why = `path ${quotePath(f.path)} would lead out of the build folder; the overlay is not built`;
      return { refused: badInput(f.path, 0, why) };
    }
    const bytes = f.read();
    mkdirSync(dirname(dest), { recursive: true });
    writeFileSync(dest, bytes);
    sources.set(f.path, bytes.toString('utf8'));
  }
  return { sources };
}

/** Runs the build through a wrapper kustomization that adds origin annotations without touching the user's files. */
function runBuild(
  tmp: string,
  overlay: string,
  component: boolean,
  tool: KustomizeTool,
  networkCut: boolean
): SpawnSyncReturns<string> {
  const ref = `../repo/${normalizeDir(overlay) || '.'}`;
  mkdirSync(join(tmp, 'build'));
  writeFileSync(
    join(tmp, 'build', 'kustomization.yaml'),
    `apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\n${component ? 'components' : 'resources'}:\n- ${JSON.stringify(ref)}\nbuildMetadata: [originAnnotations]\n`
  );
  mkdirSync(join(tmp, 'home'));
  const args = [...tool.args, join(tmp, 'build'), '--load-restrictor', 'LoadRestrictionsRootOnly'];
  const [cmd, argv] = networkCut ? ['unshare', ['-rn', tool.command, ...args]] : [tool.command, args];
  return spawnSync(cmd, argv, {
    cwd: tmp,
    env: sandboxEnv(join(tmp, 'home'), tool),
    timeout: KUSTOMIZE_TIMEOUT_MS,
    maxBuffer: 512 * 1024 * 1024,
    encoding: 'utf8'
  });
}

/** kustomize's own words for a failed build, without the staging folders and the wrapper's noise. */
function buildFailure(r: SpawnSyncReturns<string>, tmp: string): string {
  if (r.error) return r.error.message;
  const scrubbed = (r.stderr || r.stdout || `exit status ${r.status}`)
    .split(join(tmp, 'repo') + '/')
    .join('')
    .split(join(tmp, 'build'))
    .join('(overlay)')
    .split('../repo/')
    .join('')
    .trim();
  // kubectl prefixes its klog header; the wrapper adds one "recursed accumulation" level of noise.
  return scrubbed
    .replace(/^E\d{4} [\d:.]+\s+\d+ \S+\] "command failed" err=<?\s*/, '')
    .replace(/^"([^]*)"$/, '$1')
    .replace(
      /accumulating resources: accumulation err='accumulating resources from '[^']*': '[^']*' must resolve to a file': recursed accumulation of path '[^']*': /,
      ''
    );
}

/**
 * Builds the overlay from the given side's files and returns what the loader would for plain files:
 * documents and workload images that point at the source file and line the object came from.
 */
export function loadOverlay(all: RepoFile[], overlay: string, opts: BuildOptions): LoadedFiles {
  const inputs = overlayInputs(all, overlay);
  const result: LoadedFiles = {
    docs: [],
    workloads: [],
    problems: [...inputs.problems],
    stats: { files: inputs.files.length, parsed: 0, scanned: 0 }
  };
  if (inputs.problems.some((p) => p.severity === 'error')) return result;
  const tool = opts.tool === undefined ? findKustomize() : (opts.tool ?? undefined);
  const networkCut = tool ? (opts.networkCut ?? canUnshare()) : false;
  const refused = refusedBeforeBuild(inputs, overlay, tool, networkCut);
  if (refused || !tool) {
    result.problems.push(...(refused ?? []));
    return result;
  }
  const tmp = mkdtempSync(join(tmpdir(), 'registry-plan-kustomize-'));
  try {
    const staged = stageInputs(inputs, tmp, opts.limits);
    if ('refused' in staged) {
      result.problems.push(staged.refused);
      return result;
    }
    const r = runBuild(tmp, overlay, inputs.component, tool, networkCut);
    if (r.error || r.status !== 0) {
      const why = buildFailure(r, tmp);
      result.problems.push(
        badInput(
          inputs.kustomizationFile,
          1,
          `kustomize overlay "${overlay}" does not build: ${why.split('\n').slice(0, 5).join(' ')}`
        )
      );
      return result;
    }
    mapRendered(r.stdout, staged.sources, opts.limits, result, inputs.kustomizationFile);
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
  return result;
}

interface Origin {
  path?: string;
  configuredIn?: string;
}

/** Documents of kustomize's output, each taken back to the file (and object) it came from. */
function mapRendered(
  out: string,
  sources: Map<string, string>,
  limits: LoadLimits,
  result: LoadedFiles,
  kustomizationFile: string
): void {
  // The build output and the source files parsed to find lines share the side's input budget.
  const budget = new InputBudget(limits);
  const parsedSources = new Map<string, ManifestDoc[]>();
  const sourceDocs = (path: string): ManifestDoc[] => {
    let docs = parsedSources.get(path);
    if (!docs) {
      const text = sources.get(path);
      docs = text === undefined || !budget.allows(text.length) ? [] : parseManifests(path, text, limits).docs;
      budget.spend(text?.length ?? 0, 0);
      parsedSources.set(path, docs);
    }
    return docs;
  };
  for (const chunk of out.split(/^---\s*$/m)) {
    const node = mayHoldNodeConfig(chunk);
    const work = mayHoldWorkload(chunk);
    if (!node && !work) continue;
    if (!budget.allows(chunk.length) || !budget.spend(chunk.length, node ? 1 : 0)) {
      result.docs = [];
      result.workloads = [];
      result.problems.push(badInput(kustomizationFile, 1, budget.exceeded('the kustomize build output is too large')));
      return;
    }
    let obj: unknown;
    try {
      obj = parseAllDocuments(chunk, { uniqueKeys: false })
        .map((d) => d.toJS({ maxAliasCount: limits.maxAliasCount }))
        .find((v) => v && typeof v === 'object');
    } catch {
      continue; // kustomize's own output; it never emits what it could not read
    }
    if (!obj || typeof obj !== 'object' || Array.isArray(obj)) continue;
    const o = obj as Record<string, unknown>;
    const meta = (o['metadata'] && typeof o['metadata'] === 'object' ? o['metadata'] : {}) as Record<string, unknown>;
    const origin = takeOrigin(meta);
    const kind = typeof o['kind'] === 'string' ? o['kind'] : '';
    const name = typeof meta['name'] === 'string' ? meta['name'] : '';
    const namespace = typeof meta['namespace'] === 'string' ? meta['namespace'] : '';
    const { file, line, lineOf } = locate(origin, kind, name, sources, sourceDocs);
    const doc: ManifestDoc = {
      file,
      line,
      apiVersion: typeof o['apiVersion'] === 'string' ? o['apiVersion'] : '',
      kind,
      name,
      namespace,
      obj: o,
      lineOf
    };
    if (node) {
      result.stats.parsed++;
      result.docs.push(doc);
    }
    if (work && (WORKLOAD_KINDS as readonly string[]).includes(kind)) {
      result.stats.scanned++;
      result.workloads.push(...workloadImages(doc));
    }
  }
}

/** Removes kustomize's origin annotation (it is build metadata, not part of the object) and returns it. */
function takeOrigin(meta: Record<string, unknown>): Origin {
  const ann = meta['annotations'];
  if (!ann || typeof ann !== 'object') return {};
  const a = ann as Record<string, unknown>;
  const raw = a[ORIGIN];
  delete a[ORIGIN];
  if (!Object.keys(a).length) delete meta['annotations'];
  if (typeof raw !== 'string') return {};
  try {
    const v = parseDocument(raw).toJS() as Record<string, unknown> | null;
    const strip = (p: unknown): string | undefined =>
      typeof p === 'string' ? posix.normalize(p.replace(/^(\.\.\/)+repo\//, '')) : undefined;
    return { path: strip(v?.['path']), configuredIn: strip(v?.['configuredIn']) };
  } catch {
    return {};
  }
}

function locate(
  origin: Origin,
  kind: string,
  name: string,
  sources: Map<string, string>,
  sourceDocs: (path: string) => ManifestDoc[]
): { file: string; line: number; lineOf: (p: PathSeg[]) => number } {
  if (origin.path && sources.has(origin.path)) {
    const candidates = sourceDocs(origin.path).filter((d) => d.kind === kind);
    // namePrefix/nameSuffix change names; the source object's name is inside the rendered one.
    const src =
      candidates.find((d) => d.name === name) ??
      candidates.filter((d) => d.name && name.includes(d.name)).sort((a, b) => b.name.length - a.name.length)[0] ??
      (candidates.length === 1 ? candidates[0] : undefined);
    if (src) return { file: origin.path, line: src.line, lineOf: (p) => src.lineOf(p) };
    return { file: origin.path, line: 1, lineOf: () => 1 };
  }
  if (origin.configuredIn) {
    // Generated objects (configMapGenerator and the like): the generator entry that names them.
    const text = sources.get(origin.configuredIn) ?? '';
    const lines = text.split('\n');
    const i = lines.findIndex(
      (l) =>
        /^\s*(?:-\s*)?name\s*:/.test(l) &&
        name.startsWith(
          l
            .replace(/^\s*(?:-\s*)?name\s*:\s*/, '')
            .replace(/["']/g, '')
            .trim()
        )
    );
    const line = i >= 0 ? i + 1 : 1;
    return { file: origin.configuredIn, line, lineOf: () => line };
  }
  return { file: origin.path ?? '(kustomize output)', line: 1, lineOf: () => 1 };
}

const CONTAINER_LISTS = ['containers', 'initContainers', 'ephemeralContainers'];

/** Image references of a rendered workload, each with the source line of its `image:` field. */
function workloadImages(doc: ManifestDoc): WorkloadImage[] {
  const out: WorkloadImage[] = [];
  const windows = /"kubernetes\.io\/os":"windows"/i.test(JSON.stringify(doc.obj));
  const walk = (v: unknown, path: PathSeg[], depth: number): void => {
    if (!v || typeof v !== 'object' || depth > 32) return;
    if (Array.isArray(v)) return v.forEach((x, i) => walk(x, [...path, i], depth + 1));
    for (const [k, child] of Object.entries(v as Record<string, unknown>)) {
      if (CONTAINER_LISTS.includes(k) && Array.isArray(child)) {
        child.forEach((c, i) => {
          if (!c || typeof c !== 'object') return;
          const image = (c as Record<string, unknown>)['image'];
          if (typeof image !== 'string' || !image || image.includes('{{')) return;
          const cname = (c as Record<string, unknown>)['name'];
          out.push({
            image,
            file: doc.file,
            line: doc.lineOf([...path, k, i, 'image']),
            workload: `${doc.kind}/${doc.name || '(unnamed)'}`,
            container: typeof cname === 'string' ? cname : '',
            windows
          });
        });
      } else walk(child, [...path, k], depth + 1);
    }
  };
  walk(doc.obj, [], 0);
  return out;
}
