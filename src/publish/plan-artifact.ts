/**
 * The publish job's input: the plan JSON the analyze run uploaded (what `plan --format json` writes).
 * Whoever controls the fork controls every byte of it, so it is read as hostile: size-capped before
 * parsing, validated against schema/plan.schema.json (precompiled: src/generated/plan-validator.js),
 * then rebuilt field by field into a PlanReport, which must print back to exactly the document given
 * (an unknown or extra field, or a derived field that does not follow from the rest, is refused), and
 * whose verdicts must follow from its findings and failOn. The comments are then rendered from that
 * report by the same code the pull_request run uses: no uploaded markdown reaches GitHub.
 */
import { isDeepStrictEqual } from 'node:util';
import validatePlan from '../generated/plan-validator.js';
import { RULES_BY_ID } from '../model/rule-catalog.js';
import type { Finding } from '../model/types.js';
import { highest } from '../plan/build-cluster-plan.js';
import { machineConfigFileTitle } from '../plan/machine-config-plan.js';
import type {
  ClusterPlan,
  ConfigChange,
  PlanFile,
  PlanReport,
  PoolCost,
  PoolPlan,
  SideSummary,
  UpgradePlan,
  WindowsPlan,
  WorkloadPlan
} from '../plan/types.js';
import { verdictOf, worstVerdict } from '../policy/verdict.js';
import { IMPLICIT_CLUSTER_NAME, planJson } from '../report/json.js';
import { MAX_PUBLISH_CLUSTERS } from './limits.js';

/** A plan document larger than this is refused before it is parsed. */
export const PLAN_ARTIFACT_MAX_BYTES = 16 * 1024 * 1024;
/** More clusters than this in one run is not a plan anyone reviews in comments; refuse. */
export { MAX_PUBLISH_CLUSTERS };
/** Items per list (findings, files, workloads, …): a longer list is refused, not rendered. */
export const MAX_LIST_ITEMS = 20_000;
/** Node counts, batches and minutes above these are not plans of real clusters. */
const MAX_COUNT = 1_000_000;
const MAX_MINUTES = 10_000_000;
/** Cluster names, as the configuration schema allows them (they are comment markers). */
const CLUSTER_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/;

export interface PlanArtifact {
  report: PlanReport;
  /** The document has the one-cluster shape (no `clusters` configured). */
  implicitCluster: boolean;
}

export type PlanArtifactResult = { ok: true; artifact: PlanArtifact } | { ok: false; error: string };

class Refused extends Error {}

type J = Record<string, unknown>;
const asObj = (v: unknown, at: string): J => {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) throw new Refused(`${at} must be an object`);
  return v as J;
};
const list = (v: unknown, at: string): unknown[] => {
  if (!Array.isArray(v)) throw new Refused(`${at} must be an array`);
  if (v.length > MAX_LIST_ITEMS) throw new Refused(`${at} has ${v.length} items, over the ${MAX_LIST_ITEMS} cap`);
  return v;
};
const text = (v: unknown, at: string): string => {
  if (typeof v !== 'string') throw new Refused(`${at} must be a string`);
  return v;
};
const strings = (v: unknown, at: string): string[] => list(v, at).map((s, i) => text(s, `${at}/${i}`));
const count = (v: unknown, at: string, max = MAX_COUNT): number => {
  if (typeof v !== 'number' || !Number.isFinite(v) || v < 0 || v > max) throw new Refused(`${at} is out of range`);
  return v;
};
const flag = (v: unknown, at: string): boolean => {
  if (typeof v !== 'boolean') throw new Refused(`${at} must be true or false`);
  return v;
};
function oneOf<T extends string>(v: unknown, values: readonly T[], at: string): T {
  if (!values.includes(v as T)) throw new Refused(`${at} must be one of ${values.join(', ')}`);
  return v as T;
}
/** Copies the optional keys that are present (the document omits unset ones). */
function optional<T>(o: J, key: string, read: (v: unknown, at: string) => T, at: string): Record<string, T> {
  return o[key] === undefined ? {} : { [key]: read(o[key], `${at}/${key}`) };
}

