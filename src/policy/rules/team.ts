/**
 * The team's own rules from `policy:` in the configuration file. Each only runs when its key is set.
 */
import picomatch from 'picomatch';
import type { ClusterModel, Finding, Loc } from '../../model/types.js';
import { scopeIsNestedInsideScope } from '../../render/linux/scopes.js';
import type { PoolPlan } from '../../plan/types.js';
import type { NumberLimit, SwitchLimit } from '../../config/policy-section.js';
import type { RuleContext, RuleModule } from '../types.js';
import { entriesOf, finding, hostOf, list, mirrorLoc, objectId } from './helpers.js';

const NEVER = 'NeverContactSource';

/** Line of a policy key in the configuration file: the cluster's own `policy` when it sets the key. */
export function policyLoc(ctx: RuleContext, path: (string | number)[]): Loc {
  const file = ctx.settings.configFile ?? '';
  const lines = ctx.settings.configLines ?? {};
  const index = ctx.cluster.configIndex ?? -1;
  const own =
    ctx.cluster.ownPolicy && (ctx.cluster.ownPolicy as Record<string, unknown>)[String(path[0])] !== undefined;
  const full = own && index >= 0 ? ['clusters', index, 'policy', ...path] : ['policy', ...path];
  for (let n = full.length; n > 0; n--) {
    const line = lines[full.slice(0, n).join('.')];
    if (line !== undefined) return { file, line };
  }
  return { file, line: file ? 1 : 0 };
}

function hostMatcher(globs: readonly string[]): (host: string) => boolean {
  const m = picomatch([...globs], { nocase: true });
  return (host) => m(host) || m(host.replace(/:\d+$/, ''));
}

function allowedMirrorHosts(ctx: RuleContext): Finding[] {
  const globs = ctx.policy.allowedMirrorHosts;
  if (!globs) return [];
  const ok = hostMatcher(globs);
  const { model } = ctx.head;
  const out: Finding[] = [];
  for (const { object, entry } of entriesOf([...model.idms, ...model.itms, ...model.icsp])) {
    entry.mirrors.forEach((m, i) => {
      if (m === entry.source || ok(hostOf(m))) return;
      out.push(
        finding('mirror-host-not-allowed', {
          message:
            `Mirror ${m} for ${entry.source} is on ${hostOf(m)}, which is not in the team's allowed mirror hosts ` +
            `(${list(globs)}): nodes would send pulls, and their credentials, there. Use an approved mirror host, or add ` +
            'this host to policy.allowedMirrorHosts.',
          loc: mirrorLoc(entry, i),
          object: objectId(object)
        })
      );
    });
  }
  return out;
}

function forbiddenHosts(ctx: RuleContext): Finding[] {
  const globs = ctx.policy.forbiddenHosts;
  if (!globs?.length) return [];
  const bad = hostMatcher(globs);
  const { model } = ctx.head;
  const out: Finding[] = [];
  for (const { object, entry } of entriesOf([...model.idms, ...model.itms, ...model.icsp])) {
    entry.mirrors.forEach((m, i) => {
      if (!bad(hostOf(m))) return;
      out.push(
        finding('forbidden-host', {
          message: `Mirror ${m} for ${entry.source} is on ${hostOf(m)}, which the team forbids (policy.forbiddenHosts: ${list(globs)}). Use another mirror host.`,
          loc: mirrorLoc(entry, i),
          object: objectId(object)
        })
      );
    });
  }
  const img = model.image;
  if (img) {
    for (const field of ['allowedRegistries', 'insecureRegistries', 'containerRuntimeSearchRegistries'] as const) {
      (img[field] ?? []).forEach((r, i) => {
        if (!bad(hostOf(r))) return;
        out.push(
          finding('forbidden-host', {
            message: `${field} names ${r}, on a host the team forbids (policy.forbiddenHosts: ${list(globs)}). Remove it.`,
            loc: img.fieldLocs[`${field}.${i}`] ?? img.loc,
            object: `Image/${img.name}`
          })
        );
      });
    }
  }
  return out;
}

