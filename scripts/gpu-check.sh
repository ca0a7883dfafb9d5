#!/usr/bin/env bash
# Runs scripts/gpu-check.ts on an NVIDIA GPU machine that has no Node: from
# .device/ as scripts/gpu-pack.sh built it (carry .device with the working
# tree). Writes gpu-report.md, gpu-report.json and gpu-check.log into $1
# (default ./gpu-out). Extra arguments go to gpu-check.ts (e.g. --skip bench).
set -uo pipefail
cd "$(dirname "$0")/.."
out="${1:-gpu-out}"
shift || true
mkdir -p "$out"
node=/tmp/loom-node
[ -x "$node" ] || { xz -d -c .device/node.xz > "$node" && chmod +x "$node"; }
nvidia-smi --query-gpu=name,driver_version,memory.total,clocks.max.sm --format=csv,noheader 2>&1 | tee "$out/nvidia-smi.txt"
# NVRTC for load-time compilation: the CUDA toolkit's, else the one PyTorch's wheels bring.
if [ -z "${LOOM_NVRTC:-}" ]; then
  LOOM_NVRTC="$(ls /usr/local/cuda/lib64/libnvrtc.so* 2>/dev/null | head -n 1)"
  [ -n "$LOOM_NVRTC" ] || LOOM_NVRTC="$(python3 -c 'import nvidia, glob, os; print((glob.glob(os.path.join(os.path.dirname(nvidia.__path__[0]), "nvidia", "*", "lib", "libnvrtc.so*")) + [""])[0])' 2>/dev/null)"
  export LOOM_NVRTC
fi
echo "NVRTC: ${LOOM_NVRTC:-none (nvcc)}"
PYTHONUNBUFFERED=1 "$node" .device/dist/gpu-check.js --root . --out "$out" "$@" 2>&1 | tee "$out/gpu-check.log"
