#!/usr/bin/env bash
# Installs a software Vulkan driver (Mesa lavapipe) so that the `webgpu` npm
# package (Dawn for Node) finds a real adapter on a GPU-less Debian bookworm
# machine. Bookworm's own Mesa (22.x) is too old for Dawn's Vulkan backend, so
# Mesa comes from bookworm-backports (25.x).
#
# Idempotent and non-interactive: safe to run again on a machine that already
# has everything; each step checks before it changes anything. Run as root.
set -euo pipefail

export DEBIAN_FRONTEND=noninteractive
BACKPORTS_FILE=/etc/apt/sources.list.d/bookworm-backports.sources
SUITE=bookworm-backports

log() { printf '[install-webgpu] %s\n' "$*"; }

if [[ $(id -u) -ne 0 ]]; then
  echo "install-webgpu.sh must run as root (it edits apt sources and installs packages)" >&2
  exit 1
fi

# shellcheck disable=SC1091
. /etc/os-release
if [[ "${VERSION_CODENAME:-}" != bookworm ]]; then
  echo "install-webgpu.sh targets Debian bookworm; this is '${PRETTY_NAME:-unknown}'" >&2
  exit 1
fi

# Prints the first deb822 stanza of the machine's Debian archive entry (the
# one whose Suites include plain "bookworm"), so backports uses the same
# mirror and keyring the machine already trusts.
debian_stanza() {
  local f
  for f in /etc/apt/sources.list.d/*.sources; do
    [[ -f "$f" && "$f" != "$BACKPORTS_FILE" ]] || continue
    awk '
      BEGIN { RS = ""; ORS = "\n\n" }
      /(^|\n)Suites:[^\n]*(^|[ \t])bookworm([ \t]|\n|$)/ && /(^|\n)Types:[^\n]*deb/ { print; exit }
    ' "$f"
  done | awk 'BEGIN { RS = ""; ORS = "\n" } NR == 1 { print }'
}

backports_configured() {
  grep -rqsE "^Suites:.*\b${SUITE}\b" /etc/apt/sources.list.d/ 2>/dev/null \
    || grep -rqsE "^deb .* ${SUITE}( |$)" /etc/apt/sources.list /etc/apt/sources.list.d/ 2>/dev/null
}

if backports_configured; then
  log "apt source for ${SUITE} already present"
else
  stanza=$(debian_stanza)
  if [[ -z "$stanza" ]]; then
    # Old-style one-line sources.list machines: write a stanza from scratch.
    stanza=$'Types: deb\nURIs: http://deb.debian.org/debian\nSuites: bookworm\nComponents: main\nSigned-By: /usr/share/keyrings/debian-archive-keyring.gpg'
  fi
  log "adding ${BACKPORTS_FILE}"
  # Copy the Debian entry, swapping only its Suites line.
  printf '%s\n' "$stanza" | sed -E "s/^Suites:.*/Suites: ${SUITE}/" > "$BACKPORTS_FILE"
fi

# The Vulkan ICD must come from backports: bookworm's 22.x lavapipe is
# rejected by Dawn. Checking the installed version keeps reruns offline-fast.
installed_mesa=$(dpkg-query -W -f='${Version}' mesa-vulkan-drivers 2>/dev/null || true)
if [[ "$installed_mesa" == *bpo12* ]] && dpkg-query -W -f='${Status}' libvulkan1 2>/dev/null | grep -q 'ok installed'; then
  log "mesa-vulkan-drivers ${installed_mesa} (backports) and libvulkan1 already installed"
else
  log "apt-get update"
  apt-get update -qq
  log "installing mesa-vulkan-drivers and libvulkan1 from ${SUITE}"
  apt-get install -y -qq --no-install-recommends -t "$SUITE" mesa-vulkan-drivers libvulkan1
fi

icd=$(ls /usr/share/vulkan/icd.d/lvp_icd*.json 2>/dev/null | head -n1 || true)
if [[ -z "$icd" ]]; then
  echo "lavapipe ICD manifest not found under /usr/share/vulkan/icd.d after install" >&2
  exit 1
fi
log "ok: mesa-vulkan-drivers $(dpkg-query -W -f='${Version}' mesa-vulkan-drivers), ICD ${icd}"
