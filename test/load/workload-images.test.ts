import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { Lines } from '../../src/load/lines.js';
import { scanWorkloadImages } from '../../src/load/workload-images.js';

const deployment = [
  'apiVersion: apps/v1',
  'kind: Deployment',
  'metadata:',
  '  name: web',
  'spec:',
  '  template:',
  '    spec:',
  '      nodeSelector: {kubernetes.io/os: windows}',
  '      containers:',
  '      - name: app',
  '        image: quay.io/team/app:1.0',
  '      - {name: side, image: "registry.example.com/side@sha256:' + 'a'.repeat(64) + '"}',
  '---',
  'kind: Pod',
  'metadata: {name: solo}',
  'spec:',
  '  containers:',
  '  - image: docker.io/library/busybox'
];

describe('scanWorkloadImages', () => {
  it('finds each image with its line, workload, container and OS', () => {
    expect(scanWorkloadImages('f.yaml', deployment.join('\n'))).toEqual([
      {
        image: 'quay.io/team/app:1.0',
        file: 'f.yaml',
        line: 11,
        workload: 'Deployment/web',
        container: 'app',
        windows: true
      },
      {
        image: `registry.example.com/side@sha256:${'a'.repeat(64)}`,
        file: 'f.yaml',
        line: 12,
        workload: 'Deployment/web',
        container: 'side',
        windows: true
      },
      {
        image: 'docker.io/library/busybox',
        file: 'f.yaml',
        line: 18,
        workload: 'Pod/solo',
        container: '',
        windows: false
      }
    ]);
  });

  // Lines are cut one at a time (not by split) for speed: CRLF, lone CRs and a last line with or without
  // a newline must come out exactly as split(/\r?\n/) cuts them.
  it('cuts lines as split(/\\r?\\n/) does', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('a', ' ', '\r', '\n', '\r\n', 'é') }), (text) => {
        const got: string[] = [];
        const lines = new Lines(text);
        for (let line = lines.next(); line !== undefined; line = lines.next()) got.push(line);
        expect(got).toEqual(text.split(/\r?\n/));
      }),
      { numRuns: 1000 }
    );
  });
});
