/**
 * Remote references in kustomization files, found by reading them rather than by trusting the network
 * cut. kustomize's file loader fetches any `http(s)://` path it is given (patches, generator `files`,
 * `openapi.path`, replacements, transformer configs, …), not only remote bases, and Go's proxy settings
 * never apply to 127.0.0.1: without a network namespace, only refusing to build keeps it offline.
 */
import { isScalar, LineCounter, parseDocument, visit } from 'yaml';

export interface RemoteReference {
  line: number;
  value: string;
}

export interface RemoteScan {
  refs: RemoteReference[];
  /** false when the text could not be read as YAML: nothing can be said about what it fetches. */
  readable: boolean;
}

const SCHEME = /^[a-z][a-z0-9+.-]*:\/\//i;
const GIT_HOSTS = /^(?:git@|git::|ssh:|github\.com\/|gitlab\.com\/|bitbucket\.org\/)/i;

/** A value kustomize may resolve over the network: a URL, a Git remote, or `key=URL` (generator files). */
export function looksRemote(value: string): boolean {
  const target = value.slice(value.indexOf('=') + 1).trim();
  return (
    value.includes('://') ||
    SCHEME.test(target) ||
    GIT_HOSTS.test(target) ||
    /[?&]ref=/.test(value) ||
    target.startsWith('//')
  );
}

/** Every string value of a kustomization (or transformer/generator config) that could be fetched. */
export function scanRemoteReferences(text: string): RemoteScan {
  const lines = new LineCounter();
  const doc = parseDocument(text, { uniqueKeys: false, lineCounter: lines });
  if (doc.errors.length) return { refs: [], readable: false };
  const refs: RemoteReference[] = [];
  visit(doc, {
    Scalar(_key, node) {
      if (isScalar(node) && typeof node.value === 'string' && looksRemote(node.value)) {
        refs.push({ line: node.range ? lines.linePos(node.range[0]).line : 1, value: node.value });
      }
    }
  });
  return { refs, readable: true };
}
