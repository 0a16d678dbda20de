// renderWindows beyond the vendored vectors: ports and wildcards, duplicates, empty files, policy fold
// across kinds, the pull secret (rendered, redacted, rejected), WMCO versions, and containerd's view.
import { describe, expect, it } from '@jest/globals';
import { parseWmcoVersion } from '../../../src/model/version.js';
import {
  containerdHostsFor,
  extractRegistryHostname,
  parseImageRef,
  pullSecretFromAuths,
  renderWindows,
  windowsPullEndpoints
} from '../../../src/render/windows/index.js';
import { idms, modelFromVector } from './helpers.js';

const v = (s: string) => parseWmcoVersion(s)!;

describe('extractRegistryHostname emulates Go url.Parse', () => {
  it.each([
    ['https://source1.local:5000', 'source1.local:5000'],
    ['docker://mcr.microsoft.com/oss/kubernetes/pause', 'mcr.microsoft.com'],
    ['quay.io/a/b', 'quay.io'],
    ['registry.local:5000/x', 'registry.local:5000'],
    ['10.0.0.1:5000/x', '10.0.0.1:5000'],
    ['*.redhat.io', '*.redhat.io'],
    ['https://user:pw@h.io:443/x', 'h.io:443'],
    ['https://[::1]:5000/x', '::1:5000'],
    // An invalid port makes url.Parse fail: WMCO falls back to the text before the first "/".
    ['https://host:abc/x', 'https:']
  ])('%s -> %s', (input, expected) => {
    expect(extractRegistryHostname(input)).toBe(expected);
  });
});

describe('parseImageRef normalises like the CRI', () => {
  it.each([
    ['nginx', { registry: 'docker.io', repository: 'library/nginx', tag: 'latest' }],
    ['quay.io/a/b:1', { registry: 'quay.io', repository: 'a/b', tag: '1' }],
    ['localhost:5000/x', { registry: 'localhost:5000', repository: 'x', tag: 'latest' }],
    ['r.io/a@sha256:abc', { registry: 'r.io', repository: 'a', digest: 'sha256:abc' }],
    ['index.docker.io/user/app:2', { registry: 'docker.io', repository: 'user/app', tag: '2' }]
  ])('%s', (ref, expected) => {
    expect(parseImageRef(ref)).toEqual(expected);
  });
});

describe('containerd pull prediction', () => {
  it('appends the full repository and ?ns= for hosts other than the source (spec §3.7 example)', () => {
    const content =
      'server = "https://mcr.microsoft.com/v2"\n\noverride_path = true\n\n' +
      '[host."https://mirror.local:5000/v2/custom"]\n  capabilities = ["pull", "resolve"]\n  override_path = true\n';
    expect(containerdHostsFor(content, 'mcr.microsoft.com/oss/kubernetes/pause:3.9').endpoints).toEqual([
      'https://mirror.local:5000/v2/custom/oss/kubernetes/pause/manifests/3.9?ns=mcr.microsoft.com',
      'https://mcr.microsoft.com/v2/oss/kubernetes/pause/manifests/3.9'
    ]);
  });

  it('skips digest-only (IDMS) mirrors for tag pulls but uses them for digest pulls, then blobs as fallback', () => {
    const render = renderWindows(idms([{ source: 'quay.io/ns/app', mirrors: ['m.io/ns/app'] }]), { redact: true });
    const tag = windowsPullEndpoints(render.files, 'quay.io/ns/app:1');
    expect(tag.endpoints).toEqual(['https://quay.io/v2/ns/app/manifests/1']);
    const dg = windowsPullEndpoints(render.files, 'quay.io/ns/app@sha256:0123');
    expect(dg.endpoints).toEqual([
      'https://m.io/v2/ns/app/manifests/sha256:0123?ns=quay.io',
      'https://quay.io/v2/ns/app/manifests/sha256:0123'
    ]);
    expect(dg.blobFallback[0]).toBe('https://m.io/v2/ns/app/blobs/sha256:0123?ns=quay.io');
  });

  it('NeverContactSource resolves tags through the server line, which is the first mirror (e2e-04 shape)', () => {
    const render = renderWindows(
      idms([
        { source: 'quay.io/ns/app', mirrors: ['z.io/ns/app', 'a.io/ns/app'], mirrorSourcePolicy: 'NeverContactSource' }
      ]),
      { redact: true }
    );
    const tag = windowsPullEndpoints(render.files, 'quay.io/ns/app:1');
    expect(tag.endpoints).toEqual(['https://a.io/v2/ns/app/manifests/1?ns=quay.io']);
    const dg = windowsPullEndpoints(render.files, 'quay.io/other@sha256:1');
    expect(dg.endpoints).toEqual([
      'https://a.io/v2/other/manifests/sha256:1?ns=quay.io',
      'https://z.io/v2/other/manifests/sha256:1?ns=quay.io',
      'https://a.io/v2/other/manifests/sha256:1?ns=quay.io'
    ]);
  });

  it('never reads the host:port directory WMCO writes (containerd 1.7 on Windows looks for host_port_)', () => {
    const render = renderWindows(idms([{ source: 'source1.local:5000/x', mirrors: ['m.io/x'] }]), { redact: true });
    expect(render.files.map((f) => f.path)).toEqual(['C:\\k\\containerd\\registries\\source1.local:5000\\hosts.toml']);
    const pull = windowsPullEndpoints(render.files, 'source1.local:5000/x@sha256:1');
    expect(pull.hostsTomlUsed).toBeNull();
    expect(pull.endpoints).toEqual(['https://source1.local:5000/v2/x/manifests/sha256:1']);
  });

  it('ignores a file without [host] tables, server line and all (containerd 1.6/1.7 "invalid `host` tree")', () => {
    const r = containerdHostsFor('server = "http://127.0.0.1:5003"\n', 'quay.io/oss/kubernetes/pause:3.9');
    expect(r.tomlValid).toBe(false);
    expect(r.endpoints).toEqual(['https://quay.io/v2/oss/kubernetes/pause/manifests/3.9']);
  });

  it('maps Docker Hub to registry-1.docker.io only when no file applies', () => {
    expect(windowsPullEndpoints([], 'nginx').endpoints).toEqual([
      'https://registry-1.docker.io/v2/library/nginx/manifests/latest'
    ]);
  });

  it('appends /v2 after the org path for legacy files (OCPBUGS-47696)', () => {
    const content =
      'server = "https://r.io"\r\n\r\n[host."https://m.io/org"]\r\n  capabilities = ["pull", "resolve"]\r\n';
    expect(containerdHostsFor(content, 'r.io/a:1').endpoints).toEqual([
      'https://m.io/org/v2/a/manifests/1?ns=r.io',
      'https://r.io/v2/a/manifests/1'
    ]);
  });
});

