/**
 * The OpenShift version a repository's ClusterVersion asks for. Teams gate releases in Git: a pull
 * request sets `spec.desiredUpdate.version` (or `.image`), and the cluster-version operator updates to
 * it. The version is read from `version`, else from the tag of `image` when the tag is a release
 * version (`ocp-release:4.21.3-x86_64`); a digest-only image names no version, and the caller must say
 * so instead of guessing (docs/release-gating.md).
 */
import { valueAt, type ManifestDoc, type PathSeg } from './manifest.js';
import type { OcpVersion } from './version.js';

export interface DeclaredVersion {
  /** The minor version asked for, when one can be read. */
  version?: OcpVersion;
  /** The field the version was read from (or the field that names no version). */
  field: 'spec.desiredUpdate.version' | 'spec.desiredUpdate.image';
  /** What the ClusterVersion says, verbatim: two declarations are the same when these are equal. */
  value: string;
  file: string;
  line: number;
}

const DESIRED_VERSION: PathSeg[] = ['spec', 'desiredUpdate', 'version'];
const DESIRED_IMAGE: PathSeg[] = ['spec', 'desiredUpdate', 'image'];

// Bounded repetitions with disjoint parts: linear on any input.
const VERSION_TEXT = /^v?(\d{1,3})\.(\d{1,3})(?:\.\d{1,6})?(?:-[0-9A-Za-z._-]{1,128})?$/;

/** "4.21", "4.21.3", "4.21.0-rc.2", "4.21.3-x86_64" → 4.21. */
export function versionOfText(text: string): OcpVersion | undefined {
  const m = VERSION_TEXT.exec(text.trim());
  return m ? { major: Number(m[1]), minor: Number(m[2]) } : undefined;
}

/** The release version an image reference's tag carries; undefined for a digest or another tag. */
export function versionOfImage(image: string): OcpVersion | undefined {
  const noDigest = image.split('@', 1)[0]!;
  const lastSlash = noDigest.lastIndexOf('/');
  const colon = noDigest.indexOf(':', lastSlash + 1);
  if (lastSlash < 0 || colon < 0) return undefined;
  // A release tag starts with the full X.Y.Z (the architecture or "-multi" may follow).
  const tag = noDigest.slice(colon + 1);
  return /^\d{1,3}\.\d{1,3}\.\d{1,6}(?:-|$)/.test(tag) ? versionOfText(tag.split('-', 1)[0]!) : undefined;
}

const stringAt = (obj: unknown, path: PathSeg[]): string | undefined => {
  const v = valueAt(obj, path);
  return typeof v === 'string' && v.trim() !== '' ? v.trim() : undefined;
};

/** The first config.openshift.io ClusterVersion's desired update, or undefined when none names one. */
export function declaredVersion(docs: readonly ManifestDoc[]): DeclaredVersion | undefined {
  const cv = docs.find((d) => d.kind === 'ClusterVersion' && d.apiVersion.startsWith('config.openshift.io/'));
  if (!cv) return undefined;
  const text = stringAt(cv.obj, DESIRED_VERSION);
  if (text !== undefined) {
    const version = versionOfText(text);
    return {
      ...(version ? { version } : {}),
      field: 'spec.desiredUpdate.version',
      value: text,
      file: cv.file,
      line: cv.lineOf(DESIRED_VERSION)
    };
  }
  const image = stringAt(cv.obj, DESIRED_IMAGE);
  if (image === undefined) return undefined;
  const version = versionOfImage(image);
  return {
    ...(version ? { version } : {}),
    field: 'spec.desiredUpdate.image',
    value: image,
    file: cv.file,
    line: cv.lineOf(DESIRED_IMAGE)
  };
}
