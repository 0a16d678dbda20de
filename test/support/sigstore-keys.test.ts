/**
 * The test key generator writes the encrypted private-key format Go's go-securesystemslib reads, and reads
 * the one it writes: a key `skopeo generate-sigstore-key` (skopeo 1.18, containers/image 5.34) wrote is
 * checked in as a fixture. That skopeo also signs with our keys is shown by test/e2e/signatures.test.ts.
 */
import { describe, expect, it } from '@jest/globals';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  COSIGN_PEM_TYPE,
  decryptPrivateKey,
  generateSigstoreKeyPair,
  pemDecode,
  pemEncode,
  publicKeyOfEncrypted,
  SIGSTORE_PEM_TYPE
} from './sigstore-keys.js';

const FIXTURES = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures');
/** The passphrase the fixture was generated with (a throwaway test key). */
const FIXTURE_PASSPHRASE = 'registry-plan test key, not a secret';

function envelope(pem: string): Record<string, any> {
  return JSON.parse(pemDecode(pem).der.toString('utf8'));
}

/** Re-wraps an encrypted key with one JSON field changed. */
function tampered(pem: string, edit: (j: Record<string, any>) => void): string {
  const j = envelope(pem);
  edit(j);
  return pemEncode(pemDecode(pem).type, Buffer.from(JSON.stringify(j)));
}

describe('sigstore test keys', () => {
  const pair = generateSigstoreKeyPair();

  it('decrypts a key Go wrote (skopeo 1.18 generate-sigstore-key) to the private key of its public key', () => {
    const priv = fs.readFileSync(path.join(FIXTURES, 'skopeo-1.18-sigstore-key.private'), 'utf8');
    const pub = fs.readFileSync(path.join(FIXTURES, 'skopeo-1.18-sigstore-key.pub'), 'utf8');
    expect(pemDecode(priv).type).toBe(COSIGN_PEM_TYPE);
    expect(publicKeyOfEncrypted(priv, FIXTURE_PASSPHRASE)).toBe(pub);
    expect(() => decryptPrivateKey(priv, 'wrong')).toThrow('encrypted: decryption failed');
  });

  it('writes the envelope Go marshals: field order, names, accepted scrypt parameters, sizes', () => {
    const text = pemDecode(pair.encryptedPrivateKeyPem).der.toString('utf8');
    expect(text).toMatch(
      /^\{"kdf":\{"name":"scrypt","params":\{"N":32768,"r":8,"p":1\},"salt":"[A-Za-z0-9+/]{43}="\},"cipher":\{"name":"nacl\/secretbox","nonce":"[A-Za-z0-9+/]{32}"\},"ciphertext":"[A-Za-z0-9+/=]+"\}$/
    );
    const j = envelope(pair.encryptedPrivateKeyPem);
    expect(Buffer.from(j.kdf.salt, 'base64')).toHaveLength(32);
    expect(Buffer.from(j.cipher.nonce, 'base64')).toHaveLength(24);
    expect(pemDecode(pair.encryptedPrivateKeyPem).type).toBe(SIGSTORE_PEM_TYPE);
    // Go's pem.EncodeToMemory: 64-character lines
    const body = pair.encryptedPrivateKeyPem.split('\n').slice(1, -2);
    expect(body.slice(0, -1).every((l) => l.length === 64)).toBe(true);
  });

  it('round-trips: the decrypted PKCS#8 is a P-256 key whose public half is publicKeyPem', () => {
    const der = decryptPrivateKey(pair.encryptedPrivateKeyPem, pair.passphrase);
    const key = crypto.createPrivateKey({ key: der, format: 'der', type: 'pkcs8' });
    expect(key.asymmetricKeyType).toBe('ec');
    expect(key.asymmetricKeyDetails?.namedCurve).toBe('prime256v1');
    expect(publicKeyOfEncrypted(pair.encryptedPrivateKeyPem, pair.passphrase)).toBe(pair.publicKeyPem);
    expect(pair.publicKeyPem).toMatch(/^-----BEGIN PUBLIC KEY-----\n/);
  });

  it('uses the standard parameters and the cosign PEM type when asked', () => {
    const p = generateSigstoreKeyPair({ passphrase: 'pw', pemType: COSIGN_PEM_TYPE, strength: 'standard' });
    expect(p.passphrase).toBe('pw');
    expect(pemDecode(p.encryptedPrivateKeyPem).type).toBe(COSIGN_PEM_TYPE);
    expect(envelope(p.encryptedPrivateKeyPem).kdf.params).toEqual({ N: 65536, r: 8, p: 1 });
    expect(publicKeyOfEncrypted(p.encryptedPrivateKeyPem, 'pw')).toBe(p.publicKeyPem);
  });

  it('refuses what Go refuses', () => {
    const pem = pair.encryptedPrivateKeyPem;
    expect(() => decryptPrivateKey(pem, pair.passphrase + 'x')).toThrow('encrypted: decryption failed');
    expect(() => decryptPrivateKey(pemEncode('EC PRIVATE KEY', Buffer.from('x')), '')).toThrow(
      'unsupported pem type: EC PRIVATE KEY'
    );
    expect(() =>
      decryptPrivateKey(
        tampered(pem, (j) => (j.kdf.params.N = 1024)),
        pair.passphrase
      )
    ).toThrow('unsupported scrypt parameters');
    expect(() =>
      decryptPrivateKey(
        tampered(pem, (j) => (j.cipher.name = 'aes')),
        pair.passphrase
      )
    ).toThrow('unknown cipher name');
    const flipped = tampered(pem, (j) => {
      const c = Buffer.from(j.ciphertext, 'base64');
      c[c.length - 1]! ^= 1;
      j.ciphertext = c.toString('base64');
    });
    expect(() => decryptPrivateKey(flipped, pair.passphrase)).toThrow('encrypted: decryption failed');
  });

  it('makes a different key and salt each time', () => {
    const other = generateSigstoreKeyPair({ passphrase: pair.passphrase });
    expect(other.publicKeyPem).not.toBe(pair.publicKeyPem);
    expect(envelope(other.encryptedPrivateKeyPem).kdf.salt).not.toBe(envelope(pair.encryptedPrivateKeyPem).kdf.salt);
  });
});