describe('registry-level merge effects', () => {
  it('writes duplicate tables for one entry whose mirrors truncate alike, which containerd rejects (e2e-10 shape)', () => {
    const render = renderWindows(idms([{ source: 'quay.io/a/img', mirrors: ['m.io/x/a/img', 'm.io/x/img'] }]), {
      redact: true
    });
    const content = render.files[0]!.content;
    expect(content.split('[host."https://m.io/v2/x"]').length - 1).toBe(2);
    const pull = windowsPullEndpoints(render.files, 'quay.io/a/img@sha256:1');
    expect(pull.tomlValid).toBe(false);
    expect(pull.endpoints).toEqual(['https://quay.io/v2/a/img/manifests/sha256:1']);
  });

  it('writes an empty file for a registry without mirrors (e2e-11 shape)', () => {
    const render = renderWindows(
      idms([{ source: 'quay.io/a', mirrors: [], mirrorSourcePolicy: 'NeverContactSource' }]),
      { redact: true }
    );
    expect(render.files).toHaveLength(1);
    expect(render.files[0]!.content).toBe('');
    expect(windowsPullEndpoints(render.files, 'quay.io/a:1').endpoints).toEqual(['https://quay.io/v2/a/manifests/1']);
  });

  it('orders mirrors alphabetically, not in spec order (e2e-08 shape)', () => {
    const render = renderWindows(idms([{ source: 'q.io/a', mirrors: ['b.io/a', 'a.io:5000/a', 'a.io/a'] }]), {
      redact: true
    });
    const hosts = [...render.files[0]!.content.matchAll(/\[host\."([^"]+)"\]/g)].map((m) => m[1]);
    expect(hosts).toEqual(['https://a.io/v2', 'https://a.io:5000/v2', 'https://b.io/v2']);
  });

  it('folds IDMS policies before ITMS ones (e2e-19 shape)', () => {
    const model = modelFromVector({
      imageDigestMirrorSets: [{ imageDigestMirrors: [{ source: 'r.io/a', mirrors: ['m.io/a'] }] }],
      imageTagMirrorSets: [
        { imageTagMirrors: [{ source: 'r.io/b', mirrors: ['m.io/b'], mirrorSourcePolicy: 'NeverContactSource' }] }
      ]
    });
    const render = renderWindows(model, { redact: true });
    expect(render.merged[0]!.mirrorSourcePolicy).toBe('');
    expect(render.files[0]!.content.startsWith('server = "https://r.io/v2"\n')).toBe(true);
    expect(render.merged[0]!.mirrors).toEqual([{ host: 'm.io', resolveTags: true }]);
  });
});

describe('pull secret', () => {
  const secretAuth = Buffer.from('robot:s3cr3t-t0ken').toString('base64');
  const withSecret = () => {
    const model = idms([{ source: 'r.io/a', mirrors: ['mirror.example.com/org/a', 'other.io/a'] }]);
    model.pullSecret = pullSecretFromAuths(
      { 'mirror.example.com': { auth: secretAuth } },
      { file: 'secret.yaml', line: 1 }
    );
    return model;
  };

  it('renders the authorization header only from a secret the repository declares', () => {
    const plain = renderWindows(withSecret(), { redact: false }).files[0]!.content;
    expect(plain).toContain(
      `  [host."https://mirror.example.com/v2/org".header]\n    authorization = "Basic ${secretAuth}"\n`
    );
    expect(plain).not.toContain('[host."https://other.io/v2".header]');
  });

  it('redacts the header value', () => {
    const render = renderWindows(withSecret(), { redact: true });
    const text = JSON.stringify(render);
    expect(text).toContain('authorization = \\"Basic <redacted>\\"');
    expect(text).not.toContain(secretAuth);
    expect(text).not.toContain('s3cr3t');
  });

  it('names the registries whose header depends on the cluster pull secret when the repo has none', () => {
    const render = renderWindows(idms([{ source: 'r.io/a', mirrors: ['mirror.example.com/org/a', 'other.io/a'] }]), {
      redact: true
    });
    expect(render.files[0]!.content).not.toContain('authorization');
    expect(render.headerIfPullSecretHas).toEqual(['mirror.example.com', 'other.io']);
  });

  it('fails like WMCO (nothing written) on an unparsable secret, without quoting it', () => {
    const model = withSecret();
    model.pullSecret!.values['.dockerconfigjson'] = '{"auths": {"x": {"auth": "s3cr3t-not-base64!"}}}';
    const render = renderWindows(model, { redact: true });
    expect(render.files).toEqual([]);
    expect(render.errors).toHaveLength(1);
    expect(render.errors[0]!.component).toBe('wmco');
    expect(render.errors[0]!.message).toMatch(/^error unmarshalling to DockerConfigJSON: /);
    expect(JSON.stringify(render)).not.toContain('s3cr3t');
    model.pullSecret!.values['.dockerconfigjson'] = '{"auths": {s3cr3t}';
    expect(JSON.stringify(renderWindows(model, { redact: true }))).not.toContain('s3cr3t');
  });

  it('fails when the secret has no .dockerconfigjson', () => {
    const model = withSecret();
    delete model.pullSecret!.values['.dockerconfigjson'];
    expect(renderWindows(model, { redact: true }).errors[0]!.message).toBe(
      'error unmarshalling to DockerConfigJSON: unexpected end of JSON input'
    );
  });

  it('uses the raw auth value in the legacy format', () => {
    const content = renderWindows(withSecret(), { redact: false, wmcoVersion: v('10.17.0') }).files[0]!.content;
    expect(content).toContain(
      `  [host."https://mirror.example.com/org".header]\r\n    authorization = "Basic ${secretAuth}"\r\n`
    );
  });
});

describe('WMCO versions', () => {
  const model = () => idms([{ source: 'r.io/a', mirrors: ['m.io/org/a'] }]);

  it('renders nothing for 10.15 and older and says so', () => {
    for (const version of ['10.15.3', '9.0.0']) {
      const render = renderWindows(model(), { redact: true, wmcoVersion: v(version) });
      expect(render.files).toEqual([]);
      expect(render.format).toBe('none');
      expect(render.warnings).toHaveLength(1);
      expect(render.warnings[0]!.message).toContain('no image mirror support');
    }
  });

  it('uses the legacy format for 10.16.0, 10.16.1, 10.17.0, 10.18.0 and warns about org paths', () => {
    for (const version of ['10.16.0', '10.16.1', '10.17.0', '10.18.0']) {
      const render = renderWindows(model(), { redact: true, wmcoVersion: v(version) });
      expect(render.format).toBe('legacy');
      expect(render.files[0]!.content).toBe(
        'server = "https://r.io"\r\n\r\n[host."https://m.io/org"]\r\n  capabilities = ["pull"]\r\n'
      );
      expect(render.warnings.map((w) => w.message).join()).toContain('OCPBUGS-47696');
    }
  });

  it('does not warn about the legacy format for mirrors without org path', () => {
    const render = renderWindows(idms([{ source: 'r.io/a', mirrors: ['m.io/a'] }]), {
      redact: true,
      wmcoVersion: v('10.18.0')
    });
    expect(render.warnings).toEqual([]);
  });

  it('uses the current format from the fixed releases on and by default', () => {
    for (const version of [undefined, '10.16.2', '10.17.1', '10.18.1', '10.19.0', '10.21.3']) {
      const render = renderWindows(model(), { redact: true, ...(version ? { wmcoVersion: v(version) } : {}) });
      expect(render.format).toBe('current');
      expect(render.warnings).toEqual([]);
      expect(render.files[0]!.content).toContain('[host."https://m.io/v2/org"]');
    }
  });
});