const VERDICTS = ['pass', 'fail', 'cannot-evaluate'] as const;
const DISRUPTIONS = ['none', 'reload', 'restart', 'drain', 'reboot'] as const;

function finding(v: unknown, at: string): Finding {
  const o = asObj(v, at);
  // The rule names a link target in the report: only the catalog's rules exist.
  const rule = text(o['rule'], `${at}/rule`);
  if (!RULES_BY_ID.has(rule)) throw new Refused(`${at}/rule "${rule.slice(0, 60)}" is not a registry-plan rule`);
  const waived =
    o['waived'] === undefined
      ? {}
      : (() => {
          const w = asObj(o['waived'], `${at}/waived`);
          const expires = text(w['expires'], `${at}/waived/expires`);
          if (!/^[0-9]{4}-[0-9]{2}-[0-9]{2}$/.test(expires)) throw new Refused(`${at}/waived/expires is not a date`);
          return {
            waived: {
              reason: text(w['reason'], `${at}/waived/reason`),
              owner: text(w['owner'], `${at}/waived/owner`),
              expires
            }
          };
        })();
  return {
    rule,
    severity: oneOf(o['severity'], ['error', 'warning', 'notice'] as const, `${at}/severity`),
    message: text(o['message'], `${at}/message`),
    file: text(o['file'], `${at}/file`),
    line: count(o['line'], `${at}/line`, Number.MAX_SAFE_INTEGER),
    ...optional(o, 'object', text, at),
    ...optional(o, 'subject', text, at),
    ...waived
  };
}
const findings = (v: unknown, at: string): Finding[] => list(v, at).map((f, i) => finding(f, `${at}/${i}`));

function side(v: unknown, at: string): SideSummary {
  const o = asObj(v, at);
  const errors = list(o['errors'], `${at}/errors`).map((e, i) => {
    const x = asObj(e, `${at}/errors/${i}`);
    return {
      component: oneOf(x['component'], ['mco', 'wmco', 'input'] as const, `${at}/errors/${i}/component`),
      message: text(x['message'], `${at}/errors/${i}/message`),
      file: text(x['file'], `${at}/errors/${i}/file`),
      line: count(x['line'], `${at}/errors/${i}/line`, Number.MAX_SAFE_INTEGER)
    };
  });
  return { ref: text(o['ref'], `${at}/ref`), ...optional(o, 'commit', text, at), errors } as SideSummary;
}

function file(v: unknown, at: string): PlanFile {
  const o = asObj(v, at);
  const origins = ['generated', 'template', 'machineconfig', 'absent'] as const;
  const origin = asObj(o['origin'], `${at}/origin`);
  const f: PlanFile = {
    node: oneOf(o['node'], ['linux', 'windows'] as const, `${at}/node`),
    path: text(o['path'], `${at}/path`),
    change: oneOf(o['change'], ['added', 'removed', 'modified', 'unchanged'] as const, `${at}/change`),
    diff: text(o['diff'], `${at}/diff`),
    origin: {
      before: oneOf(origin['before'], origins, `${at}/origin/before`),
      after: oneOf(origin['after'], origins, `${at}/origin/after`)
    }
  };
  const cause = optional(o, 'cause', (c, a) => oneOf(c, CAUSES, a), at);
  if (o['pools'] === undefined) return { ...f, ...cause };
  const pools = strings(o['pools'], `${at}/pools`);
  const w = o['writer'] === undefined ? undefined : asObj(o['writer'], `${at}/writer`);
  const writer = w && { ...optional(w, 'before', text, `${at}/writer`), ...optional(w, 'after', text, `${at}/writer`) };
  // The title is not in the document; it is made from the path, change and pools as the engine makes it.
  return { ...f, pools, writer, title: machineConfigFileTitle(f.path, f.change, pools), ...cause };
}

