/**
 * Where `plan` reads its configuration. A pull request from a fork writes its own tree, configuration
 * included: read from there, `failOn: never` or an exclude of the broken file would pass the check. So
 * by default the configuration comes from the base commit (the trusted side); an explicit path outside
 * the repository is read as given; `--config-from head` opts into the head's file.
 */
import { existsSync, readFileSync } from 'node:fs';
import { isAbsolute, relative, resolve } from 'node:path';
import { parseConfigFile, type ConfigFile } from './config-file.js';
import { DEFAULT_CONFIG_PATH, UsageError } from './resolve.js';
import { gateLoosenings } from './gate-changes.js';
import { configDiff, type ConfigDiff } from './config-diff.js';
import { readGitFile, resolveCommit } from '../load/sources.js';
import type { Finding } from '../model/types.js';

export type ConfigFrom = 'base' | 'head';

export interface TrustedConfig {
  /** For resolveSettings: reads the configuration path from the chosen side. */
  readText: (path: string) => string | undefined;
  /** The head's changes to the configuration that loosen the gate, as findings (base-read only). */
  findings: Finding[];
  /** The configuration file base → head, when the pull request changes it. */
  diff?: ConfigDiff;
  /** The head's configuration, read for one thing only: a cluster version it changes is an upgrade to plan. */
  readHeadText?: (path: string) => string | undefined;
}

export function trustedConfig(
  repo: string,
  refs: { base: string; head: string },
  config: string | undefined,
  from: ConfigFrom
): TrustedConfig {
  const abs = config ? (isAbsolute(config) ? config : resolve(repo, config)) : resolve(repo, DEFAULT_CONFIG_PATH);
  const rel = relative(resolve(repo), abs);
  const outside = rel.startsWith('..') || isAbsolute(rel);
  if (outside) {
    return { readText: (p) => (existsSync(p) ? readFileSync(p, 'utf8') : undefined), findings: [] };
  }
  const relPosix = rel.split('\\').join('/');
  const base = resolveCommit(repo, refs.base);
  const head = resolveCommit(repo, refs.head);
  const baseText = readGitFile(repo, base, relPosix);
  const headText = readGitFile(repo, head, relPosix);
  const chosen = from === 'base' ? baseText : headText;
  const readText = (p: string): string | undefined => (resolve(p) === abs ? chosen : undefined);
  const readHeadText = (p: string): string | undefined => (resolve(p) === abs ? headText : undefined);
  const diff = configDiff(relPosix, baseText, headText);
  if (from === 'head' || !diff) return { readText, findings: [], readHeadText, ...(diff ? { diff } : {}) };
  const parse = (t: string | undefined): ConfigFile => (t === undefined ? {} : parseConfigFile(relPosix, t));
  const baseCfg = parse(baseText);
  let headCfg: ConfigFile;
  try {
    headCfg = parse(headText);
  } catch (e) {
    const msg = (e as Error).message;
    return {
      readText,
      diff,
      findings: [gateFinding(relPosix, 1, `the head's configuration is not valid: ${msg}`)],
      readHeadText
    };
  }
  const allowed = baseCfg.allowGateChanges === true;
  const findings = gateLoosenings(baseCfg, headCfg).map((l) =>
    gateFinding(
      relPosix,
      headCfg.sourceLines?.[l.key] ?? 1,
      `${l.message}: this pull request loosens its own gate; the base configuration is in force${allowed ? ' (the base allows it: allowGateChanges)' : ''}`,
      allowed ? 'notice' : 'error'
    )
  );
  return { readText, findings, diff, readHeadText };
}

function gateFinding(file: string, line: number, message: string, severity: Finding['severity'] = 'error'): Finding {
  return { rule: 'config-loosened', severity, message, file, line };
}

export function parseConfigFrom(v: string | undefined): ConfigFrom {
  if (v === undefined || v === 'base' || v === 'head') return v ?? 'base';
  throw new UsageError(`--config-from must be base or head (got "${v}")`);
}