function requireNeverContact(ctx: RuleContext): Finding[] {
  const required = ctx.policy.requireNeverContactSource;
  if (!required?.length) return [];
  const { model } = ctx.head;
  const out: Finding[] = [];
  required.forEach((scope, k) => {
    const related = (s: string): boolean => scopeIsNestedInsideScope(s, scope) || scopeIsNestedInsideScope(scope, s);
    const sets = entriesOf([...model.idms, ...model.itms]).filter(
      (e) => related(e.entry.source) && e.entry.mirrors.some((m) => m !== e.entry.source)
    );
    for (const { object, entry } of sets) {
      if (entry.mirrorSourcePolicy === NEVER) continue;
      out.push(
        finding('never-contact-source-required', {
          message:
            `The team requires ${scope} to be pulled only through mirrors, but this entry for ${entry.source} lets nodes ` +
            `contact the source when the mirrors fail. Set mirrorSourcePolicy: NeverContactSource.`,
          loc: entry.policyLoc ?? entry.sourceLoc,
          object: objectId(object)
        })
      );
    }
    for (const { object, entry } of entriesOf(model.icsp).filter((e) => related(e.entry.source))) {
      out.push(
        finding('never-contact-source-required', {
          message:
            `The team requires ${scope} to be pulled only through mirrors, but ImageContentSourcePolicy cannot say ` +
            `NeverContactSource, so nodes may still contact ${entry.source}. Move the entry to an ImageDigestMirrorSet ` +
            'with mirrorSourcePolicy: NeverContactSource.',
          loc: entry.sourceLoc,
          object: objectId(object)
        })
      );
    }
    const blocked = sets.some(
      (e) => e.entry.mirrorSourcePolicy === NEVER && scopeIsNestedInsideScope(scope, e.entry.source)
    );
    if (!blocked) {
      out.push(
        finding('never-contact-source-required', {
          message:
            `The team requires ${scope} to be pulled only through mirrors (policy.requireNeverContactSource), but no ` +
            `ImageDigestMirrorSet or ImageTagMirrorSet entry covering ${scope} sets NeverContactSource, so nodes pull ` +
            `from ${scope} directly. Add an ImageDigestMirrorSet entry for it with mirrorSourcePolicy: NeverContactSource.`,
          loc: policyLoc(ctx, ['requireNeverContactSource', k])
        })
      );
    }
  });
  return out;
}

function noInsecure(ctx: RuleContext): Finding[] {
  const img = ctx.head.model.image;
  if (!ctx.policy.noInsecureRegistries || !img) return [];
  return (img.insecureRegistries ?? []).map((r, i) =>
    finding('insecure-registry-forbidden', {
      message:
        `insecureRegistries lists ${r}: nodes pull from it over plain HTTP or without verifying its certificate, so ` +
        'anyone on the path can swap images. The team forbids insecure registries (policy.noInsecureRegistries): give ' +
        'the registry a certificate and trust its CA with additionalTrustedCA instead.',
      loc: img.fieldLocs[`insecureRegistries.${i}`] ?? img.loc,
      object: `Image/${img.name}`
    })
  );
}

function noItms(ctx: RuleContext): Finding[] {
  if (!ctx.policy.noITMS) return [];
  return ctx.head.model.itms.map((o) =>
    finding('itms-forbidden', {
      message:
        `ImageTagMirrorSet ${o.name}: the team forbids tag mirrors (policy.noITMS), because tags are mutable and a mirror ` +
        'can serve other content than the source. Pull by digest and use an ImageDigestMirrorSet.',
      loc: o.loc,
      object: objectId(o)
    })
  );
}

function noIcsp(ctx: RuleContext): Finding[] {
  if (!ctx.policy.noICSP) return [];
  return ctx.head.model.icsp.map((o) =>
    finding('icsp-forbidden', {
      message:
        `ImageContentSourcePolicy ${o.name}: the team forbids the deprecated ICSP API (policy.noICSP). Convert it with ` +
        '`oc adm migrate icsp` and commit the resulting ImageDigestMirrorSet.',
      loc: o.loc,
      object: objectId(o)
    })
  );
}

/** Files of every object the head side reads, for limits with `paths` when changed paths are unknown. */
function modelFiles(m: ClusterModel): string[] {
  const locs: Loc[] = [
    ...m.idms.map((o) => o.loc),
    ...m.itms.map((o) => o.loc),
    ...m.icsp.map((o) => o.loc),
    ...(m.image ? [m.image.loc] : []),
    ...m.pools.map((p) => p.loc),
    ...m.machineSets.map((s) => s.loc),
    ...(m.machineConfiguration ? [m.machineConfiguration.loc] : [])
  ];
  return [...new Set(locs.map((l) => l.file).filter((f) => f))];
}

