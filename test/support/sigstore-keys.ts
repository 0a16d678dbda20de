/**
 * Sigstore signing keys for tests, made with Node's crypto and tweetnacl (no cosign, no Go).
 *
 * The private key file is what containers/image (`skopeo copy --sign-by-sigstore-private-key`) and cosign
 * read: PEM around the JSON that go-securesystemslib's `encrypted.Encrypt` writes,
 *   {"kdf":{"name":"scrypt","params":{"N":32768,"r":8,"p":1},"salt":B64},
 *    "cipher":{"name":"nacl/secretbox","nonce":B64},"ciphertext":B64}
 * where the secretbox key is scrypt(passphrase, salt, N, r, p, 32), the plaintext is the PKCS#8 DER of an
 * ECDSA P-256 key, and B64 is Go's encoding/json []byte (standard base64, padded). Go's decoder accepts
 * only three scrypt parameter sets (CheckParams: 2^15, 2^16 or 2^17 with r=8, p=1), so they are named
 * here rather than free. containers/image 5.23 reads only the PEM type "ENCRYPTED COSIGN PRIVATE KEY";
 * 5.25 and later also "ENCRYPTED SIGSTORE PRIVATE KEY" (cosign 2.x's name), the default here.
 */
import crypto from 'node:crypto';
import nacl from 'tweetnacl';

export const SIGSTORE_PEM_TYPE = 'ENCRYPTED SIGSTORE PRIVATE KEY';
export const COSIGN_PEM_TYPE = 'ENCRYPTED COSIGN PRIVATE KEY';
export type PrivateKeyPemType = typeof SIGSTORE_PEM_TYPE | typeof COSIGN_PEM_TYPE;

/** go-securesystemslib's accepted scrypt parameter sets (encrypted.go legacyParams / standardParams / owaspParams). */
export const SCRYPT_PARAMS = {
  legacy: { N: 32768, r: 8, p: 1 },
  standard: { N: 65536, r: 8, p: 1 },
  owasp: { N: 131072, r: 8, p: 1 }
} as const;
export type ScryptStrength = keyof typeof SCRYPT_PARAMS;

const SALT_SIZE = 32;
const KEY_SIZE = 32;

export interface SigstoreKeyPair {
  /** SubjectPublicKeyInfo PEM ("PUBLIC KEY"), as a ClusterImagePolicy's `keyData` decodes to. */
  publicKeyPem: string;
  /** The encrypted private key file skopeo's --sign-by-sigstore-private-key reads. */
  encryptedPrivateKeyPem: string;
  /** The passphrase (give it to skopeo with --sign-passphrase-file). */
  passphrase: string;
}

export interface KeyOptions {
  passphrase?: string;
  pemType?: PrivateKeyPemType;
  /**
   * Default "legacy" (2^15): the set every go-tuf/go-securesystemslib version reads, and half the time and
   * memory of "standard" (2^16, what Encrypt writes today).
   */
  strength?: ScryptStrength;
}

interface EncryptedKeyJson {
  kdf: { name: string; params: { N: number; r: number; p: number }; salt: string };
  cipher: { name: string; nonce: string };
  ciphertext: string;
}

function scryptKey(passphrase: string, salt: Buffer, params: { N: number; r: number; p: number }): Uint8Array {
  // scrypt needs 128·N·r bytes; Node's default ceiling (32 MiB) is below the standard set's 64 MiB
  const maxmem = 256 * params.N * params.r;
  return crypto.scryptSync(Buffer.from(passphrase, 'utf8'), salt, KEY_SIZE, { ...params, maxmem });
}

/** Go's pem.EncodeToMemory: 64-character lines, trailing newline. */
export function pemEncode(type: string, der: Buffer): string {
  const b64 = der.toString('base64');
  const lines = b64.match(/.{1,64}/g) ?? [];
  return `-----BEGIN ${type}-----\n${lines.join('\n')}\n-----END ${type}-----\n`;
}

