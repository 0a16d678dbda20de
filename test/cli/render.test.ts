import { afterAll, describe, expect, it } from '@jest/globals';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { main } from '../../src/cli/index.js';
import { removeTree, tmpTree } from '../support/tmp-repo.js';

const dirs: string[] = [];
afterAll(() => dirs.forEach(removeTree));

async function run(files: Record<string, string>, extra: string[] = []) {
  const repo = tmpTree(files);
  const out = join(repo, '..', `${repo.split('/').pop()}-out`);
  dirs.push(repo, out);
  let stdout = '';
  let stderr = '';
  const cwd = process.cwd();
  process.chdir(repo);
  try {
    const status = await main(['render', '.', '--out', out, ...extra], {
      stdout: (t) => (stdout += t),
      stderr: (t) => (stderr += t)
    });
    return {
      status,
      stdout,
      stderr,
      out,
      read: (p: string) => readFileSync(join(out, p), 'utf8'),
      exists: (p: string) => existsSync(join(out, p))
    };
  } finally {
    process.chdir(cwd);
  }
}

const IDMS = `apiVersion: config.openshift.io/v1
kind: ImageDigestMirrorSet
metadata: {name: a}
spec:
  imageDigestMirrors:
  - source: quay.io/app
    mirrors: [m1.example.com/app]
`;

describe('registry-plan render', () => {
  it('writes the contract layout and render.json', async () => {
    const r = await run({ 'idms.yaml': IDMS });
    expect(r.status).toBe(0);
    expect(r.read('linux/etc/containers/registries.conf')).toContain('location = "m1.example.com/app"');
    expect(r.exists('linux/etc/containers/policy.json')).toBe(true);
    expect(r.exists('linux/etc/containers/registries.conf.d/01-image-searchRegistries.conf')).toBe(false);
    expect(r.read('windows/C/k/containerd/registries/quay.io/hosts.toml')).toContain(
      '[host."https://m1.example.com/v2"]'
    );
    const json = JSON.parse(r.read('render.json'));
    expect(json.openshiftVersion).toBe('4.22');
    // 4.21+: the payload's own ClusterImagePolicy makes policy.json and registries.d generated files.
    expect(json.files).toEqual(
      expect.arrayContaining([
        { node: 'linux', path: '/etc/containers/registries.conf', origin: 'generated' },
        { node: 'linux', path: '/etc/containers/policy.json', origin: 'generated' },
        { node: 'linux', path: '/etc/containers/registries.d/sigstore-registries.yaml', origin: 'generated' }
      ])
    );
    expect(r.read('linux/etc/containers/registries.d/sigstore-registries.yaml')).toContain(
      'quay.io/openshift-release-dev/ocp-release:\n    use-sigstore-attachments: true'
    );
    expect(json.errors).toEqual([]);
    expect(r.stdout).toMatch(/Rendered \d+ node files/);
  });

  it('renders the template policy.json on 4.20 and the payload signature policy on 4.21', async () => {
    const old = await run({ 'idms.yaml': IDMS }, ['--openshift-version', '4.20']);
    expect(JSON.parse(old.read('render.json')).files).toEqual(
      expect.arrayContaining([{ node: 'linux', path: '/etc/containers/policy.json', origin: 'template' }])
    );
    expect(old.exists('linux/etc/containers/registries.d')).toBe(false);
    const cur = await run({ 'idms.yaml': IDMS }, ['--openshift-version', '4.21']);
    expect(cur.read('linux/etc/containers/policy.json')).toContain('"quay.io/openshift-release-dev/ocp-release": [');
    expect(cur.read('linux/etc/containers/policy.json').endsWith('}')).toBe(true);
  });

  it('writes /etc/crio/policies/<namespace>.json for ImagePolicies', async () => {
    const key = Buffer.from(
      '-----BEGIN PUBLIC KEY-----\nMFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAE\n-----END PUBLIC KEY-----\n'
    ).toString('base64');
    const r = await run({
      'ip.yaml': `apiVersion: config.openshift.io/v1
kind: ImagePolicy
metadata: {name: shop, namespace: shop}
spec:
  scopes: [registry.example.com/shop]
  policy:
    rootOfTrust:
      policyType: PublicKey
      publicKey: {keyData: ${key}}
`
    });
    expect(r.read('linux/etc/crio/policies/shop.json')).toContain('"registry.example.com/shop": [');
  });

  it('switches version-dependent bytes with --openshift-version', async () => {
    const r = await run({ 'idms.yaml': IDMS }, ['--openshift-version', '4.18']);
    expect(r.read('linux/etc/containers/registries.conf')).not.toContain('additional-layer-store-auth-helper');
    expect(JSON.parse(r.read('render.json')).openshiftVersion).toBe('4.18');
  });

  it('writes no Windows files for OpenShift before 4.16 (WMCO 10.15 and older have no mirror support)', async () => {
    const r = await run({ 'idms.yaml': IDMS }, ['--openshift-version', '4.15']);
    expect(r.status).toBe(0);
    expect(r.exists('windows')).toBe(false);
    expect(JSON.parse(r.read('render.json')).warnings.map((w: { component: string }) => w.component)).toContain('wmco');
  });

  it('exits 3 with the operator’s own message when MCO would reject, keeping the templates', async () => {
    const r = await run({
      'both.yaml': `apiVersion: config.openshift.io/v1
kind: Image
metadata: {name: cluster}
spec:
  registrySources:
    allowedRegistries: [allow.io]
    blockedRegistries: [block.io]
`
    });
    expect(r.status).toBe(3);
    const json = JSON.parse(r.read('render.json'));
    expect(json.errors[0]).toMatchObject({
      component: 'mco',
      message: 'invalid images config: only one of AllowedRegistries or BlockedRegistries may be specified',
      file: 'both.yaml'
    });
    expect(r.read('linux/etc/containers/registries.conf')).toBe(
      "unqualified-search-registries = ['registry.access.redhat.com', 'docker.io']\n"
    );
  });

  it('exits 2 naming file and line for bad input, without a stack trace', async () => {
    const r = await run({ 'bad.yaml': IDMS + '    mirrorSourcePolicy: [oops\n' });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^bad\.yaml:\d+: error: /m);
    expect(r.stderr).not.toMatch(/\s+at \S+ \(/);
  });

  it('exits 2 for a usage error and a missing path', async () => {
    const usage = await main(['render'], { stdout: () => {}, stderr: () => {} });
    expect(usage).toBe(2);
    let err = '';
    expect(
      await main(['render', '/nonexistent/x', '--out', '/tmp/x'], { stdout: () => {}, stderr: (t) => (err += t) })
    ).toBe(2);
    expect(err).toMatch(/no such file or folder/);
  });
});

