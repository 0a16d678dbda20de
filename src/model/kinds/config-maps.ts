/**
 * ConfigMaps that matter on nodes: those in openshift-config (additionalTrustedCA), MCO's drain override
 * and WMCO's BYOH windows-instances list. Every other ConfigMap is ignored.
 */
import { describe, type KindTable, type Reader } from '../reader.js';
import { configMapKeyProblem } from '../configmap-keys.js';
import type { ConfigMapObject, Loc } from '../types.js';

export const WMCO_NAMESPACE = 'openshift-windows-machine-config-operator';
const MCO_NAMESPACE = 'openshift-machine-config-operator';

/** A ConfigMap, or undefined when the API server would refuse it for its keys (each bad key is reported). */
function configMap(r: Reader): ConfigMapObject | undefined {
  const data: Record<string, string> = {};
  const binaryData: Record<string, string> = {};
  const keyLocs: Record<string, Loc> = {};
  let refused = false;
  for (const field of ['data', 'binaryData'] as const) {
    const m = r.object([field]) ?? {};
    for (const [k, v] of Object.entries(m)) {
      const problem =
        configMapKeyProblem(k) ?? (field === 'binaryData' && k in data ? 'duplicate of a data key' : undefined);
      if (problem) {
        r.reject(
          [field, k],
          `key ${JSON.stringify(k)} is refused (${problem}); the API server would refuse this ConfigMap, so nothing is rendered from it`
        );
        refused = true;
        continue;
      }
      if (typeof v !== 'string') {
        r.reject([field, k], `ConfigMap ${field} values must be strings, found ${describe(v)}`);
        continue;
      }
      (field === 'data' ? data : binaryData)[k] = v;
      keyLocs[k] = r.loc([field, k]);
    }
  }
  if (refused) return undefined;
  return { name: r.doc.name, namespace: r.doc.namespace, loc: r.loc(), data, binaryData, keyLocs };
}

export const configMapKinds: KindTable = {
  ConfigMap: (r, ctx) => {
    if (r.doc.namespace === 'openshift-config') {
      const cm = ctx.isDuplicate(r) ? undefined : configMap(r);
      if (cm) ctx.model.openshiftConfigMaps[r.doc.name] = cm;
    } else if (r.doc.namespace === MCO_NAMESPACE && r.doc.name === 'image-registry-override-drain') {
      ctx.model.overrideDrainConfigMap = r.loc();
    } else if (r.doc.namespace === WMCO_NAMESPACE && r.doc.name === 'windows-instances') {
      const cm = ctx.isDuplicate(r) ? undefined : configMap(r);
      if (!cm) return;
      ctx.model.windowsInstances = {
        loc: cm.loc,
        instances: Object.entries(cm.data).map(([address, value]) => ({
          address,
          value,
          loc: cm.keyLocs[address]!
        }))
      };
    }
  }
};
