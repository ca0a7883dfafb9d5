#!/usr/bin/env bash
# Compiles every example (dsl-examples/*.loom) for every target into
# OUT/<example>/<target>/ (default: generated/, the committed copy).
# cuda bundles carry PTX (sm_80, sm_90, from nvcc) for gpt only, which keeps
# the repository small; every example's CUDA C++ is checked by nvcc in the
# tests (test/cuda). See docs/emit.md.
set -euo pipefail
cd "$(dirname "$0")/.."
out="${1:-generated}"
for file in dsl-examples/*.loom; do
  name="$(basename "$file" .loom)"
  for target in js webgpu cuda; do
    extra=()
    if [ "$target" = cuda ]; then
      if [ "$name" = gpt ]; then extra=(--ptx 80,90); else extra=(--ptx none); fi
    fi
    node bin/loom.js compile "$file" --target "$target" -o "$out/$name/$target" --quiet "${extra[@]}"
  done
done
