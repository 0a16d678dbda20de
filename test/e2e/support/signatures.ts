/**
 * Support for signatures.test.ts: a skopeo that speaks sigstore, the signed and unsigned images on the
 * loopback mirror, and the fixture repository rendered with the run's public key.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml, stringify as stringifyYaml } from 'yaml';
import type { SigstoreKeyPair } from '../../support/sigstore-keys.js';
import { LINUX_CONTAINERS, render, type RenderOutcome } from './cases.js';
import { HARNESS_DIR } from './harness.js';

export const SIGNATURES_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'signatures');

/** Where test/e2e/harness/install-sigstore-skopeo.sh puts its skopeo. */
export const DEFAULT_SIGSTORE_SKOPEO = '/opt/registry-plan-e2e/skopeo-sigstore/skopeo';
export const SIGSTORE_SKOPEO = process.env['REGISTRY_PLAN_SIGSTORE_SKOPEO'] ?? DEFAULT_SIGSTORE_SKOPEO;

/** The text Debian's containers/image patch (golang-github-containers-image-dev 5.23.1-4) puts in place of sigstore. */
export const DEBIAN_SIGSTORE_STUB = 'Debian-local change: sigstore disabled';

/** Only the two registries this suite uses (the harness's source and mirror ports). */
export const SIGNATURE_REGISTRIES = 'source:5001:0 mirror:5002:0';
export const SOURCE = '127.0.0.1:5001';
export const MIRROR = '127.0.0.1:5002';

/** Why the sigstore-capable skopeo cannot run, or null. */
export function sigstoreSkopeoMissing(): string | null {
  const r = spawnSync(SIGSTORE_SKOPEO, ['--version'], { encoding: 'utf8', timeout: 20_000 });
  if (r.status === 0 && /^skopeo version \d/.test(r.stdout)) return null;
  return (
    `no skopeo with sigstore at ${SIGSTORE_SKOPEO} (Debian bookworm's skopeo 1.9.3 has sigstore patched out; ` +
    `install Debian trixie's skopeo with libc6, libsqlite3-0, libgpgme11t64, libassuan9, libgpg-error0 ` +
    `privately with: sudo bash test/e2e/harness/install-sigstore-skopeo.sh)`
  );
}

/** Whether a skopeo binary carries Debian's sigstore stub (then it can neither sign nor verify). */
export function hasDebianSigstoreStub(skopeo: string): boolean {
  const which = spawnSync('bash', ['-c', `command -v ${skopeo}`], { encoding: 'utf8' });
  const file = which.stdout.trim();
  return file !== '' && fs.existsSync(file) && fs.readFileSync(file).includes(DEBIAN_SIGSTORE_STUB);
}

export function skopeoVersion(skopeo: string): string {
  return spawnSync(skopeo, ['--version'], { encoding: 'utf8' }).stdout.trim();
}

/** Runs a skopeo as the harness's seed.sh does: its own HOME and a "rootless" uid, no system files written. */
export function skopeo(skopeoPath: string, work: string, args: string[]): { status: number | null; output: string } {
  const home = path.join(work, 'home');
  const run = path.join(work, 'run');
  fs.mkdirSync(home, { recursive: true });
  fs.mkdirSync(run, { recursive: true });
  const r = spawnSync(skopeoPath, args, {
    env: { PATH: process.env.PATH, HOME: home, XDG_RUNTIME_DIR: run, _CONTAINERS_ROOTLESS_UID: '65534', LANG: 'C' },
    encoding: 'utf8',
    timeout: 60_000
  });
  return { status: r.status, output: `${r.stdout}${r.stderr}${r.error ? String(r.error) : ''}` };
}

/** A deterministic OCI layout (tools/mkimage.mjs); returns its manifest digest. */
export function makeImage(dir: string, tag: string, text: string): string {
  const r = spawnSync('node', [path.join(HARNESS_DIR, 'tools', 'mkimage.mjs'), dir, tag, text], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`mkimage failed: ${r.stderr}`);
  return r.stdout.trim();
}

export interface Push {
  /** OCI layout dir and its tag. */
  oci: string;
  tag: string;
  /** docker reference written to. */
  dest: string;
  /** Sign with this key (its encrypted private key and passphrase). */
  key?: SigstoreKeyPair;
  /** --sign-identity; without it the signature names `dest`. */
  identity?: string;
}

/**
 * Copies an image into a loopback registry with the sigstore skopeo, signing it when asked. Signing
 * writes a sigstore attachment (tag sha256-<digest>.sig), which containers/image does only where
 * registries.d enables use-sigstore-attachments: the signing config enables it for the mirror.
 */
