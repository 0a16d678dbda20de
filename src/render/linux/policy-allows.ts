import { logicalReference } from './pull-sources.js';
import { referenceName, type DockerReference } from './docker-reference.js';

type Requirement = { type?: unknown };

/** c/image DockerReferenceNamespaces: repository, parent namespaces, host[:port], then `*.` domains. */
export function dockerReferenceNamespaces(ref: DockerReference): string[] {
  const res: string[] = [];
  let name = referenceName(ref);
  for (;;) {
    res.push(name);
    const slash = name.lastIndexOf('/');
    if (slash === -1) break;
    name = name.slice(0, slash);
  }
  const colon = name.indexOf(':');
  if (colon !== -1) name = name.slice(0, colon);
  for (;;) {
    const dot = name.indexOf('.');
    if (dot === -1) break;
    name = name.slice(dot + 1);
    res.push('*.' + name);
  }
  return res;
}

/** The requirements c/image's PolicyContext picks for a docker-transport image. */
export function policyRequirementsFor(policy: unknown, imageRef: string): Requirement[] | undefined {
  const p = policy as { default?: Requirement[]; transports?: Record<string, Record<string, Requirement[]>> };
  const ref = logicalReference(imageRef);
  const identity = referenceName(ref) + (ref.digest !== undefined ? `@${ref.digest}` : `:${ref.tag}`);
  const scopes = p.transports?.['docker'];
  if (scopes) {
    for (const scope of [identity, ...dockerReferenceNamespaces(ref), '']) {
      if (Object.prototype.hasOwnProperty.call(scopes, scope)) return scopes[scope];
    }
  }
  return p.default;
}

const UNPARSABLE = Symbol('unparsable');
const parsedPolicies = new Map<string, unknown>();

/**
 * policy.json parsed once per text: a plan asks about every workload image of both sides against the
 * same files (thousands on a monorepo), alternating between the sides' texts, and the value is only read.
 */
function parsedPolicy(text: string): unknown {
  if (parsedPolicies.has(text)) return parsedPolicies.get(text);
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    value = UNPARSABLE;
  }
  if (parsedPolicies.size >= 8) parsedPolicies.clear();
  parsedPolicies.set(text, value);
  return value;
}

/**
 * Whether policy.json lets a pull of `imageRef` through, evaluated on the requested (logical) name,
 * never on the mirror the bytes come from. `reject` refuses; `insecureAcceptAnything` accepts; signature
 * requirements are counted as allowing (the scope is not refused; signatures are not verified here).
 * An unparsable policy or an empty requirement list makes c/image refuse every pull.
 */
export function policyAllows(policyJsonText: string, imageRef: string): boolean {
  // Every cluster and side with the same policy.json asks the same question of the same images.
  let answers = policyAnswers.get(policyJsonText);
  if (!answers) {
    if (policyAnswers.size >= 8) policyAnswers.clear();
    policyAnswers.set(policyJsonText, (answers = new Map()));
  }
  let allowed = answers.get(imageRef);
  if (allowed === undefined) answers.set(imageRef, (allowed = evaluatePolicy(policyJsonText, imageRef)));
  return allowed;
}

const policyAnswers = new Map<string, Map<string, boolean>>();

function evaluatePolicy(policyJsonText: string, imageRef: string): boolean {
  const policy = parsedPolicy(policyJsonText);
  if (policy === UNPARSABLE) return false;
  let reqs: Requirement[] | undefined;
  try {
    reqs = policyRequirementsFor(policy, imageRef);
  } catch {
    return false;
  }
  if (!Array.isArray(reqs) || reqs.length === 0) return false;
  return reqs.every((r) => r && r.type !== 'reject');
}
