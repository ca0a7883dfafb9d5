#!/usr/bin/env bash
# nvcc for the CUDA tests (test/cuda: every example's CUDA C++ must compile
# for sm_80 and sm_90) and for the PTX in generated/. Machines that already
# have a CUDA toolkit keep theirs; others get Debian's (non-free component).
set -euo pipefail
if command -v nvcc >/dev/null 2>&1; then
  nvcc --version | tail -n 2
  exit 0
fi
export DEBIAN_FRONTEND=noninteractive
if [ -f /etc/apt/sources.list.d/debian.sources ]; then
  sed -i -E 's/^Components: main$/Components: main contrib non-free non-free-firmware/' /etc/apt/sources.list.d/debian.sources
else
  sed -i -E 's/^(deb .* bookworm[a-z-]* main)$/\1 contrib non-free non-free-firmware/' /etc/apt/sources.list
fi
apt-get update -qq
apt-get install -y -qq --no-install-recommends nvidia-cuda-toolkit >/dev/null
nvcc --version | tail -n 2