const CAUSES = ['upgrade', 'manifests', 'both'] as const;

function poolCosts(v: unknown, at: string): PoolCost[] {
  return list(v, at).map((x, i) => {
    const o = asObj(x, `${at}/${i}`);
    return {
      pool: text(o['pool'], `${at}/${i}/pool`),
      disruption: oneOf(o['disruption'], DISRUPTIONS, `${at}/${i}/disruption`),
      actions: strings(o['actions'], `${at}/${i}/actions`)
    };
  });
}

/** The upgrade split (versions, sources, the release's own files, each half's cost per pool). */
function upgrade(v: unknown, at: string): UpgradePlan {
  const o = asObj(v, at);
  return {
    from: text(o['from'], `${at}/from`),
    to: text(o['to'], `${at}/to`),
    fromSource: text(o['fromSource'], `${at}/fromSource`),
    toSource: text(o['toSource'], `${at}/toSource`),
    files: list(o['files'], `${at}/files`).map((x, i) => {
      const f = asObj(x, `${at}/files/${i}`);
      return {
        node: oneOf(f['node'], ['linux', 'windows'] as const, `${at}/files/${i}/node`),
        path: text(f['path'], `${at}/files/${i}/path`),
        change: oneOf(f['change'], ['added', 'removed', 'modified', 'unchanged'] as const, `${at}/files/${i}/change`),
        diff: text(f['diff'], `${at}/files/${i}/diff`),
        ...optional(f, 'pools', strings, `${at}/files/${i}`)
      };
    }),
    impactAlone: poolCosts(o['impactAlone'], `${at}/impactAlone`),
    manifestImpact: poolCosts(o['manifestImpact'], `${at}/manifestImpact`),
    note: text(o['note'], `${at}/note`)
  };
}

function pool(v: unknown, at: string): PoolPlan {
  const o = asObj(v, at);
  const e = asObj(o['estimate'], `${at}/estimate`);
  return {
    name: text(o['name'], `${at}/name`),
    os: oneOf(o['os'], ['linux'] as const, `${at}/os`),
    nodes: count(o['nodes'], `${at}/nodes`),
    nodesFrom: oneOf(o['nodesFrom'], ['machinesets', 'config', 'assumed'] as const, `${at}/nodesFrom`),
    maxUnavailable: count(o['maxUnavailable'], `${at}/maxUnavailable`),
    paused: flag(o['paused'], `${at}/paused`),
    actions: strings(o['actions'], `${at}/actions`),
    drain: flag(o['drain'], `${at}/drain`),
    reboot: flag(o['reboot'], `${at}/reboot`),
    disruption: oneOf(o['disruption'], DISRUPTIONS, `${at}/disruption`),
    reasons: strings(o['reasons'], `${at}/reasons`),
    estimate: {
      batches: count(e['batches'], `${at}/estimate/batches`),
      minutes: count(e['minutes'], `${at}/estimate/minutes`, MAX_MINUTES),
      held: flag(e['held'], `${at}/estimate/held`),
      assumptions: text(e['assumptions'], `${at}/estimate/assumptions`)
    },
    // Not in the document; no report shows them.
    file: '',
    line: 0
  };
}

function windows(v: unknown, at: string): WindowsPlan {
  const o = asObj(v, at);
  const e = asObj(o['estimate'], `${at}/estimate`);
  return {
    nodes: count(o['nodes'], `${at}/nodes`),
    changed: flag(o['changed'], `${at}/changed`),
    disruption: oneOf(o['disruption'], ['none'] as const, `${at}/disruption`),
    passes: count(o['passes'], `${at}/passes`),
    estimate: {
      minutes: count(e['minutes'], `${at}/estimate/minutes`, MAX_MINUTES),
      assumptions: text(e['assumptions'], `${at}/estimate/assumptions`)
    },
    reasons: strings(o['reasons'], `${at}/reasons`)
  };
}

