/**
 * The policy stage: every finding of one cluster, in one shape and one order. Findings of the earlier
 * stages (input, rendering, plan) flow through here with the built-in and team rules, so severity
 * overrides and waivers treat them all alike.
 */
import type { ClusterModel, Finding, Severity } from '../model/types.js';
import { RULES_BY_ID } from '../model/rule-catalog.js';
import type { Waiver } from '../config/policy-section.js';
import { icspDigestSourceRules } from './rules/icsp-digest-source.js';
import { mirrorSetRules } from './rules/mirror-sets.js';
import { pullCheckRules } from './rules/pull-checks.js';
import { registrySourceRules } from './rules/registry-sources.js';
import { searchRegistryRules } from './rules/search-registries.js';
import { signaturePolicyRules } from './rules/signature-policies.js';
import { teamRules } from './rules/team.js';
import { trustedCaRules } from './rules/trusted-ca.js';
import { upgradeRules } from './rules/upgrade.js';
import { windowsOrderingRules } from './rules/windows-ordering.js';
import type { PolicyInput, RuleContext, RuleModule } from './types.js';
import { annotationWaivers, expiredFinding, isExpired, waiverMatcher } from './waivers.js';

export type { PolicyInput } from './types.js';
export { RULE_CATALOG, RULES_BY_ID, ruleDocPath, type RuleInfo } from '../model/rule-catalog.js';

const MODULES: RuleModule[] = [
  registrySourceRules,
  trustedCaRules,
  searchRegistryRules,
  mirrorSetRules,
  icspDigestSourceRules,
  windowsOrderingRules,
  signaturePolicyRules,
  upgradeRules,
  teamRules,
  pullCheckRules
];
const RANK: Record<Severity, number> = { error: 0, warning: 1, notice: 2 };

/** The object a finding sits in, when the stage that emitted it did not say: the nearest object above its line. */
function inferObject(m: ClusterModel, f: Finding): string | undefined {
  const objects = [
    ...[...m.idms, ...m.itms, ...m.icsp].map((o) => ({ id: `${o.kind}/${o.name}`, loc: o.loc })),
    ...(m.image ? [{ id: `Image/${m.image.name}`, loc: m.image.loc }] : []),
    ...m.pools.map((p) => ({ id: `MachineConfigPool/${p.name}`, loc: p.loc })),
    ...m.machineSets.map((s) => ({ id: `MachineSet/${s.name}`, loc: s.loc })),
    ...(m.machineConfiguration ? [{ id: 'MachineConfiguration/cluster', loc: m.machineConfiguration.loc }] : [])
  ];
  let best: { id: string; line: number } | undefined;
  for (const o of objects) {
    if (o.loc.file !== f.file || o.loc.line > f.line) continue;
    if (!best || o.loc.line > best.line) best = { id: o.id, line: o.loc.line };
  }
  return best?.id;
}

const key = (f: Finding): string => JSON.stringify([f.rule, f.file, f.line, f.message]);

export function compareFindings(a: Finding, b: Finding): number {
  return (
    RANK[a.severity] - RANK[b.severity] ||
    (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) ||
    a.line - b.line ||
    (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0) ||
    (a.message < b.message ? -1 : a.message > b.message ? 1 : 0)
  );
}

/** Config waivers that belong to this cluster; a waiver without `cluster` is reported (if expired) with the first cluster only. */
function configWaivers(input: PolicyInput): { apply: Waiver[]; report: Waiver[] } {
  const all = (input.settings.waivers ?? []) as Waiver[];
  const first = (input.settings.clusters[0]?.name ?? input.cluster.name) === input.cluster.name;
  const apply = all.filter((w) => w.cluster === undefined || w.cluster === input.cluster.name);
  return { apply, report: apply.filter((w) => w.cluster !== undefined || first) };
}

/**
 * The complete, final findings of one cluster: the plan's, the built-in rules', the team's; severity
 * overrides applied ("off" removes a rule), waivers applied (the findings stay, marked), expired and
 * unusable waivers added as findings; sorted by severity, file, line and rule.
 */
export function applyPolicy(input: PolicyInput): Finding[] {
  const policy = input.cluster.policy;
  const ctx: RuleContext = { ...input, policy };
  const severities = policy.severities ?? {};
  const raw: Finding[] = [...input.plan.findings];
  for (const m of MODULES) {
    for (const [rule, check] of Object.entries(m.checks)) {
      if (severities[rule] === 'off') continue;
      raw.push(...check(ctx));
    }
  }

  const { apply, report } = configWaivers(input);
  const annotations = annotationWaivers(input.head.model, policy.allowAnnotationWaivers !== false);
  raw.push(...annotations.findings);
  const waivers = [...apply, ...annotations.waivers];
  for (const w of [...report, ...annotations.waivers]) if (isExpired(w, input.today)) raw.push(expiredFinding(w));
  const active = waivers.filter((w) => !isExpired(w, input.today)).map((w) => ({ w, matches: waiverMatcher(w) }));

  const seen = new Set<string>();
  const out: Finding[] = [];
  for (const original of raw) {
    const f: Finding = { ...original };
    if (!f.file && input.settings.configFile) {
      f.file = input.settings.configFile;
      f.line = Math.max(f.line, 1);
    }
    if (seen.has(key(f))) continue;
    seen.add(key(f));
    const info = RULES_BY_ID.get(f.rule);
    const override = info?.overridable !== false ? severities[f.rule] : undefined;
    if (override === 'off') continue;
    if (override) f.severity = override;
    else if (f.rule === 'workload-unpullable' && policy.workloadsMustStayPullable) f.severity = 'error';
    if (!f.object) {
      const inferred = inferObject(input.head.model, f);
      if (inferred) f.object = inferred;
    }
    if (info?.waivable !== false) {
      const hit = active.find((a) => a.matches(f));
      if (hit) f.waived = { reason: hit.w.reason, owner: hit.w.owner, expires: hit.w.expires };
    }
    out.push(f);
  }
  return out.sort(compareFindings);
}
