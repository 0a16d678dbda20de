import { KINDS } from './kinds/index.js';
import type { ManifestDoc } from './manifest.js';
import { nameProblem } from './object-name.js';
import { Reader } from './reader.js';
import { servedAt } from './served-kinds.js';
import { emptyModel, type ClusterModel, type Loc, type WorkloadImage } from './types.js';
import type { OcpVersion } from './version.js';

export { WMCO_NAMESPACE } from './kinds/config-maps.js';

const group = (apiVersion: string): string => (apiVersion.includes('/') ? apiVersion.split('/')[0]! : '');

/**
 * Builds one cluster's model from its manifests. Kinds are matched on kind and API group together:
 * an `Image` of another group (a Tekton or Crossplane kind, say) is not the cluster image config.
 */
export function buildModel(
  docs: ManifestDoc[],
  workloads: WorkloadImage[] = [],
  opts: { version?: OcpVersion } = {}
): ClusterModel {
  const model = emptyModel();
  model.workloads = workloads;
  const seen = new Map<string, Loc>();
  const dup = (r: Reader): boolean => {
    const id = `${r.doc.kind}/${r.doc.namespace}/${r.doc.name}`;
    const prev = seen.get(id);
    seen.set(id, r.loc());
    if (prev) {
      model.findings.push({
        rule: 'duplicate-object',
        severity: 'error',
        message: `${r.objectId} is declared twice (first at ${prev.file}:${prev.line}); only one can exist in the cluster and which one wins depends on apply order`,
        file: r.doc.file,
        line: r.doc.line,
        object: r.objectId
      });
      return true;
    }
    return false;
  };
  for (const doc of docs) {
    // An object the planned version does not serve never exists in the cluster: kind-check.ts reports it,
    // and the model leaves it out, so no renderer or rule describes an effect it cannot have.
    if (opts.version && servedAt(doc.kind, doc.apiVersion, opts.version)?.served === false) continue;
    const extract = Object.hasOwn(KINDS, doc.kind) ? KINDS[doc.kind] : undefined;
    if (extract && doc.name && rejectedName(doc, model.findings)) continue;
    extract?.(new Reader(doc, model.findings), {
      model,
      group: group(doc.apiVersion),
      isDuplicate: dup,
      ...(opts.version ? { version: opts.version } : {})
    });
  }
  return model;
}

/** A name the API server refuses: reported, and the object left out like any object the server refuses. */
function rejectedName(doc: ManifestDoc, findings: ClusterModel['findings']): boolean {
  const problem = nameProblem(doc.name);
  if (!problem) return false;
  findings.push({
    rule: 'api-rejected',
    severity: 'error',
    message: `${doc.kind} ${JSON.stringify(doc.name)}: metadata.name: Invalid value: ${problem}; the API server would refuse this object, so it never reaches a node`,
    file: doc.file,
    line: doc.line,
    object: `${doc.kind}/${doc.name}`
  });
  return true;
}