function pullCheck(v: unknown, at: string): NonNullable<WorkloadPlan['check']> {
  const o = asObj(v, at);
  const attempts =
    o['attempts'] === undefined
      ? {}
      : {
          attempts: list(o['attempts'], `${at}/attempts`).map((a, i) => {
            const x = asObj(a, `${at}/attempts/${i}`);
            return {
              endpoint: text(x['endpoint'], `${at}/attempts/${i}/endpoint`),
              outcome: oneOf(
                x['outcome'],
                ['served', 'missing', 'denied', 'unreachable'] as const,
                `${at}/attempts/${i}/outcome`
              ),
              ...optional(x, 'detail', text, `${at}/attempts/${i}`)
            };
          })
        };
  return {
    result: oneOf(o['result'], ['served', 'missing', 'unreachable', 'denied', 'not-checked'] as const, `${at}/result`),
    ...optional(o, 'from', text, at),
    tried: strings(o['tried'], `${at}/tried`),
    by: oneOf(o['by'], ['digest', 'tag'] as const, `${at}/by`),
    ...optional(o, 'detail', text, at),
    ...attempts,
    ...optional(o, 'fromMirror', flag, at),
    ...optional(o, 'sourceAllowed', flag, at)
  };
}

function workload(v: unknown, at: string): WorkloadPlan {
  const o = asObj(v, at);
  const source =
    o['source'] === undefined
      ? {}
      : (() => {
          const s = asObj(o['source'], `${at}/source`);
          return {
            source: { object: text(s['object'], `${at}/source/object`), field: text(s['field'], `${at}/source/field`) }
          };
        })();
  return {
    image: text(o['image'], `${at}/image`),
    file: text(o['file'], `${at}/file`),
    line: count(o['line'], `${at}/line`, Number.MAX_SAFE_INTEGER),
    workload: text(o['workload'], `${at}/workload`),
    os: oneOf(o['os'], ['linux', 'windows'] as const, `${at}/os`),
    before: strings(o['before'], `${at}/before`),
    after: strings(o['after'], `${at}/after`),
    pullableBefore: flag(o['pullableBefore'], `${at}/pullableBefore`),
    pullable: flag(o['pullable'], `${at}/pullable`),
    ...optional(o, 'note', text, at),
    ...(o['kind'] === undefined ? {} : { kind: oneOf(o['kind'], ['platform'] as const, `${at}/kind`) }),
    ...source,
    ...optional(o, 'pools', strings, at),
    ...optional(o, 'check', pullCheck, at)
  };
}
const workloads = (v: unknown, at: string): WorkloadPlan[] => list(v, at).map((w, i) => workload(w, `${at}/${i}`));

/** One cluster; its verdict is recomputed from its findings (the document's is compared afterwards). */
function cluster(o: J, name: string, failOn: PlanReport['failOn'], at: string): ClusterPlan {
  const cf = findings(o['findings'], `${at}/findings`);
  const pools = list(o['pools'], `${at}/pools`).map((p, i) => pool(p, `${at}/pools/${i}`));
  return {
    name,
    changed: flag(o['changed'], `${at}/changed`),
    openshiftVersion: text(o['openshiftVersion'], `${at}/openshiftVersion`),
    ...optional(o, 'openshiftVersionFrom', text, at),
    ...optional(o, 'upgrade', upgrade, at),
    base: side(o['base'], `${at}/base`),
    head: side(o['head'], `${at}/head`),
    files: list(o['files'], `${at}/files`).map((f, i) => file(f, `${at}/files/${i}`)),
    registries: list(o['registries'], `${at}/registries`).map((r, i) => {
      const x = asObj(r, `${at}/registries/${i}`);
      return {
        source: text(x['source'], `${at}/registries/${i}/source`),
        summary: strings(x['summary'], `${at}/registries/${i}/summary`)
      };
    }),
    pools,
    windows: windows(o['windows'], `${at}/windows`),
    workloads: workloads(o['workloads'], `${at}/workloads`),
    workloadsUnchanged: count(o['workloadsUnchanged'], `${at}/workloadsUnchanged`),
    ...optional(o, 'checkedUnchanged', workloads, at),
    findings: cf,
    highestDisruption: highestOf(pools, oneOf(o['highestDisruption'], DISRUPTIONS, `${at}/highestDisruption`), at),
    verdict: verdictOf(cf, failOn)
  };
}