const dataUrl = (text: string): string => `data:,${encodeURIComponent(text)}`;
const userMc = (
  name: string,
  role: string,
  path: string,
  text: string
) => `apiVersion: machineconfiguration.openshift.io/v1
kind: MachineConfig
metadata:
  name: ${name}
  labels: {machineconfiguration.openshift.io/role: ${role}}
spec:
  config:
    ignition: {version: 3.2.0}
    storage:
      files:
      - path: ${path}
        mode: 420
        overwrite: true
        contents: {source: "${dataUrl(text)}"}
`;

describe("render with the repository's own MachineConfigs", () => {
  const CACHE = '[[registry]]\nprefix = "docker.io"\nlocation = "cache.corp.example/docker"\n';

  it('writes what each pool reads under pools/<pool>/, names the writer, and reports the override', async () => {
    const r = await run({
      'idms.yaml': IDMS,
      'mc.yaml': userMc(
        '99-worker-zz-registries',
        'worker',
        '/etc/containers/registries.conf',
        'short-name-mode = "enforcing"\n'
      ),
      'dropin.yaml': userMc('50-master-cache', 'master', '/etc/containers/registries.conf.d/50-cache.conf', CACHE)
    });
    expect(r.status).toBe(0);
    // The top of the folder stays what the image-config controller writes.
    expect(r.read('linux/etc/containers/registries.conf')).toContain('location = "m1.example.com/app"');
    expect(r.read('pools/worker/linux/etc/containers/registries.conf')).toBe('short-name-mode = "enforcing"\n');
    expect(r.read('pools/master/linux/etc/containers/registries.conf.d/50-cache.conf')).toBe(CACHE);
    expect(r.exists('pools/master/linux/etc/containers/registries.conf')).toBe(false);
    const json = JSON.parse(r.read('render.json'));
    expect(json.poolFiles).toEqual([
      expect.objectContaining({
        pool: 'master',
        path: '/etc/containers/registries.conf.d/50-cache.conf',
        writer: '50-master-cache',
        file: 'dropin.yaml'
      }),
      expect.objectContaining({
        pool: 'worker',
        path: '/etc/containers/registries.conf',
        writer: '99-worker-zz-registries',
        file: 'mc.yaml',
        origin: 'machineconfig'
      })
    ]);
    expect(json.findings).toEqual(
      expect.arrayContaining([expect.objectContaining({ rule: 'machineconfig-overrides-generated', file: 'mc.yaml' })])
    );
    expect(r.stdout).toMatch(
      /pool worker: MachineConfig 99-worker-zz-registries writes \/etc\/containers\/registries\.conf/
    );
    expect(r.stdout).toMatch(/error: \[machineconfig-overrides-generated\]/);
  });

  it('a pull file whose contents cannot be known is not written, and render cannot vouch for the pool (exit 2)', async () => {
    const remote = userMc('99-worker-zz-registries', 'worker', '/etc/containers/registries.conf', 'x').replace(
      /source: "[^"]*"/,
      'source: "https://config.example.com/registries.conf"'
    );
    const r = await run({ 'idms.yaml': IDMS, 'mc.yaml': remote });
    expect(r.status).toBe(2);
    expect(r.exists('pools/worker/linux/etc/containers/registries.conf')).toBe(false);
    const json = JSON.parse(r.read('render.json'));
    expect(json.poolFiles).toEqual([
      expect.objectContaining({ pool: 'worker', path: '/etc/containers/registries.conf', problem: expect.any(String) })
    ]);
    expect(json.findings).toEqual(
      expect.arrayContaining([expect.objectContaining({ rule: 'machineconfig-file-unreadable', severity: 'error' })])
    );
    expect(r.stdout).toMatch(/pool worker: .*cannot be known .*; not written/);
  });

  it('a MachineConfig that writes no pull file adds nothing', async () => {
    const r = await run({ 'idms.yaml': IDMS, 'mc.yaml': userMc('99-worker-motd', 'worker', '/etc/motd', 'hi\n') });
    expect(r.exists('pools')).toBe(false);
    expect(JSON.parse(r.read('render.json')).poolFiles).toEqual([]);
  });

  it('a hostile pool name never writes outside the output folder', async () => {
    const pool = `apiVersion: machineconfiguration.openshift.io/v1
kind: MachineConfigPool
metadata: {name: "../../../escape"}
spec:
  machineConfigSelector: {matchLabels: {machineconfiguration.openshift.io/role: worker}}
  nodeSelector: {matchLabels: {node-role.kubernetes.io/worker: ""}}
`;
    const r = await run({
      'pool.yaml': pool,
      'mc.yaml': userMc('99-worker-zz', 'worker', '/etc/containers/policy.json', '{}\n')
    });
    expect(existsSync(join(r.out, '..', '..', 'escape'))).toBe(false);
    expect(existsSync(join(r.out, '..', 'escape'))).toBe(false);
    expect(r.status).toBe(2);
    // The API server refuses the name, so the pool never exists (render.ts would refuse the path anyway).
    expect(r.stderr).toMatch(
      /^pool\.yaml:1: error: MachineConfigPool "\.\.\/\.\.\/\.\.\/escape": metadata\.name: Invalid value/m
    );
    // The well-named pool is still written.
    expect(r.read('pools/worker/linux/etc/containers/policy.json')).toBe('{}\n');
  });
});

describe('render output paths', () => {
  it('a node path that would leave the output folder is refused before anything is written', async () => {
    const { outputPath } = await import('../../src/commands/render.js');
    const { unsafePathReason } = await import('../../src/load/safe-path.js');
    const linux = (path: string) => outputPath({ node: 'linux', path, content: '', origin: 'generated' });
    expect(linux('/etc/crio/policies/shop.json')).toBe(join('linux', 'etc', 'crio', 'policies', 'shop.json'));
    expect(unsafePathReason(linux('/etc/crio/policies/shop.json'))).toBeUndefined();
    for (const path of ['/etc/crio/policies/../../../../x.json', '/etc/crio/policies/..', '/etc/./x']) {
      expect(unsafePathReason(linux(path))).toMatch(/segment/);
    }
    const windows = outputPath({
      node: 'windows',
      path: 'C:\\k\\containerd\\registries\\a/../../..\\hosts.toml',
      content: '',
      origin: 'generated'
    });
    expect(unsafePathReason(windows)).toMatch(/segment/);
  });
});
