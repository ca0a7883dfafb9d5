#!/usr/bin/env python3
"""PyTorch on an NVIDIA GPU: the peer figures of scripts/gpu-check.ts.

Reads one JSON object from argv[1] and prints one JSON object: device times
(CUDA events; median of `runs` after `warmup`) for

  matmul   {"n": N}                     cuBLAS f32 (TF32 off), TF32 and f16 N×N×N, in TFLOP/s
  attention {"b","h","t","d"}           F.scaled_dot_product_attention, causal, f32 and f16 (ms)
  gpt      {"weights","inputs","config","optimizer"}
                                        the gpt train step of gpt_train_step.py (eager, f32, AdamW) (ms)
  scan     {"b","t","d","n"}            Mamba's selective scan as a PyTorch loop over time (ms)

so loom's kernels (timed the same way, with CUDA events, by the executor)
are compared with what a PyTorch user runs on the same GPU.
"""
import json
import os
import sys

import torch
import torch.nn.functional as F

sys.path.insert(0, os.path.dirname(__file__))


def timed(fn, runs=20, warmup=5):
    for _ in range(warmup):
        fn()
    torch.cuda.synchronize()
    times = []
    for _ in range(runs):
        start, end = torch.cuda.Event(enable_timing=True), torch.cuda.Event(enable_timing=True)
        start.record()
        fn()
        end.record()
        end.synchronize()
        times.append(start.elapsed_time(end))
    times.sort()
    return times[len(times) // 2]


def matmul(spec):
    n = spec["n"]
    out = {}
    for name, dtype, tf32 in (("f32", torch.float32, False), ("tf32", torch.float32, True), ("f16", torch.float16, False)):
        torch.backends.cuda.matmul.allow_tf32 = tf32
        a = torch.randn(n, n, device="cuda", dtype=dtype)
        b = torch.randn(n, n, device="cuda", dtype=dtype)
        ms = timed(lambda: a @ b)
        out[name] = {"ms": ms, "tflops": 2 * n**3 / ms / 1e9}
    torch.backends.cuda.matmul.allow_tf32 = False
    return out


def attention(spec):
    b, h, t, d = spec["b"], spec["h"], spec["t"], spec["d"]
    out = {}
    for name, dtype in (("f32", torch.float32), ("f16", torch.float16)):
        q, k, v = (torch.randn(b, h, t, d, device="cuda", dtype=dtype) for _ in range(3))
        out[name] = {"ms": timed(lambda: F.scaled_dot_product_attention(q, k, v, is_causal=True))}
    return out


def gpt(spec):
    from gpt_train_step import GPT, Trainer  # the same model and optimizer as the CPU peer

    torch.set_default_device("cuda")
    msg = dict(spec, threads=1)
    trainer = Trainer(msg)
    trainer.model.P = {k: v.detach().cuda().requires_grad_(True) for k, v in trainer.model.P.items()}
    trainer.tokens, trainer.targets = trainer.tokens.cuda(), trainer.targets.cuda()
    o = spec["optimizer"]
    params = trainer.model.P
    decay = [p for p in params.values() if p.dim() >= 2]
    rest = [p for p in params.values() if p.dim() < 2]
    trainer.opt = torch.optim.AdamW([{"params": decay, "weight_decay": o["weightDecay"]}, {"params": rest, "weight_decay": 0.0}],
                                    lr=o["lr"], betas=(o["beta1"], o["beta2"]), eps=o["eps"])
    first = trainer.step()
    return {"ms": timed(trainer.step, runs=20, warmup=3), "firstLoss": first, "model": GPT.__name__}


def scan(spec):
    b, t, d, n = spec["b"], spec["t"], spec["d"], spec["n"]
    u, delta = torch.randn(b, t, d, device="cuda"), F.softplus(torch.randn(b, t, d, device="cuda"))
    A = -torch.rand(d, n, device="cuda")
    B, C = torch.randn(b, t, n, device="cuda"), torch.randn(b, t, n, device="cuda")

    def run():
        h = torch.zeros(b, d, n, device="cuda")
        ys = []
        for i in range(t):
            h = torch.exp(delta[:, i, :, None] * A) * h + delta[:, i, :, None] * B[:, i, None, :] * u[:, i, :, None]
            ys.append((h * C[:, i, None, :]).sum(-1))
        return torch.stack(ys, 1)

    return {"ms": timed(run, runs=5, warmup=1)}


def main():
    spec = json.loads(sys.argv[1])
    kinds = {"matmul": matmul, "attention": attention, "gpt": gpt, "scan": scan}
    result = {"torch": torch.__version__, "device": torch.cuda.get_device_name(0), **kinds[spec["kind"]](spec)}
    print(json.dumps(result))


if __name__ == "__main__":
    main()
