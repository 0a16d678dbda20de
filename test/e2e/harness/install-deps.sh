#!/usr/bin/env bash
# Installs the Debian packages the e2e suite needs (idempotent). Needs root + apt.
# Copied from the shared harness; the package list is what test/e2e/harness uses.
set -euo pipefail
# jest hands check.mjs JSON expectations, so python3-yaml is not needed here; jq is not used either.
PKGS="docker-registry skopeo containerd openssl curl util-linux"
missing=""
for p in $PKGS; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing="$missing $p"
done
if [ -n "$missing" ]; then
  echo "[harness] installing:$missing" >&2
  export DEBIAN_FRONTEND=noninteractive
  # .ci/run has just updated the package lists
  [ "${SKIP_APT_UPDATE:-}" = 1 ] || apt-get update -qq
  # --no-install-recommends keeps it small; the containerd package does NOT start a daemon
  # here (no systemd in this sandbox) - the harness runs its own on a private socket.
  apt-get install -y -qq --no-install-recommends $missing >/dev/null
fi
for p in $PKGS; do
  printf '%-18s %s\n' "$p" "$(dpkg-query -W -f='${Version}' "$p")"
done
# signatures.test.ts needs a skopeo with sigstore, which bookworm's is not (see the script)
bash "$(dirname "$0")/install-sigstore-skopeo.sh"
