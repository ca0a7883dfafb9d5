#!/usr/bin/env bash
# Regenerates every bundle (scripts/generate.sh) into a temporary directory and
# compares it with the committed generated/: exits 1 with a summary of the
# differences when anything was added, removed or changed. Run it in CI.
#
# PTX is nvcc's output and names nvcc's version in its header: committed PTX
# is compared only when the installed nvcc is the one that wrote it (another
# version writes other, equally valid PTX); the CUDA C++ it comes from is
# always compared.
set -euo pipefail
cd "$(dirname "$0")/.."
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
scripts/generate.sh "$tmp"
committed="$(grep -h -m1 'Cuda compilation tools' generated/*/cuda/kernels/*.ptx 2>/dev/null | head -n 1 || true)"
fresh="$(grep -h -m1 'Cuda compilation tools' "$tmp"/*/cuda/kernels/*.ptx 2>/dev/null | head -n 1 || true)"
exclude=()
if [ "$committed" != "$fresh" ]; then
  echo "PTX not compared: generated/ has PTX from '${committed#// }', this machine's nvcc writes '${fresh#// }'" >&2
  exclude=(-x '*.ptx')
fi
if diff -r -q "${exclude[@]}" generated "$tmp" > "$tmp.summary" 2>&1; then
  rm -f "$tmp.summary"
  echo "generated/ is up to date"
  exit 0
fi
echo "generated/ is out of date: $(wc -l < "$tmp.summary") difference(s); run scripts/generate.sh and commit the result." >&2
sed -e "s#$tmp#<fresh>#g" "$tmp.summary" | head -n 40 >&2
diff -r -u "${exclude[@]}" generated "$tmp" 2>/dev/null | sed -e "s#$tmp#<fresh>#g" | head -n 60 >&2 || true
rm -f "$tmp.summary"
exit 1
