#!/usr/bin/env bash
# Compiles every example (dsl-examples/*.loom) for every target into
# OUT/<example>/<target>/ (default: generated/, the committed copy).
# See docs/emit.md.
set -euo pipefail
cd "$(dirname "$0")/.."
out="${1:-generated}"
for file in dsl-examples/*.loom; do
  name="$(basename "$file" .loom)"
  for target in js webgpu; do
    node bin/loom.js compile "$file" --target "$target" -o "$out/$name/$target" --quiet
  done
done