/** The first PEM block: its type and bytes. */
export function pemDecode(pem: string): { type: string; der: Buffer } {
  const m = /-----BEGIN ([A-Z0-9 ]+)-----\r?\n([A-Za-z0-9+/=\r\n]*?)-----END \1-----/.exec(pem);
  if (!m) throw new Error('invalid pem block');
  return { type: m[1]!, der: Buffer.from(m[2]!.replace(/\s+/g, ''), 'base64') };
}

/** Encrypts a PKCS#8 DER private key the way go-securesystemslib's encrypted.Encrypt does, as PEM. */
export function encryptPrivateKey(pkcs8Der: Buffer, passphrase: string, options: KeyOptions = {}): string {
  const params = SCRYPT_PARAMS[options.strength ?? 'legacy'];
  const salt = crypto.randomBytes(SALT_SIZE);
  const nonce = crypto.randomBytes(nacl.secretbox.nonceLength);
  const box = nacl.secretbox(new Uint8Array(pkcs8Der), new Uint8Array(nonce), scryptKey(passphrase, salt, params));
  // field order and names as the Go structs marshal them
  const json: EncryptedKeyJson = {
    kdf: { name: 'scrypt', params: { ...params }, salt: salt.toString('base64') },
    cipher: { name: 'nacl/secretbox', nonce: nonce.toString('base64') },
    ciphertext: Buffer.from(box).toString('base64')
  };
  return pemEncode(options.pemType ?? SIGSTORE_PEM_TYPE, Buffer.from(JSON.stringify(json), 'utf8'));
}

/**
 * Decrypts an encrypted sigstore/cosign private key (ours or one Go wrote) with the checks Go's
 * loadPrivateKey + encrypted.Decrypt make, and returns the PKCS#8 DER.
 */
export function decryptPrivateKey(pem: string, passphrase: string): Buffer {
  const { type, der } = pemDecode(pem);
  if (type !== SIGSTORE_PEM_TYPE && type !== COSIGN_PEM_TYPE) throw new Error(`unsupported pem type: ${type}`);
  const data = JSON.parse(der.toString('utf8')) as EncryptedKeyJson;
  if (data.kdf?.name !== 'scrypt') throw new Error(`encrypted: unknown kdf name ${JSON.stringify(data.kdf?.name)}`);
  if (data.cipher?.name !== 'nacl/secretbox')
    throw new Error(`encrypted: unknown cipher name ${JSON.stringify(data.cipher?.name)}`);
  const p = data.kdf.params;
  if (!Object.values(SCRYPT_PARAMS).some((s) => s.N === p?.N && s.r === p?.r && s.p === p?.p))
    throw new Error('unsupported scrypt parameters');
  const nonce = Buffer.from(data.cipher.nonce, 'base64');
  if (nonce.length !== nacl.secretbox.nonceLength) throw new Error('encrypted: incorrect nonce size');
  const key = scryptKey(passphrase, Buffer.from(data.kdf.salt, 'base64'), p);
  const plain = nacl.secretbox.open(new Uint8Array(Buffer.from(data.ciphertext, 'base64')), new Uint8Array(nonce), key);
  if (plain === null) throw new Error('encrypted: decryption failed');
  return Buffer.from(plain);
}

/** A fresh ECDSA P-256 key pair in the files skopeo and a ClusterImagePolicy use. */
export function generateSigstoreKeyPair(options: KeyOptions = {}): SigstoreKeyPair {
  const passphrase = options.passphrase ?? crypto.randomBytes(12).toString('base64url');
  const { privateKey, publicKey } = crypto.generateKeyPairSync('ec', { namedCurve: 'P-256' });
  const pkcs8 = privateKey.export({ type: 'pkcs8', format: 'der' });
  return {
    publicKeyPem: publicKey.export({ type: 'spki', format: 'pem' }).toString(),
    encryptedPrivateKeyPem: encryptPrivateKey(pkcs8, passphrase, options),
    passphrase
  };
}

/** The public key PEM (SubjectPublicKeyInfo) of an encrypted private key. */
export function publicKeyOfEncrypted(pem: string, passphrase: string): string {
  const priv = crypto.createPrivateKey({ key: decryptPrivateKey(pem, passphrase), format: 'der', type: 'pkcs8' });
  return crypto.createPublicKey(priv).export({ type: 'spki', format: 'pem' }).toString();
}
