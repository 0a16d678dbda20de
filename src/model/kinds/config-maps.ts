/**
 * ConfigMaps that matter on nodes: those in openshift-config (additionalTrustedCA), MCO's drain override
 * and WMCO's BYOH windows-instances list. Every other ConfigMap is ignored.
 */
import { describe, type KindTable, type Reader } from '../reader.js';
import type { ConfigMapObject, Loc } from '../types.js';

export const WMCO_NAMESPACE = 'openshift-windows-machine-config-operator';
const MCO_NAMESPACE = 'openshift-machine-config-operator';

function configMap(r: Reader): ConfigMapObject {
  const data: Record<string, string> = {};
  const binaryData: Record<string, string> = {};
  const keyLocs: Record<string, Loc> = {};
  for (const field of ['data', 'binaryData'] as const) {
    const m = r.object([field]) ?? {};
    for (const [k, v] of Object.entries(m)) {
      if (typeof v !== 'string') {
        r.reject([field, k], `ConfigMap ${field} values must be strings, found ${describe(v)}`);
        continue;
      }
      (field === 'data' ? data : binaryData)[k] = v;
      keyLocs[k] = r.loc([field, k]);
    }
  }
  return { name: r.doc.name, namespace: r.doc.namespace, loc: r.loc(), data, binaryData, keyLocs };
}

export const configMapKinds: KindTable = {
  ConfigMap: (r, ctx) => {
    if (r.doc.namespace === 'openshift-config') {
      if (!ctx.isDuplicate(r)) ctx.model.openshiftConfigMaps[r.doc.name] = configMap(r);
    } else if (r.doc.namespace === MCO_NAMESPACE && r.doc.name === 'image-registry-override-drain') {
      ctx.model.overrideDrainConfigMap = r.loc();
    } else if (r.doc.namespace === WMCO_NAMESPACE && r.doc.name === 'windows-instances') {
      if (ctx.isDuplicate(r)) return;
      const cm = configMap(r);
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