export function push(skopeoPath: string, work: string, p: Push): void {
  const cfg = path.join(work, 'signing');
  fs.mkdirSync(path.join(cfg, 'registries.d'), { recursive: true });
  fs.writeFileSync(path.join(cfg, 'registries.conf'), '');
  fs.writeFileSync(path.join(cfg, 'policy.json'), '{"default":[{"type":"insecureAcceptAnything"}]}');
  fs.writeFileSync(
    path.join(cfg, 'registries.d', 'signing.yaml'),
    `docker:\n  ${MIRROR}:\n    use-sigstore-attachments: true\n`
  );
  const sign: string[] = [];
  if (p.key) {
    const base = path.join(cfg, `key-${fs.readdirSync(cfg).length}`);
    fs.writeFileSync(`${base}.private`, p.key.encryptedPrivateKeyPem, { mode: 0o600 });
    fs.writeFileSync(`${base}.pass`, p.key.passphrase, { mode: 0o600 });
    sign.push('--sign-by-sigstore-private-key', `${base}.private`, '--sign-passphrase-file', `${base}.pass`);
    if (p.identity) sign.push('--sign-identity', p.identity);
  }
  const r = skopeo(skopeoPath, work, [
    '--registries-conf',
    path.join(cfg, 'registries.conf'),
    '--registries.d',
    path.join(cfg, 'registries.d'),
    '--policy',
    path.join(cfg, 'policy.json'),
    'copy',
    '-q',
    '--dest-tls-verify=false',
    ...sign,
    `oci:${p.oci}:${p.tag}`,
    `docker://${p.dest}`
  ]);
  if (r.status !== 0) throw new Error(`skopeo copy to ${p.dest} failed (status ${r.status}): ${r.output.trim()}`);
}

/**
 * The images of the fixture, all on the mirror only (the source registry stays empty). Returns the
 * expectation variables DIGEST_SIGNED and DIGEST_UNSIGNED.
 *   mirror/sig/signed        signed by `trusted` for the source's name       (the policy's key)
 *   mirror/sig/unsigned      no signature
 *   mirror/sig/wrongkey      signed by `other` for the source's name
 *   mirror/sig/mirror-named  signed by `trusted`, no --sign-identity: the signature names the mirror
 *   mirror/team/signed       signed by `trusted` for the source's name       (team-a's ImagePolicy)
 *   mirror/team/unsigned, mirror/open/app   no signature
 */
export function seedImages(
  skopeoPath: string,
  work: string,
  trusted: SigstoreKeyPair,
  other: SigstoreKeyPair
): Record<string, string> {
  const images = {
    signed: makeImage(path.join(work, 'oci-signed'), '1.0', 'registry-plan e2e: a signed image\n'),
    unsigned: makeImage(path.join(work, 'oci-unsigned'), '1.0', 'registry-plan e2e: an unsigned image\n')
  };
  const pushes: { repo: string; image: keyof typeof images; key?: SigstoreKeyPair; identity?: boolean }[] = [
    { repo: 'sig/signed', image: 'signed', key: trusted, identity: true },
    { repo: 'sig/unsigned', image: 'unsigned' },
    { repo: 'sig/wrongkey', image: 'signed', key: other, identity: true },
    { repo: 'sig/mirror-named', image: 'signed', key: trusted },
    { repo: 'team/signed', image: 'signed', key: trusted, identity: true },
    { repo: 'team/unsigned', image: 'unsigned' },
    { repo: 'open/app', image: 'unsigned' }
  ];
  for (const p of pushes) {
    push(skopeoPath, work, {
      oci: path.join(work, `oci-${p.image}`),
      tag: '1.0',
      dest: `${MIRROR}/mirror/${p.repo}:1.0`,
      ...(p.key ? { key: p.key } : {}),
      ...(p.identity ? { identity: `${SOURCE}/${p.repo}:1.0` } : {})
    });
  }
  return { DIGEST_SIGNED: images.signed, DIGEST_UNSIGNED: images.unsigned };
}

const KEY_PLACEHOLDER = '@SIGSTORE_PUBLIC_KEY_BASE64@';

/** The fixture's manifests with the run's public key as the ClusterImagePolicy's keyData. */
export function materializeFixture(publicKeyPem: string, dest: string): string {
  const src = path.join(SIGNATURES_DIR, 'manifests');
  fs.mkdirSync(dest, { recursive: true });
  const keyData = Buffer.from(publicKeyPem, 'utf8').toString('base64');
  for (const f of fs.readdirSync(src).sort()) {
    fs.writeFileSync(
      path.join(dest, f),
      fs.readFileSync(path.join(src, f), 'utf8').split(KEY_PLACEHOLDER).join(keyData)
    );
  }
  return dest;
}

/** registries.d text with every docker key under `prefix` removed (a deliberately wrong rendering). */
export function dropRegistriesDKeys(yamlText: string, prefix: string): string {
  const doc = parseYaml(yamlText) as { docker?: Record<string, unknown> };
  const docker = Object.fromEntries(
    Object.entries(doc.docker ?? {}).filter(([k]) => k !== prefix && !k.startsWith(`${prefix}/`))
  );
  return stringifyYaml({ ...doc, docker });
}

export interface FixtureRender {
  outDir: string;
  render: RenderOutcome;
}

/** `registry-plan render` of the fixture: every file the clients read comes from the project's CLI. */
export function renderFixture(manifestsDir: string, outDir: string, openshiftVersion: string): FixtureRender {
  const r = render(manifestsDir, outDir, { openshiftVersion });
  if (r.status !== 0) throw new Error(`render exited ${r.status}: ${r.stderr.trim()}`);
  for (const f of ['registries.conf', 'policy.json', path.join('registries.d', 'sigstore-registries.yaml')]) {
    if (!fs.existsSync(path.join(outDir, LINUX_CONTAINERS, f)))
      throw new Error(
        `registry-plan render wrote no ${f} for the fixture (render.json: ${JSON.stringify(r.renderJson)})`
      );
  }
  return { outDir, render: r };
}
