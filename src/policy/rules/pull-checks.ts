/**
 * Rules on what `--check-pulls` found (docs/check-pulls.md): the plan's workloads carry the registries'
 * answers (`check`), and these rules turn them into findings. Pure: the asking happened at the edge
 * (src/check/), before the policy stage.
 */
import type { Finding } from '../../model/types.js';
import type { PullCheck } from '../../model/pull-check.js';
import type { WorkloadPlan } from '../../plan/types.js';
import type { RuleContext, RuleModule } from '../types.js';
import { finding, hostOf, list } from './helpers.js';

type Checked = WorkloadPlan & { check: PullCheck };

function checkedWorkloads(ctx: RuleContext): Checked[] {
  return [...ctx.plan.workloads, ...(ctx.plan.checkedUnchanged ?? [])].filter((w): w is Checked => !!w.check);
}

const at = (w: WorkloadPlan) => ({ file: w.file, line: w.line });
const what = (c: PullCheck): string => (c.by === 'digest' ? 'by digest' : 'by tag (a tag was checked, not a digest)');

/** Every mirror asked before the server answered "not here": the source served what no mirror holds. */
function servedAroundMirrors(c: PullCheck): boolean {
  if (c.result !== 'served' || c.fromMirror !== false) return false;
  const before = (c.attempts ?? []).filter((a) => a.endpoint !== c.from);
  return before.length > 0 && before.every((a) => a.outcome === 'missing');
}

function notMirrored(ctx: RuleContext): Finding[] {
  const out: Finding[] = [];
  const seen = new Set<string>();
  for (const w of checkedWorkloads(ctx)) {
    const c = w.check;
    const key = `${w.os}\0${w.image}\0${w.file}\0${w.line}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const cutOff = c.sourceAllowed === false || ctx.policy.disconnected === true;
    const why =
      c.sourceAllowed === false
        ? 'the node never contacts the source (NeverContactSource or a blocked source), so the pull fails'
        : ctx.policy.disconnected === true
          ? 'the cluster is disconnected (policy.disconnected), so the pull fails'
          : 'the node falls back to the source, which a disconnected or restricted cluster cannot reach';
    if (c.result === 'missing') {
      out.push(
        finding('image-not-mirrored', {
          severity: cutOff ? 'error' : 'warning',
          message:
            `${w.image} (${w.workload}, ${w.os}) was checked ${what(c)}: no endpoint serves it after this change ` +
            `(asked: ${list(c.tried) || 'none'}). ${why}. Mirror the image before merging, or fix the mirror path.`,
          loc: at(w)
        })
      );
    } else if (servedAroundMirrors(c)) {
      out.push(
        finding('image-not-mirrored', {
          severity: ctx.policy.disconnected === true ? 'error' : 'warning',
          message:
            `${w.image} (${w.workload}, ${w.os}) was checked ${what(c)}: no mirror holds it (asked: ` +
            `${list(c.tried.filter((t) => t !== c.from))}); only the source ${c.from} served it. ` +
            `${ctx.policy.disconnected === true ? 'The cluster is disconnected (policy.disconnected), so the pull fails' : 'Nodes pull it from the source, past the mirrors'}. Mirror the image before merging.`,
          loc: at(w)
        })
      );
    }
  }
  return out;
}

/** One finding per host that could not answer, per kind of gap; never one per reference. */
function incomplete(ctx: RuleContext): Finding[] {
  const byHost = new Map<string, { outcome: string; detail: string; refs: number; first: WorkloadPlan }>();
  const notChecked = new Map<string, { refs: number; first: WorkloadPlan }>();
  for (const w of checkedWorkloads(ctx)) {
    const c = w.check;
    if (c.result === 'not-checked') {
      const why = c.detail ?? 'not checked';
      const n = notChecked.get(why);
      if (n) n.refs++;
      else notChecked.set(why, { refs: 1, first: w });
      continue;
    }
    if (c.result !== 'unreachable' && c.result !== 'denied') continue;
    const a = (c.attempts ?? []).find((x) => x.outcome === c.result) ?? { endpoint: c.tried[0] ?? '?', detail: '' };
    const host = hostOf(a.endpoint);
    const h = byHost.get(host);
    if (h) h.refs++;
    else byHost.set(host, { outcome: c.result, detail: a.detail ?? '', refs: 1, first: w });
  }
  const out: Finding[] = [];
  for (const [host, h] of [...byHost].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const message =
      h.outcome === 'denied'
        ? `The pull check could not see into ${host}: it refused access (${h.detail || 'denied'}), so ${h.refs} reference(s) ` +
          'are unverified. Give the check read credentials (--authfile, action input check-authfile).'
        : `The pull check could not reach ${host} from this runner (${h.detail || 'unreachable'}), so ${h.refs} reference(s) ` +
          'are unverified. A GitHub-hosted runner cannot see a private mirror: run the job on a self-hosted runner inside the network.';
    out.push(finding('pull-check-incomplete', { message, loc: at(h.first) }));
  }
  for (const [why, n] of notChecked) {
    const noSkopeo = why === 'skopeo is not installed';
    out.push(
      finding('pull-check-incomplete', {
        severity: noSkopeo ? 'error' : undefined,
        message:
          `${n.refs} reference(s) were not checked: ${why}.` +
          (noSkopeo
            ? ' Install the Debian/Ubuntu package "skopeo" (apt-get install skopeo); GitHub-hosted Ubuntu runners have it.'
            : why === 'ctr is not installed'
              ? ' Windows pulls were not checked: install the package "containerd" for ctr.'
              : why === 'time budget exhausted'
                ? ' Raise --check-budget (action input check-budget).'
                : ''),
        loc: at(n.first)
      })
    );
  }
  return out;
}

export const pullCheckRules: RuleModule = {
  checks: {
    'image-not-mirrored': notMirrored,
    'pull-check-incomplete': incomplete
  }
};