function applies(ctx: RuleContext, limit: SwitchLimit | NumberLimit | undefined): number | boolean | undefined {
  if (limit === undefined || limit === false) return undefined;
  if (typeof limit !== 'object') return limit;
  const files = ctx.changedPaths ?? modelFiles(ctx.head.model);
  const match = picomatch(limit.paths, { dot: true });
  if (!files.some((f) => match(f))) return undefined;
  return 'value' in limit ? limit.value : true;
}

const scopeNote = (limit: SwitchLimit | NumberLimit | undefined): string =>
  typeof limit === 'object' && limit ? ` (for changes under ${list(limit.paths)})` : '';

/** Where a pool finding points: the pool's manifest, or else the input that changed. */
function poolLoc(ctx: RuleContext, p: PoolPlan, prefer?: 'search'): Loc {
  if (p.file) return { file: p.file, line: p.line };
  return changeSite(ctx, prefer) ?? policyLoc(ctx, ['disruption']);
}

function changeSite(ctx: RuleContext, prefer?: 'search'): Loc | undefined {
  const head = ctx.head.model;
  const base = ctx.base?.model;
  if (prefer === 'search') {
    const loc =
      head.image?.fieldLocs['containerRuntimeSearchRegistries'] ??
      base?.image?.fieldLocs['containerRuntimeSearchRegistries'];
    if (loc) return loc;
  }
  const body = (o: unknown): string =>
    JSON.stringify(o, (k, v) => (k === 'loc' || k.endsWith('Loc') || k.endsWith('Locs') ? undefined : v));
  const sets = (m: ClusterModel | undefined) =>
    new Map([...(m?.idms ?? []), ...(m?.itms ?? []), ...(m?.icsp ?? [])].map((o) => [objectId(o), o]));
  const h = sets(head);
  const b = sets(base);
  const sites: Loc[] = [];
  for (const [id, o] of h) if (body(o.entries) !== body(b.get(id)?.entries)) sites.push(o.loc);
  for (const [id, o] of b) if (!h.has(id)) sites.push(o.loc);
  if (body(head.image) !== body(base?.image) && (head.image ?? base?.image))
    sites.push((head.image ?? base!.image)!.loc);
  sites.sort((x, y) => (x.file < y.file ? -1 : x.file > y.file ? 1 : x.line - y.line));
  return sites[0];
}

