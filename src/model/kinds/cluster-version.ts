/** ClusterVersion: the release image the payload rules protect, when the repository pins one. */
import type { KindTable } from '../reader.js';

export const clusterVersionKinds: KindTable = {
  ClusterVersion: (r, ctx) => {
    if (ctx.group !== 'config.openshift.io') return;
    const image = r.string(['spec', 'desiredUpdate', 'image']) ?? r.string(['status', 'desired', 'image']);
    if (image) {
      const path =
        r.get(['spec', 'desiredUpdate', 'image']) !== undefined
          ? ['spec', 'desiredUpdate', 'image']
          : ['status', 'desired', 'image'];
      ctx.model.clusterVersionImage = { image, loc: r.loc(path) };
    }
  }
};
