import type { ClusterSettings, Settings } from '../config/settings.js';
import type { Finding, Loc, Severity } from '../model/types.js';
import type { SideResult } from '../plan/types.js';
import type { ClusterPlan } from '../plan/types.js';
import type { UpgradeSides } from '../plan/upgrade-plan.js';
import type { PolicyConfig } from '../config/policy-section.js';

export interface PolicyInput {
  plan: Omit<ClusterPlan, 'verdict'>;
  base?: SideResult;
  head: SideResult;
  cluster: ClusterSettings;
  settings: Settings;
  /** YYYY-MM-DD, injected so expiry is deterministic. */
  today: string;
  /** Repository paths whose content differs between base and head; limits with `paths` look at these. */
  changedPaths?: string[];
  /** The sides are at different OpenShift versions: the three rendered sides (plan/upgrade-plan.ts). */
  upgrade?: UpgradeSides;
}

/** What every rule sees: the input plus the cluster's effective team policy. */
export interface RuleContext extends PolicyInput {
  policy: PolicyConfig;
}

/** A rule family module: one function per rule id, each returning that rule's findings. */
export type RuleCheck = (ctx: RuleContext) => Finding[];

export interface RuleModule {
  checks: Record<string, RuleCheck>;
}

export interface Emit {
  severity?: Severity;
  message: string;
  loc: Loc;
  object?: string;
  /** What the finding is about when the rule reports it at several places (Finding.subject). */
  subject?: string;
}
