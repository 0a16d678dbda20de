#!/usr/bin/env bash
# Installs a skopeo that can sign and verify sigstore signatures, for test/e2e/signatures.test.ts.
# Needs root + apt. Idempotent.
#
# Why: Debian bookworm's skopeo 1.9.3 is built against golang-github-containers-image-dev 5.23.1-4, whose
# Debian patch stubs out sigstore: signing fails with "creating signature: Debian-local change: sigstore
# disabled", and every sigstore signature is rejected with "Source image rejected: Debian-local change:
# sigstore disabled". Debian trixie's skopeo (1.18, containers/image 5.34) has it, but needs glibc 2.38.
# So this script downloads trixie's skopeo (from the archive the machine's apt sources name) and the libraries it links (libc6, libsqlite3-0,
# libgpgme11t64, libassuan9, libgpg-error0) with apt-get download, from a private trixie source list
# (the system's apt sources are not touched), unpacks them under $PREFIX/root, and writes $PREFIX/skopeo,
# which runs that skopeo with trixie's dynamic loader and only those libraries.
# If the system skopeo has no such stub (not Debian's 1.9.x), $PREFIX/skopeo just runs it.
set -euo pipefail
PREFIX="${REGISTRY_PLAN_SIGSTORE_SKOPEO_PREFIX:-/opt/registry-plan-e2e/skopeo-sigstore}"
SUITE="${SIGSTORE_SKOPEO_SUITE:-trixie}"
PKGS="skopeo libc6 libsqlite3-0 libgpgme11t64 libassuan9 libgpg-error0"
log() { printf '[sigstore-skopeo] %s\n' "$*" >&2; }

works() { [ -x "$PREFIX/skopeo" ] && "$PREFIX/skopeo" --version >/dev/null 2>&1; }
if works && [ -z "${FORCE:-}" ]; then
  log "present: $("$PREFIX/skopeo" --version) ($PREFIX/skopeo)"
  exit 0
fi
mkdir -p "$PREFIX"

sys="$(command -v skopeo || true)"
if [ -n "$sys" ] && ! grep -aq 'Debian-local change: sigstore disabled' "$sys"; then
  printf '#!/bin/sh\nexec %q "$@"\n' "$sys" > "$PREFIX/skopeo"
  chmod 755 "$PREFIX/skopeo"
  log "system skopeo has sigstore: $("$PREFIX/skopeo" --version)"
  exit 0
fi

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/lists/partial" "$work/cache/archives/partial" "$work/debs"
# The machine's own Debian archive (whatever apt is set up to use), asked for the newer suite.
uri="$(sed -n 's/^URIs:[[:space:]]*//p' /etc/apt/sources.list.d/*.sources 2>/dev/null | grep -v -- '-security' | head -1)"
[ -n "$uri" ] || uri="$(awk '$1 == "deb" && $2 !~ /security/ { print $2; exit }' /etc/apt/sources.list 2>/dev/null)"
[ -n "$uri" ] || { log "ERROR: no Debian archive in the apt sources"; exit 2; }
echo "deb $uri $SUITE main" > "$work/sources.list"
APT=(-o "Dir::Etc::SourceList=$work/sources.list" -o "Dir::Etc::SourceParts=$work/none"
  -o "Dir::State::Lists=$work/lists" -o "Dir::Cache=$work/cache" -o "Debug::NoLocking=1"
  -o "APT::Sandbox::User=root")
apt-get "${APT[@]}" update -qq
# apt-get download checks the suite's Release signature and each package's hash
(cd "$work/debs" && apt-get "${APT[@]}" download $PKGS 2>&1 | grep -v 'unsandboxed' >&2 || true)
for p in $PKGS; do
  ls "$work/debs/${p}_"*.deb >/dev/null 2>&1 || { log "ERROR: apt-get download $p from $SUITE failed"; exit 2; }
done
rm -rf "$PREFIX/root.new"
mkdir -p "$PREFIX/root.new"
for d in "$work"/debs/*.deb; do dpkg-deb -x "$d" "$PREFIX/root.new"; done
rm -rf "$PREFIX/root"
mv "$PREFIX/root.new" "$PREFIX/root"

loader="$(ls "$PREFIX"/root/usr/lib/*/ld-linux*.so.* 2>/dev/null | head -1)"
[ -n "$loader" ] || { log "ERROR: no dynamic loader in the unpacked libc6"; exit 2; }
libdir="$(dirname "$loader")"
cat > "$PREFIX/skopeo" <<SH
#!/bin/sh
# Debian $SUITE's skopeo with its own glibc (written by test/e2e/harness/install-sigstore-skopeo.sh)
exec "$loader" --library-path "$libdir" "$PREFIX/root/usr/bin/skopeo" "\$@"
SH
chmod 755 "$PREFIX/skopeo"
for d in "$work"/debs/*.deb; do log "unpacked $(basename "$d")"; done
works || { log "ERROR: $PREFIX/skopeo does not run"; exit 2; }
log "installed: $("$PREFIX/skopeo" --version) ($PREFIX/skopeo)"
