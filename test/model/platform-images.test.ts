import { describe, expect, it } from '@jest/globals';
import { DEFAULT_LIMITS } from '../../src/load/limits.js';
import { parseManifests } from '../../src/load/yaml-documents.js';
import { platformImages } from '../../src/model/platform-images.js';

const docs = (text: string) => parseManifests('p.yaml', text, DEFAULT_LIMITS).docs;
const D = 'sha256:' + 'a'.repeat(64);

describe('platformImages', () => {
  it('reads the release image, catalogs, update service and pinned images with object, field and line', () => {
    const imgs = platformImages(
      docs(`apiVersion: config.openshift.io/v1
kind: ClusterVersion
metadata: {name: version}
spec:
  desiredUpdate:
    image: quay.io/openshift-release-dev/ocp-release@${D}
---
apiVersion: operators.coreos.com/v1alpha1
kind: CatalogSource
metadata: {name: cs-redhat-operator-index, namespace: openshift-marketplace}
spec:
  image: mirror.example.com/redhat/redhat-operator-index:v4.20
  sourceType: grpc
---
apiVersion: updateservice.operator.openshift.io/v1
kind: UpdateService
metadata: {name: update-service-oc-mirror, namespace: openshift-update-service}
spec:
  graphDataImage: mirror.example.com/openshift/graph-image@${D}
  releases: mirror.example.com/openshift/release-images
  replicas: 2
---
apiVersion: machineconfiguration.openshift.io/v1
kind: PinnedImageSet
metadata: {name: pins}
spec:
  pinnedImages:
  - name: quay.io/openshift-release-dev/ocp-v4.0-art-dev@${D}
---
apiVersion: olm.operatorframework.io/v1
kind: ClusterCatalog
metadata: {name: cc-redhat-operator-index-v4-20}
spec:
  source:
    type: Image
    image: {ref: mirror.example.com/redhat/redhat-operator-index:v4.20}
---
apiVersion: tekton.dev/v1
kind: CatalogSource
metadata: {name: not-olm}
spec: {image: x.example.com/y:1}
`),
      'quay.io/openshift-release-dev/ocp-release@sha256:' + 'b'.repeat(64)
    );
    expect(
      imgs.map((i) => [i.platform.object, i.platform.field, i.line, i.platform.pulledBy, i.image.split('@')[0]])
    ).toEqual([
      ['ClusterVersion/version', 'spec.desiredUpdate.image', 6, 'node', 'quay.io/openshift-release-dev/ocp-release'],
      [
        'CatalogSource/cs-redhat-operator-index',
        'spec.image',
        12,
        'node',
        'mirror.example.com/redhat/redhat-operator-index:v4.20'
      ],
      [
        'UpdateService/update-service-oc-mirror',
        'spec.graphDataImage',
        19,
        'node',
        'mirror.example.com/openshift/graph-image'
      ],
      [
        'UpdateService/update-service-oc-mirror',
        'spec.releases',
        20,
        'registry-client',
        'mirror.example.com/openshift/release-images'
      ],
      [
        'PinnedImageSet/pins',
        'spec.pinnedImages[0].name',
        28,
        'node',
        'quay.io/openshift-release-dev/ocp-v4.0-art-dev'
      ],
      [
        'ClusterCatalog/cc-redhat-operator-index-v4-20',
        'spec.source.image.ref',
        36,
        'node',
        'mirror.example.com/redhat/redhat-operator-index:v4.20'
      ]
    ]);
  });
  it('falls back to the configured release image only when it is a reference and no ClusterVersion names one', () => {
    expect(platformImages([], `quay.io/openshift-release-dev/ocp-release@${D}`)).toEqual([
      expect.objectContaining({
        workload: 'release image (settings)',
        platform: expect.objectContaining({ field: 'releaseImage' })
      })
    ]);
    expect(platformImages([], 'quay.io/openshift-release-dev/ocp-release')).toEqual([]);
    expect(platformImages([], 'registry.local:5000/ocp/release')).toEqual([]);
  });
  it('skips templated values', () => {
    expect(
      platformImages(
        docs(
          `apiVersion: operators.coreos.com/v1alpha1\nkind: CatalogSource\nmetadata: {name: c}\nspec: {image: "{{ .Values.index }}"}\n`
        )
      )
    ).toEqual([]);
  });
});