/** The highest disruption a cluster claims must be its pools' (as build-cluster-plan.ts computes it). */
function highestOf(pools: PoolPlan[], claimed: PoolPlan['disruption'], at: string): PoolPlan['disruption'] {
  const actual = highest(pools.filter((p) => p.nodes > 0 || p.disruption !== 'none').map((p) => p.disruption));
  if (claimed !== actual) throw new Refused(`${at}/highestDisruption says ${claimed}, but its pools make it ${actual}`);
  return actual;
}

function clusterName(v: unknown, at: string): string {
  const name = text(v, at);
  if (!CLUSTER_NAME.test(name)) throw new Refused(`${at} is not a cluster name (letters, digits, ".", "_", "-")`);
  return name;
}

function configChange(v: unknown, failOn: PlanReport['failOn'], at: string): ConfigChange {
  const o = asObj(v, at);
  const cf = findings(o['findings'], `${at}/findings`);
  const claimed = oneOf(o['verdict'], VERDICTS, `${at}/verdict`);
  const verdict = verdictOf(cf, failOn);
  if (claimed !== verdict) throw new Refused(`${at}/verdict says ${claimed}, but its findings make it ${verdict}`);
  const diff =
    o['diff'] === undefined
      ? {}
      : (() => {
          const d = asObj(o['diff'], `${at}/diff`);
          return {
            diff: {
              path: text(d['path'], `${at}/diff/path`),
              diff: text(d['diff'], `${at}/diff/diff`),
              ...optional(d, 'omittedLines', (x, a) => count(x, a), `${at}/diff`)
            }
          };
        })();
  return { findings: cf, verdict, ...diff };
}

/** The rebuilt report, with every verdict checked against the findings and failOn it is made of. */
function rebuild(doc: J): PlanArtifact {
  const failOn = oneOf(doc['failOn'], ['error', 'warning', 'never'] as const, '/failOn');
  const implicitCluster = doc['clusters'] === undefined;
  const raw = implicitCluster
    ? [{ o: doc, name: doc['name'] === undefined ? IMPLICIT_CLUSTER_NAME : clusterName(doc['name'], '/name'), at: '' }]
    : list(doc['clusters'], '/clusters').map((c, i) => {
        const o = asObj(c, `/clusters/${i}`);
        return { o, name: clusterName(o['name'], `/clusters/${i}/name`), at: `/clusters/${i}` };
      });
  if (raw.length > MAX_PUBLISH_CLUSTERS)
    throw new Refused(`the plan has ${raw.length} clusters, more than the ${MAX_PUBLISH_CLUSTERS} a run comments on`);
  if (new Set(raw.map((r) => r.name)).size !== raw.length)
    throw new Refused('two clusters of the plan have the same name');
  const clusters = raw.map((r) => cluster(r.o, r.name, failOn, r.at));
  if (!implicitCluster) {
    (doc['clusters'] as J[]).forEach((c, i) => {
      const claimed = oneOf(c['verdict'], VERDICTS, `/clusters/${i}/verdict`);
      if (claimed !== clusters[i]!.verdict)
        throw new Refused(`/clusters/${i}/verdict says ${claimed}, but its findings make it ${clusters[i]!.verdict}`);
    });
  }
  const change =
    doc['configChange'] === undefined ? undefined : configChange(doc['configChange'], failOn, '/configChange');
  const verdict = worstVerdict([...clusters.map((c) => c.verdict), ...(change ? [change.verdict] : [])]);
  const claimed = oneOf(doc['verdict'], VERDICTS, '/verdict');
  if (claimed !== verdict)
    throw new Refused(`/verdict says ${claimed}, but the findings and failOn ${failOn} make it ${verdict}`);
  const report: PlanReport = {
    openshiftVersion: implicitCluster
      ? clusters[0]!.openshiftVersion
      : text(doc['openshiftVersion'], '/openshiftVersion'),
    clusters,
    verdict,
    failOn,
    ...(doc['checkPulls'] === undefined ? {} : { checkPulls: checkPullsSummary(doc['checkPulls']) }),
    ...(change ? { configChange: change } : {})
  };
  return { report, implicitCluster };
}

