/**
 * What `plan --check-pulls` found out by asking the registries (docs/check-pulls.md). Pure types: the
 * checker (src/check/, an I/O edge) produces them, the plan, the policy and the report read them. The endpoint
 * notation is the plan's own: `host[:port]/repository`, no scheme, no tag or digest.
 */

/** What one endpoint answered, or why it could not be asked. */
export type AttemptOutcome = 'served' | 'missing' | 'denied' | 'unreachable';

/** The result of one reference: the first three are what the registries said; the rest say why not asked. */
export type PullCheckResult = 'served' | 'missing' | 'unreachable' | 'denied' | 'not-checked';

export interface PullAttempt {
  endpoint: string;
  outcome: AttemptOutcome;
  /** A fixed phrase (never registry or client text): "manifest unknown", "connection refused", ... */
  detail?: string;
}

export interface PullCheck {
  result: PullCheckResult;
  /** The endpoint that served the manifest. */
  from?: string;
  /** Every endpoint the client tried, in order (for a reference not run: the route it would take). */
  tried: string[];
  /** What was asked for: a digest is what the node pulls; a tag says only that the tag exists now. */
  by: 'digest' | 'tag';
  /** Why the result is what it is, in a fixed phrase. */
  detail?: string;
  /** Per endpoint, what it answered. */
  attempts?: PullAttempt[];
  /** The endpoint that served is a mirror (false: the source served it). */
  fromMirror?: boolean;
  /** The route includes the source registry itself (not blocked, no NeverContactSource). */
  sourceAllowed?: boolean;
}

/** One reference to check. */
export interface PullCheckItem {
  image: string;
  os: 'linux' | 'windows';
}

export interface UnreachableEndpoint {
  /** host[:port] */
  host: string;
  detail: string;
  /** How many references the host left unanswered. */
  references: number;
}

export interface PullCheckSummary {
  /** Distinct references asked (after deduplication) and how many ran the client. */
  references: number;
  clientRuns: number;
  cached: number;
  elapsedMs: number;
  /** The total budget ran out: the remaining references say `not-checked`. */
  budgetExhausted: boolean;
  unreachable: UnreachableEndpoint[];
  /** Why some or all references were not checked (no skopeo, no ctr, budget). */
  notChecked: string[];
}

/** `--check-pulls`: which references to ask about. */
export type CheckPullsMode = 'changed' | 'all';