function disruption(ctx: RuleContext): Record<string, Finding[]> {
  const d = ctx.policy.disruption ?? {};
  const out: Record<string, Finding[]> = {
    'disruption-reboot': [],
    'disruption-drain': [],
    'rollout-too-long': [],
    'too-many-reboots': []
  };
  const pools = ctx.plan.pools.filter((p) => p.nodes > 0);
  const searchChanged =
    JSON.stringify(ctx.base?.model.image?.containerRuntimeSearchRegistries ?? null) !==
    JSON.stringify(ctx.head.model.image?.containerRuntimeSearchRegistries ?? null);
  const prefer = searchChanged ? ('search' as const) : undefined;
  if (applies(ctx, d.noReboot)) {
    for (const p of pools.filter((p) => p.reboot)) {
      out['disruption-reboot']!.push(
        finding('disruption-reboot', {
          message:
            `Pool ${p.name} reboots all ${p.nodes} nodes (${p.reasons[0] ?? p.actions.join(', ')}), and the team allows no ` +
            `reboots${scopeNote(d.noReboot)}. Split the change so the rebooting part rolls out in a maintenance window, or ` +
            'waive this finding with a reason.',
          loc: poolLoc(ctx, p, prefer),
          object: `MachineConfigPool/${p.name}`
        })
      );
    }
  }
  if (applies(ctx, d.noDrain)) {
    for (const p of pools.filter((p) => p.drain)) {
      out['disruption-drain']!.push(
        finding('disruption-drain', {
          message:
            `Pool ${p.name} cordons and drains its ${p.nodes} nodes one batch at a time (${p.reasons[0] ?? p.actions.join(', ')}), ` +
            `and the team allows no drains${scopeNote(d.noDrain)}. Prefer changes that only add digest mirrors or reorder ` +
            'them (no drain), or waive this finding with a reason.',
          loc: poolLoc(ctx, p, prefer),
          object: `MachineConfigPool/${p.name}`
        })
      );
    }
  }
  const maxMinutes = applies(ctx, d.maxRolloutMinutes);
  if (typeof maxMinutes === 'number') {
    for (const p of pools.filter((p) => p.estimate.minutes > maxMinutes)) {
      out['rollout-too-long']!.push(
        finding('rollout-too-long', {
          message:
            `Pool ${p.name} needs about ${p.estimate.minutes} minutes to roll out (${p.estimate.batches} batches of ` +
            `maxUnavailable ${p.maxUnavailable}), over the team's limit of ${maxMinutes} minutes${scopeNote(d.maxRolloutMinutes)}. ` +
            'Raise maxUnavailable, split the change, or waive this finding with a reason.',
          loc: poolLoc(ctx, p, prefer),
          object: `MachineConfigPool/${p.name}`
        })
      );
    }
    const w = ctx.plan.windows;
    if (w.changed && w.estimate.minutes > maxMinutes) {
      out['rollout-too-long']!.push(
        finding('rollout-too-long', {
          message:
            `Windows nodes need about ${w.estimate.minutes} minutes to take this change (WMCO updates ${w.nodes} nodes one ` +
            `at a time, ${w.passes} pass${w.passes === 1 ? '' : 'es'}), over the team's limit of ${maxMinutes} minutes` +
            `${scopeNote(d.maxRolloutMinutes)}. Combine the mirror-set changes into fewer objects, or waive this finding.`,
          loc: changeSite(ctx) ?? policyLoc(ctx, ['disruption', 'maxRolloutMinutes'])
        })
      );
    }
  }
  const maxNodes = applies(ctx, d.maxRebootedNodes);
  if (typeof maxNodes === 'number') {
    const rebooting = pools.filter((p) => p.reboot);
    const total = rebooting.reduce((n, p) => n + p.nodes, 0);
    if (total > maxNodes) {
      out['too-many-reboots']!.push(
        finding('too-many-reboots', {
          message:
            `This change reboots ${total} nodes (${list(rebooting.map((p) => `${p.name}: ${p.nodes}`))}), over the team's ` +
            `limit of ${maxNodes}${scopeNote(d.maxRebootedNodes)}. Roll it out in a maintenance window, or waive this ` +
            'finding with a reason.',
          loc: changeSite(ctx, prefer) ?? policyLoc(ctx, ['disruption', 'maxRebootedNodes'])
        })
      );
    }
  }
  return out;
}

function stayPullable(ctx: RuleContext): Finding[] {
  if (!ctx.policy.workloadsMustStayPullable || !ctx.base) return [];
  // Workloads that became unpullable are already reported by the plan; these were broken before and stay so.
  return ctx.plan.workloads
    .filter((w) => !w.pullable && !w.pullableBefore)
    .map((w) =>
      finding('workload-unpullable', {
        message:
          `${w.workload} uses ${w.image}, which ${w.os} nodes could not pull before this change and still cannot after it` +
          `${w.note ? ` (${w.note})` : ''}. The team requires every workload to stay pullable ` +
          '(policy.workloadsMustStayPullable): fix the route for this image in the same change.',
        loc: { file: w.file, line: w.line },
        object: w.workload
      })
    );
}

export const teamRules: RuleModule = {
  checks: {
    'mirror-host-not-allowed': allowedMirrorHosts,
    'forbidden-host': forbiddenHosts,
    'never-contact-source-required': requireNeverContact,
    'insecure-registry-forbidden': noInsecure,
    'itms-forbidden': noItms,
    'icsp-forbidden': noIcsp,
    'disruption-reboot': (ctx) => disruption(ctx)['disruption-reboot']!,
    'disruption-drain': (ctx) => disruption(ctx)['disruption-drain']!,
    'rollout-too-long': (ctx) => disruption(ctx)['rollout-too-long']!,
    'too-many-reboots': (ctx) => disruption(ctx)['too-many-reboots']!,
    'workload-unpullable': stayPullable
  }
};
