#!/usr/bin/env bash
# Builds .device/ (git-ignored): everything scripts/gpu-check.sh needs on a
# GPU machine that has no Node and no npm registry — this machine's node
# binary (xz), scripts/gpu-check.ts and the loom it imports bundled by
# esbuild into plain JavaScript (dist/), and koffi with its linux-x64 build.
# The bundle reads loom's files (compiler/std, dsl-examples, fixtures) from
# the repository it runs in: import.meta.url is pointed at the source tree.
set -euo pipefail
cd "$(dirname "$0")/.."
mkdir -p .device/node_modules/@koromix
[ -f .device/node.xz ] || xz -T0 -6 -c "$(readlink -f "$(command -v node)")" > .device/node.xz
rm -rf .device/dist
# One output directory with code splitting: modules loaded with import() stay
# separate chunks, so their packages (webgpu, ts-morph) are only needed if used.
npx esbuild scripts/gpu-check.ts --bundle --platform=node --format=esm --splitting --outdir=.device/dist \
  --external:koffi --external:webgpu --external:ts-morph --log-level=warning \
  --define:import.meta.url=globalThis.__loomSourceUrl \
  "--banner:js=globalThis.__loomSourceUrl ??= new URL('../../compiler/elaborate/load.ts', import.meta.url).href;"
rm -rf .device/node_modules/koffi .device/node_modules/@koromix/koffi-linux-x64
cp -r node_modules/koffi .device/node_modules/koffi
cp -r node_modules/@koromix/koffi-linux-x64 .device/node_modules/@koromix/koffi-linux-x64
du -sh .device
