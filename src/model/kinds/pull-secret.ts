/** openshift-config/pull-secret, when the repository carries it (a finding: it should not). */
import type { KindTable } from '../reader.js';
import type { Loc } from '../types.js';

function decodeBase64(v: string): string | undefined {
  if (!/^[A-Za-z0-9+/\s]*(?:=\s*){0,2}$/.test(v)) return undefined;
  return Buffer.from(v, 'base64').toString('utf8');
}

export const pullSecretKinds: KindTable = {
  Secret: (r, ctx) => {
    if (r.doc.namespace === 'openshift-config' && r.doc.name === 'pull-secret' && !ctx.isDuplicate(r)) {
      const values: Record<string, string> = {};
      const keyLocs: Record<string, Loc> = {};
      for (const [k, v] of Object.entries(r.object(['data']) ?? {})) {
        const dec = typeof v === 'string' ? decodeBase64(v) : undefined;
        if (dec !== undefined) values[k] = dec;
        keyLocs[k] = r.loc(['data', k]);
      }
      for (const [k, v] of Object.entries(r.object(['stringData']) ?? {})) {
        if (typeof v === 'string') values[k] = v;
        keyLocs[k] = r.loc(['stringData', k]);
      }
      ctx.model.pullSecret = { name: r.doc.name, namespace: r.doc.namespace, loc: r.loc(), values, keyLocs };
    }
  }
};
