// renderLinux end to end: payload handling, error locations, certs.d.
import { describe, expect, it } from '@jest/globals';
import { parseOcpVersion } from '../../../src/model/version.js';
import { renderLinux } from '../../../src/render/linux/index.js';
import { certsDFiles, goBase64Decode } from '../../../src/render/linux/certs-d.js';
import { modelFromCase } from './case-model.js';

const V = parseOcpVersion('4.19')!;
const RELEASE = 'quay.io/openshift-release-dev/ocp-release@sha256:' + 'c'.repeat(64);

describe('payload registry', () => {
  it('blocking the payload registry without a mirror is dropped with a warning, and rendering continues', () => {
    const out = renderLinux(modelFromCase({ blocked: ['quay.io', 'bad.io'] }), { version: V, releaseImage: RELEASE });
    expect(out.errors).toEqual([]);
    expect(out.warnings).toEqual([
      {
        component: 'mco',
        message:
          'error adding ["quay.io"] to blocked registries, cannot block the repository being used by the payload, skipping....',
        file: 'image.yaml',
        line: 100
      }
    ]);
    expect(out.registriesConf.content).toContain('location = "bad.io"\n  blocked = true\n');
    expect(out.registriesConf.content).not.toContain('"quay.io"');
    expect(out.registrySources).toEqual({
      registriesBlocked: ['bad.io'],
      policyBlocked: ['bad.io'],
      allowed: undefined
    });
  });

  it('with a digest mirror for the payload the block stays, and the payload repository is allowed in policy.json', () => {
    const out = renderLinux(
      modelFromCase({
        blocked: ['quay.io'],
        idms: [
          { spec: { imageDigestMirrors: [{ source: 'quay.io/openshift-release-dev', mirrors: ['mirror.corp/ocp'] }] } }
        ]
      }),
      { version: V, releaseImage: RELEASE }
    );
    expect(out.errors).toEqual([]);
    expect(out.registrySources).toEqual({
      registriesBlocked: ['quay.io'],
      policyBlocked: ['quay.io'],
      allowed: ['quay.io/openshift-release-dev/ocp-release']
    });
    expect(JSON.parse(out.policyJson.content).transports.docker).toEqual({
      'quay.io': [{ type: 'reject' }],
      'quay.io/openshift-release-dev/ocp-release': [{ type: 'insecureAcceptAnything' }]
    });
  });

  it('an unparsable release image fails the sync', () => {
    const out = renderLinux(modelFromCase({ insecure: ['x.io'] }), { version: V, releaseImage: 'Not-A-Ref' });
    expect(out.errors.map((e) => e.message)).toEqual(['error parsing reference of release image']);
  });
});

describe('errors point at the responsible entry', () => {
  it('an invalid mirror names the mirror line', () => {
    const out = renderLinux(modelFromCase({ idms: [{ source: 'q.io/a', mirrors: ['ok.io/a', 'BAD_/x'] }] }), {
      version: V,
      releaseImage: ''
    });
    expect(out.errors).toEqual([
      { component: 'mco', message: 'invalid format for mirror "BAD_/x"', file: 'case.yaml', line: 22 }
    ]);
    expect(out.files.map((f) => f.origin)).toEqual(['template', 'template']);
  });
  it('an invalid insecure entry names the list item', () => {
    const out = renderLinux(modelFromCase({ insecure: ['ok.io', '*bad.io'] }), { version: V, releaseImage: '' });
    expect(out.errors).toEqual([
      { component: 'mco', message: 'invalid entry for insecure registries "*bad.io"', file: 'image.yaml', line: 101 }
    ]);
  });
});

describe('certs.d', () => {
  const cm = (data: Record<string, string>, binaryData: Record<string, string> = {}) => ({
    name: 'registry-cas',
    namespace: 'openshift-config',
    loc: { file: 'cm.yaml', line: 1 },
    data,
    binaryData,
    keyLocs: {}
  });
  const PEM = '-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n';

  it('writes one ca.crt per key, ".." meaning ":", keys sorted, base64 data decoded and PEM kept raw', () => {
    const files = certsDFiles(
      cm(
        { 'z.example.com': PEM, 'registry.example.com..5000': Buffer.from(PEM).toString('base64') },
        { 'b.io': Buffer.from('BIN').toString('base64') }
      )
    );
    expect(files).toEqual([
      { node: 'linux', path: '/etc/docker/certs.d/b.io/ca.crt', content: 'BIN', origin: 'generated' },
      {
        node: 'linux',
        path: '/etc/docker/certs.d/registry.example.com:5000/ca.crt',
        content: PEM,
        origin: 'generated'
      },
      { node: 'linux', path: '/etc/docker/certs.d/z.example.com/ca.crt', content: PEM, origin: 'generated' }
    ]);
  });

  it('certs are written even when MCO rejects the configuration', () => {
    const model = modelFromCase({ insecure: [''] });
    model.image!.additionalTrustedCA = 'registry-cas';
    model.openshiftConfigMaps['registry-cas'] = cm({ 'a.io': PEM });
    const out = renderLinux(model, { version: V, releaseImage: '' });
    expect(out.errors).toHaveLength(1);
    expect(out.certs.map((f) => f.path)).toEqual(['/etc/docker/certs.d/a.io/ca.crt']);
    expect(out.files).toContain(out.certs[0]);
  });

  it('base64 acceptance follows Go StdEncoding', () => {
    expect(goBase64Decode('YWJj')?.toString()).toBe('abc');
    expect(goBase64Decode('YWJjZA==')?.toString()).toBe('abcd');
    expect(goBase64Decode('YWJjZA')).toBeUndefined();
    expect(goBase64Decode('not base64!')).toBeUndefined();
  });
});
