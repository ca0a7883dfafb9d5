#!/usr/bin/env bash
# Regenerates every bundle (scripts/generate.sh) into a temporary directory and
# compares it with the committed generated/: exits 1 with a summary of the
# differences when anything was added, removed or changed. Run it in CI.
set -euo pipefail
cd "$(dirname "$0")/.."
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
scripts/generate.sh "$tmp"
if diff -r -q generated "$tmp" > "$tmp.summary" 2>&1; then
  rm -f "$tmp.summary"
  echo "generated/ is up to date"
  exit 0
fi
echo "generated/ is out of date: $(wc -l < "$tmp.summary") difference(s); run scripts/generate.sh and commit the result." >&2
sed -e "s#$tmp#<fresh>#g" "$tmp.summary" | head -n 40 >&2
diff -r -u generated "$tmp" 2>/dev/null | sed -e "s#$tmp#<fresh>#g" | head -n 60 >&2 || true
rm -f "$tmp.summary"
exit 1
