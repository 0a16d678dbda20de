/**
 * The few rules of gopkg.in/yaml.v2 v2.4.0 (through github.com/ghodss/yaml, as MCO vendors it) that
 * decide the bytes of `/etc/containers/registries.d/sigstore-registries.yaml`: map key order, scalar
 * style, and the `? key` form for keys longer than 128 bytes. Scopes and registry names are ASCII
 * without spaces or line breaks, which is all this covers.
 */

const isLetter = (c: string): boolean => /\p{L}/u.test(c);
const isDigit = (c: string): boolean => c >= '0' && c <= '9';

/**
 * yaml.v2 `keyList.Less` for two string keys: rune-wise, letters after non-letters, and runs of
 * digits compared as numbers ("a9" before "a10"), not plain byte order.
 */
export function yamlKeyLess(a: string, b: string): boolean {
  const ar = [...a];
  const br = [...b];
  for (let i = 0; i < ar.length && i < br.length; i++) {
    if (ar[i] === br[i]) continue;
    const al = isLetter(ar[i]!);
    const bl = isLetter(br[i]!);
    if (al && bl) return ar[i]! < br[i]!;
    if (al || bl) return bl;
    let an = 0;
    let bn = 0;
    if (ar[i] === '0' || br[i] === '0') {
      // A zero continuing a non-zero digit run counts as a digit of that number.
      for (let j = i - 1; j >= 0 && isDigit(ar[j]!); j--) {
        if (ar[j] !== '0') {
          an = 1;
          bn = 1;
          break;
        }
      }
    }
    let ai = i;
    for (; ai < ar.length && isDigit(ar[ai]!); ai++) an = an * 10 + Number(ar[ai]);
    let bi = i;
    for (; bi < br.length && isDigit(br[bi]!); bi++) bn = bn * 10 + Number(br[bi]);
    if (an !== bn) return an < bn;
    if (ai !== bi) return ai < bi;
    return ar[i]! < br[i]!;
  }
  return ar.length < br.length;
}

export const yamlKeyCompare = (a: string, b: string): number => (yamlKeyLess(a, b) ? -1 : yamlKeyLess(b, a) ? 1 : 0);

const YAML_FLOAT = /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?$/;
const RESERVED = new Set([
  ...['y', 'Y', 'yes', 'Yes', 'YES', 'true', 'True', 'TRUE', 'on', 'On', 'ON'],
  ...['n', 'N', 'no', 'No', 'NO', 'false', 'False', 'FALSE', 'off', 'Off', 'OFF'],
  ...['', '~', 'null', 'Null', 'NULL', '.nan', '.NaN', '.NAN', '.inf', '.Inf', '.INF'],
  ...['+.inf', '+.Inf', '+.INF', '-.inf', '-.Inf', '-.INF', '<<']
]);
const YAML_INT = /^[-+]?(?:[0-9][0-9_]*|0b[01_]+|0o?[0-7_]+|0x[0-9a-fA-F_]+)$/;
const BASE60_FLOAT = /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+(?:\.[0-9_]*)?$/;

/** yaml.v2 `resolve` would read the plain text as something other than a string. */
function resolvesToNonString(s: string): boolean {
  return RESERVED.has(s) || YAML_FLOAT.test(s) || YAML_INT.test(s) || BASE60_FLOAT.test(s);
}

/** libyaml's analysis: may this text be written plain in block context? */
function blockPlainAllowed(s: string): boolean {
  if (s.startsWith('---') || s.startsWith('...')) return false;
  const first = s[0]!;
  const followedBySpace = s.length === 1 || s[1] === ' ';
  if ('#,[]{}&*!|>\'"%@`'.includes(first)) return false;
  if ((first === '?' || first === ':' || first === '-') && followedBySpace) return false;
  for (let i = 1; i < s.length; i++) {
    const c = s[i]!;
    const nextBlank = i + 1 >= s.length || s[i + 1] === ' ';
    if (c === ':' && nextBlank) return false;
    if (c === '#' && s[i - 1] === ' ') return false;
  }
  return !s.startsWith(' ') && !s.endsWith(' ');
}

/** The scalar as yaml.v2 writes a string (encoder `stringv` + emitter style selection). */
export function yamlScalar(s: string): string {
  if (resolvesToNonString(s)) return `"${s.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
  if (blockPlainAllowed(s)) return s;
  return `'${s.replace(/'/g, "''")}'`;
}

/** libyaml `check_simple_key`: a key whose text is over 128 bytes is written as `? key` / `: value`. */
export const isSimpleKey = (s: string): boolean => Buffer.byteLength(s) <= 128;
