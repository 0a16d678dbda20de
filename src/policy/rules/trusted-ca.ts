/**
 * The `additionalTrustedCA` ConfigMap's values become `/etc/docker/certs.d/<host>/ca.crt` on every
 * Linux node (MCD certificate writer) and the Windows nodes' trust bundle (WMCO). A value that is not a
 * PEM certificate, or one that Go's TLS verification will not accept as a trust anchor, breaks pulls
 * from that registry on every node at once, and nothing on the cluster reports it until a pull fails.
 *
 * Values are checked as the node gets them: `data` base64-decoded when it decodes (as the MCD does),
 * `binaryData` decoded. Each PEM block must parse (Node's X509Certificate, the same DER rules Go's
 * x509.ParseCertificate applies), be valid today (Go verifies the validity of every certificate of
 * the chain, the anchor included), and be a CA (a leaf works only for a server presenting exactly it).
 */
import { X509Certificate } from 'node:crypto';
import type { ConfigMapObject, Finding, Loc } from '../../model/types.js';
import { goBase64Decode } from '../../render/linux/certs-d.js';
import type { RuleContext, RuleModule } from '../types.js';
import { finding } from './helpers.js';

export const TRUSTED_CA_RULE = 'trusted-ca-invalid';

/** Bound on PEM blocks looked at per value; a bundle of thousands of certificates is itself suspicious. */
const MAX_BLOCKS = 500;

/** PEM blocks of a value: label and body, found with indexOf (linear, whatever the text). */
export function pemBlocks(text: string): { label: string; body: string }[] {
  const out: { label: string; body: string }[] = [];
  let at = 0;
  while (out.length < MAX_BLOCKS) {
    const begin = text.indexOf('-----BEGIN ', at);
    if (begin < 0) break;
    const labelEnd = text.indexOf('-----', begin + 11);
    if (labelEnd < 0) break;
    const label = text.slice(begin + 11, labelEnd);
    const endMarker = `-----END ${label}-----`;
    const end = text.indexOf(endMarker, labelEnd + 5);
    if (end < 0) {
      out.push({ label, body: '' });
      break;
    }
    out.push({ label, body: text.slice(begin, end + endMarker.length) });
    at = end + endMarker.length;
  }
  return out;
}

export interface CertProblem {
  key: string;
  severity: 'error' | 'warning';
  problem: string;
}

/** What the node gets for one key, as certs-d.ts renders it. */
function nodeValue(cm: ConfigMapObject, key: string): string {
  if (key in cm.binaryData) {
    const v = cm.binaryData[key]!;
    return (goBase64Decode(v) ?? Buffer.from(v, 'utf8')).toString('utf8');
  }
  const v = cm.data[key]!;
  return goBase64Decode(v)?.toString('utf8') ?? v;
}

const day = (d: Date): string => d.toISOString().slice(0, 10);

/** Problems of every key of the trust ConfigMap, as of `now`. */
export function trustBundleProblems(cm: ConfigMapObject, now: Date): CertProblem[] {
  const out: CertProblem[] = [];
  const keys = [...new Set([...Object.keys(cm.data), ...Object.keys(cm.binaryData)])].sort();
  for (const key of keys) {
    const blocks = pemBlocks(nodeValue(cm, key));
    const certs = blocks.filter((b) => b.label === 'CERTIFICATE');
    if (certs.length === 0) {
      out.push({
        key,
        severity: 'error',
        problem: blocks.length
          ? `holds no PEM CERTIFICATE block (found ${blocks.map((b) => b.label || '(no label)').join(', ')})`
          : 'holds no PEM certificate (-----BEGIN CERTIFICATE----- … -----END CERTIFICATE-----)'
      });
      continue;
    }
    certs.forEach((b, i) => {
      const which = certs.length > 1 ? `certificate ${i + 1} of ${certs.length}` : 'the certificate';
      let cert: X509Certificate;
      try {
        if (!b.body) throw new Error('no END line');
        cert = new X509Certificate(b.body);
      } catch {
        out.push({ key, severity: 'error', problem: `${which} does not parse as an X.509 certificate` });
        return;
      }
      const subject = cert.subject.replace(/\n/g, ', ');
      const notAfter = new Date(cert.validTo);
      const notBefore = new Date(cert.validFrom);
      if (notAfter.getTime() < now.getTime()) {
        out.push({ key, severity: 'error', problem: `${which} (${subject}) expired on ${day(notAfter)}` });
      } else if (notBefore.getTime() > now.getTime()) {
        out.push({ key, severity: 'warning', problem: `${which} (${subject}) is not valid before ${day(notBefore)}` });
      }
      if (!cert.ca) {
        out.push({
          key,
          severity: 'warning',
          problem: `${which} (${subject}) is not a CA certificate (basicConstraints CA:FALSE or absent): it is trusted only for a server that presents exactly this certificate`
        });
      }
    });
  }
  return out;
}

const keyLoc = (cm: ConfigMapObject, key: string): Loc => cm.keyLocs[key] ?? cm.loc;

/** Findings for the head side's trust ConfigMap, as of the run's day. */
function trustedCaInvalid(ctx: RuleContext): Finding[] {
  const { model } = ctx.head;
  const name = model.image?.additionalTrustedCA;
  const cm = name ? model.openshiftConfigMaps[name] : undefined;
  if (!cm) return [];
  const now = new Date(`${ctx.today}T00:00:00Z`);
  return trustBundleProblems(cm, now).map((p) =>
    finding(TRUSTED_CA_RULE, {
      severity: p.severity,
      message:
        `ConfigMap openshift-config/${cm.name} key "${p.key}" (additionalTrustedCA for ${p.key.replaceAll('..', ':')}): ${p.problem}. ` +
        'Every Linux node writes it to /etc/docker/certs.d, and WMCO adds it to C:\\k\\ca-bundle.crt on each Windows node at its next configuration; pulls from that registry fail TLS verification where it is wrong.',
      loc: keyLoc(cm, p.key),
      object: `ConfigMap/${cm.name}`
    })
  );
}

export const trustedCaRules: RuleModule = { checks: { [TRUSTED_CA_RULE]: trustedCaInvalid } };
