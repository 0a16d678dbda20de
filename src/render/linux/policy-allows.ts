import { BoundedMap } from '../../model/bounded-map.js';
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

/** One policy.json text: its parsed value, and the answer already given for each image. */
interface PolicyText {
  policy: unknown;
  answers: Map<string, boolean>;
}
const policies = new BoundedMap<string, PolicyText>(8);

/**
 * policy.json parsed once per text: a plan asks about every workload image of every cluster and side
 * against the same few texts (thousands of images on a monorepo), and the value is only read.
 */
function policyText(text: string): PolicyText {
  return policies.getOr(text, () => {
    let policy: unknown;
    try {
      policy = JSON.parse(text);
    } catch {
      policy = UNPARSABLE;
    }
    return { policy, answers: new Map() };
  });
}

/**
 * Whether policy.json lets a pull of `imageRef` through, evaluated on the requested (logical) name,
 * never on the mirror the bytes come from. `reject` refuses; `insecureAcceptAnything` accepts; signature
 * requirements are counted as allowing (the scope is not refused; signatures are not verified here).
 * An unparsable policy or an empty requirement list makes c/image refuse every pull.
 */
export function policyAllows(policyJsonText: string, imageRef: string): boolean {
  const { policy, answers } = policyText(policyJsonText);
  let allowed = answers.get(imageRef);
  if (allowed === undefined) answers.set(imageRef, (allowed = evaluatePolicy(policy, imageRef)));
  return allowed;
}

function evaluatePolicy(policy: unknown, imageRef: string): boolean {
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
