/**
 * Findings as a SARIF 2.1.0 log for GitHub code scanning (github/codeql-action/upload-sarif). Each rule
 * links to its entry in the README so an alert explains itself; waived findings are kept as suppressed
 * results, so that the waiver stays visible and auditable in code scanning.
 */
import { createHash } from 'node:crypto';
import type { Finding, Severity } from '../model/types.js';
import { trimTrailingSlashes, withoutFragment } from '../model/text.js';

export interface SarifOptions {
  /** e.g. https://github.com/OWNER/registry-plan; rule help is `${base}#rule-${id}`. */
  helpBaseUri: string;
  toolVersion: string;
  /** Optional one-line description per rule id. */
  ruleDescriptions?: Record<string, string>;
}

type SarifLevel = 'error' | 'warning' | 'note';

export interface SarifLog {
  $schema: string;
  version: '2.1.0';
  runs: SarifRun[];
}

interface SarifRule {
  id: string;
  name: string;
  shortDescription: { text: string };
  helpUri: string;
  help: { text: string; markdown: string };
  defaultConfiguration: { level: SarifLevel };
}

interface SarifResult {
  ruleId: string;
  ruleIndex: number;
  level: SarifLevel;
  message: { text: string };
  locations: {
    physicalLocation: {
      artifactLocation: { uri: string; uriBaseId: string };
      region?: { startLine: number };
    };
  }[];
  partialFingerprints: Record<string, string>;
  suppressions?: { kind: 'external'; justification: string }[];
}

interface SarifRun {
  tool: { driver: { name: string; version: string; informationUri: string; rules: SarifRule[] } };
  results: SarifResult[];
  columnKind: 'utf16CodeUnits';
}

export const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';

export function sarifLevel(severity: Severity): SarifLevel {
  return severity === 'notice' ? 'note' : severity;
}

/** README anchors are lower-case with non-alphanumerics as dashes, as GitHub generates them. */
export function ruleAnchor(ruleId: string): string {
  return `rule-${ruleId
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')}`;
}

/** Code scanning wants a relative URI; manifests are repo-relative paths, possibly with ./ or \. */
function artifactUri(file: string): string {
  const posix = file.replace(/\\/g, '/').replace(/^\.\//, '').replace(/^\/+/, '');
  return posix.split('/').map(encodeURIComponent).join('/');
}

/**
 * Stable across runs and unrelated edits (no line number), so an alert keeps its identity when lines
 * move, but distinct per rule, file, object and message.
 */
function fingerprint(f: Finding): string {
  return createHash('sha256')
    .update([f.rule, f.file, f.object ?? '', f.message].join('\u0000'))
    .digest('hex')
    .slice(0, 32);
}

export function toSarif(findings: Finding[], options: SarifOptions): SarifLog {
  const base = trimTrailingSlashes(withoutFragment(options.helpBaseUri));
  const ruleIds = [...new Set(findings.map((f) => f.rule))].sort();
  const worst = new Map<string, SarifLevel>();
  for (const f of findings) {
    const level = sarifLevel(f.severity);
    const prev = worst.get(f.rule);
    const rank = (l: SarifLevel): number => ({ error: 0, warning: 1, note: 2 })[l];
    if (!prev || rank(level) < rank(prev)) worst.set(f.rule, level);
  }
  const rules: SarifRule[] = ruleIds.map((id) => {
    const helpUri = `${base}#${ruleAnchor(id)}`;
    const description = options.ruleDescriptions?.[id] ?? `registry-plan rule ${id}`;
    return {
      id,
      name: id,
      shortDescription: { text: description },
      helpUri,
      help: { text: `${description}. See ${helpUri}`, markdown: `${description}. See [${id}](${helpUri}).` },
      defaultConfiguration: { level: worst.get(id) ?? 'warning' }
    };
  });
  const index = new Map(ruleIds.map((id, i) => [id, i]));
  const results: SarifResult[] = findings.map((f) => {
    const result: SarifResult = {
      ruleId: f.rule,
      ruleIndex: index.get(f.rule)!,
      level: sarifLevel(f.severity),
      message: { text: f.message },
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri: artifactUri(f.file), uriBaseId: '%SRCROOT%' },
            ...(f.line > 0 ? { region: { startLine: f.line } } : {})
          }
        }
      ],
      partialFingerprints: { 'registryPlanFinding/v1': fingerprint(f) }
    };
    if (f.waived) {
      result.suppressions = [
        { kind: 'external', justification: `${f.waived.reason} (owner ${f.waived.owner}, expires ${f.waived.expires})` }
      ];
    }
    return result;
  });
  return {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'registry-plan', version: options.toolVersion, informationUri: base, rules } },
        results,
        columnKind: 'utf16CodeUnits'
      }
    ]
  };
}
