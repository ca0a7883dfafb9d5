#!/usr/bin/env bash
# Every GPU check of scripts/gpu-check.ts within one device call, in phases,
# each in its own process and under its own time cap: a kernel that faults
# (CUDA_ERROR_ILLEGAL_ADDRESS poisons the whole context) or a phase that
# runs long costs only its phase. The examples run in four processes at
# once (the reference interpreter is CPU-bound and single-threaded); the
# benchmarks run one at a time, alone on the GPU. Logs go to OUT/<phase>/.
#
#   bash scripts/gpu-all.sh OUT        (carry .device, built by scripts/gpu-pack.sh)
set -uo pipefail
cd "$(dirname "$0")/.."
out="${1:-gpu-out}"
mkdir -p "$out"
node=/tmp/loom-node
[ -x "$node" ] || { xz -d -c .device/node.xz > "$node" && chmod +x "$node"; }
check() { # phase seconds args…
  local phase="$1" limit="$2"
  shift 2
  timeout "$limit" bash scripts/gpu-check.sh "$out/$phase" "$@" > /dev/null 2>&1
  echo "phase $phase: exit $?" >> "$out/phases.txt"
}
examples=(
  binary_gpt.loom,fff.loom,lif_mlp.loom,mtp.loom,peer.loom
  lif_scan.loom,mixtral.loom,moe_gpt.loom,rwkv.loom,spikegpt.loom
  gla.loom,gqa.loom,linear_attention.loom,llama.loom,mamba.loom
  gla_recurrent.loom,gpt.loom,mla.loom,sliding_window.loom,spiking_hybrid.loom
)
i=0
for group in "${examples[@]}"; do
  i=$((i + 1))
  check "examples$i" "${LOOM_GPU_EXAMPLES_S:-110}" --skip bench,fixtures --examples "$group" &
done
wait
check fixtures "${LOOM_GPU_FIXTURES_S:-35}" --skip examples,bench --fixtures "${LOOM_GPU_FIXTURES:-gpt,mamba}"
check mma "${LOOM_GPU_MMA_S:-70}" --skip examples,fixtures,wgmma,scan,attention,gpt
check wgmma "${LOOM_GPU_WGMMA_S:-50}" --skip examples,fixtures,matmul,mma,scan,attention,gpt
check rest "${LOOM_GPU_REST_S:-110}" --skip examples,fixtures,matmul,gemm
cat "$out/phases.txt"