function checkPullsSummary(v: unknown): NonNullable<PlanReport['checkPulls']> {
  const o = asObj(v, '/checkPulls');
  return {
    mode: oneOf(o['mode'], ['changed', 'all'] as const, '/checkPulls/mode'),
    references: count(o['references'], '/checkPulls/references'),
    clientRuns: count(o['clientRuns'], '/checkPulls/clientRuns'),
    cached: count(o['cached'], '/checkPulls/cached'),
    elapsedMs: count(o['elapsedMs'], '/checkPulls/elapsedMs', Number.MAX_SAFE_INTEGER),
    budgetExhausted: flag(o['budgetExhausted'], '/checkPulls/budgetExhausted'),
    unreachable: list(o['unreachable'], '/checkPulls/unreachable').map((u, i) => {
      const x = asObj(u, `/checkPulls/unreachable/${i}`);
      return {
        host: text(x['host'], `/checkPulls/unreachable/${i}/host`),
        detail: text(x['detail'], `/checkPulls/unreachable/${i}/detail`),
        references: count(x['references'], `/checkPulls/unreachable/${i}/references`)
      };
    }),
    notChecked: strings(o['notChecked'], '/checkPulls/notChecked')
  };
}

/**
 * The first place where two JSON values differ, as a JSON pointer (for the refusal message). Walks
 * both documents once; used only after isDeepStrictEqual said they differ.
 */
function firstDifference(a: unknown, b: unknown, at = ''): string {
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return at || '/';
  if (Array.isArray(a) !== Array.isArray(b)) return at || '/';
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  for (const k of keys) {
    const x = (a as J)[k];
    const y = (b as J)[k];
    if (!isDeepStrictEqual(x, y)) return firstDifference(x, y, `${at}/${k}`);
  }
  return at || '/';
}

/** Validates and rebuilds the artifact's text. Pure. */
export function parsePlanArtifact(text: string, maxBytes = PLAN_ARTIFACT_MAX_BYTES): PlanArtifactResult {
  const bytes = Buffer.byteLength(text, 'utf8');
  if (bytes > maxBytes)
    return { ok: false, error: `the report artifact is ${bytes} bytes, over the ${maxBytes}-byte cap` };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    return { ok: false, error: `the report artifact is not JSON: ${(e as Error).message.slice(0, 200)}` };
  }
  if (!validatePlan(data)) {
    const e = validatePlan.errors?.[0];
    const why = e ? `${e.instancePath || '/'} ${e.message ?? ''}` : 'invalid';
    return {
      ok: false,
      error: `the report artifact is not a registry-plan plan (schema/plan.schema.json): ${why.slice(0, 300)}`
    };
  }
  try {
    const artifact = rebuild(asObj(data, '/'));
    // The rebuilt report must print back to the document: nothing unknown, nothing extra, and the derived
    // fields (the rollout phases) follow from the rest.
    const again: unknown = JSON.parse(JSON.stringify(planJson(artifact.report, artifact.implicitCluster)));
    if (!isDeepStrictEqual(again, data)) {
      const at = firstDifference(again, data);
      return {
        ok: false,
        error: `the report artifact is not a plan registry-plan writes: ${at.slice(0, 200)} is unknown, extra or inconsistent`
      };
    }
    return { ok: true, artifact };
  } catch (e) {
    if (e instanceof Refused) return { ok: false, error: `the report artifact is refused: ${e.message.slice(0, 300)}` };
    throw e;
  }
}
