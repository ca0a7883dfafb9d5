#!/usr/bin/env bash
# Compiles every example (dsl-examples/*.loom) for js and webgpu, and gpt for
# cuda too (with PTX for sm_80 and sm_90 from nvcc), into
# OUT/<example>/<target>/ (default: generated/, the committed copy). Every
# example's CUDA C++ is compiled by nvcc and run under emulation in the tests
# (test/cuda); committing all of it too would triple generated/ and push the
# working tree past what a GPU session can carry (docs/cuda.md).
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
node bin/loom.js compile dsl-examples/gpt.loom --target cuda --ptx 80,90 -o "$out/gpt/cuda" --quiet
