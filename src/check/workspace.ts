/**
 * The rendered head files, laid out where the real clients read them, in a private temp folder
 * (mode 0700) that is removed afterwards:
 *   home/.config/containers/registries.conf      /etc/containers/registries.conf
 *   home/.config/containers/registries.conf.d/   /etc/containers/registries.conf.d/
 *   home/.config/containers/certs.d/<host>/      /etc/docker/certs.d/<host>/
 *   hosts/<host>/hosts.toml                      C:\k\containerd\registries\<host>\hosts.toml
 * containers/image reads the per-user registries.conf (and then only the per-user drop-in folder,
 * never /etc/containers/registries.conf.d) when no --registries-conf is given, and the per-user
 * certs.d before the system ones: so the runner's own configuration stays out of the check.
 * Hostnames and file names that could leave the folder are not written.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { CONTAINERD_REGISTRIES_DIR, DOCKER_CERTS_D, REGISTRIES_CONF, REGISTRIES_CONF_D } from '../model/node-paths.js';
import type { NodeFile } from '../render/types.js';

export interface Workspace {
  root: string;
  home: string;
  runtimeDir: string;
  registriesConf: string;
  /** Set when a hosts.toml was rendered. */
  hostsDir?: string;
  /** Every rendered CA, one after the other, for ctr's --tlscacert; set when there is one. */
  caBundle?: string;
  /** A short digest of the files: results are cached per configuration and reference. */
  fingerprint: string;
}

// A host[:port] directory name; anything else (a crafted name with "..", "/" or NUL) is not written.
const HOST_DIR = /^[A-Za-z0-9][A-Za-z0-9.-]*(?::[0-9]{1,5})?$/;

const DROPINS = `${REGISTRIES_CONF_D}/`;
const CERTS = `${DOCKER_CERTS_D}/`;
const WINDOWS = `${CONTAINERD_REGISTRIES_DIR}\\`;

function write(file: string, content: string): void {
  fs.mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
  fs.writeFileSync(file, content, { mode: 0o600 });
}

export function createWorkspace(files: NodeFile[], fingerprint: string, tmpRoot = os.tmpdir()): Workspace {
  const root = fs.mkdtempSync(path.join(tmpRoot, 'registry-plan-check-'));
  fs.chmodSync(root, 0o700);
  const home = path.join(root, 'home');
  const conf = path.join(home, '.config', 'containers');
  const ws: Workspace = {
    root,
    home,
    runtimeDir: path.join(root, 'run'),
    registriesConf: path.join(conf, 'registries.conf'),
    fingerprint
  };
  fs.mkdirSync(ws.runtimeDir, { mode: 0o700 });
  fs.mkdirSync(path.join(conf, 'registries.conf.d'), { recursive: true, mode: 0o700 });
  write(ws.registriesConf, '');
  const cas: string[] = [];
  for (const f of files) {
    if (f.node === 'linux' && f.path === REGISTRIES_CONF) write(ws.registriesConf, f.content);
    else if (f.node === 'linux' && f.path.startsWith(DROPINS)) {
      const name = f.path.slice(DROPINS.length);
      if (/^[A-Za-z0-9._-]+\.conf$/.test(name)) write(path.join(conf, 'registries.conf.d', name), f.content);
    } else if (f.node === 'linux' && f.path.startsWith(CERTS) && f.path.endsWith('/ca.crt')) {
      const host = f.path.slice(CERTS.length, -'/ca.crt'.length);
      if (HOST_DIR.test(host)) {
        write(path.join(conf, 'certs.d', host, 'ca.crt'), f.content);
        cas.push(f.content.endsWith('\n') ? f.content : `${f.content}\n`);
      }
    } else if (f.node === 'windows' && f.path.startsWith(WINDOWS) && f.path.endsWith('\\hosts.toml')) {
      const host = f.path.slice(WINDOWS.length, -'\\hosts.toml'.length);
      // containerd 1.7 on Windows never looks up a host:port folder (ctr 1.6 on Linux would): leaving
      // it out keeps the check to what the node does.
      if (!HOST_DIR.test(host) || host.includes(':')) continue;
      ws.hostsDir = path.join(root, 'hosts');
      write(path.join(ws.hostsDir, host, 'hosts.toml'), f.content);
    }
  }
  if (cas.length > 0) {
    ws.caBundle = path.join(root, 'ca-bundle.crt');
    write(ws.caBundle, cas.join(''));
  }
  return ws;
}

export function removeWorkspace(ws: Workspace): void {
  fs.rmSync(ws.root, { recursive: true, force: true });
}
