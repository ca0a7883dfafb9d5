#!/usr/bin/env python3
"""The PyTorch peer of loom's gpt train step, as a line-protocol server.

The benchmark (bench/peers/torch.ts) starts one process per thread count
and drives it over stdin/stdout with one JSON object per line, interleaving
its steps with loom's so both are measured under the same machine load:

  {"cmd": "init", "weights": PATH, "inputs": PATH, "config": {...}, "optimizer": {...}, "threads": N}
      -> {"ok": true, "torch": VERSION, "numpy": VERSION, "python": VERSION, "blas": LIB, "threads": N, "blasThreads": N or null,
          "loss": L0, "params": {name: [first values after one step]}}
      (threads: torch.set_num_threads and, for OpenBLAS, openblas_set_num_threads)
  {"cmd": "step"}   -> {"ok": true, "ms": T}  (one train step, timed here)
  {"cmd": "quit"}

The model is an independent PyTorch implementation of dsl-examples/gpt.loom
(GPT-2: learned positions, pre-LayerNorm blocks with biases, multi-head causal
attention, 4x exact-GELU MLP, final LayerNorm, head tied to the embedding),
written the way a PyTorch user writes it (nn.Parameters, autograd,
torch.optim.AdamW, clip_grad_norm_), in float32. Weights use loom's layout:
Linear weights are [d_in, d_out]. The learning rate follows loom's schedule
(linear warmup, then cosine to min_lr), so one step from the same weights
gives the same update: the benchmark checks that before timing anything.

Run with Debian's python3-torch; `apt-get install libopenblas0-pthread` makes
it use OpenBLAS (the reference BLAS it links by default is ~15x slower).
"""
import json
import math
import struct
import sys
import time

import numpy as np
import torch
import torch.nn.functional as F


def read_safetensors(path):
    with open(path, "rb") as f:
        raw = f.read()
    (n,) = struct.unpack("<Q", raw[:8])
    header = json.loads(raw[8 : 8 + n])
    base = 8 + n
    out = {}
    for name, info in header.items():
        if name == "__metadata__":
            continue
        dtype = {"F32": np.float32, "I32": np.int32, "F64": np.float64}[info["dtype"]]
        start, end = info["data_offsets"]
        out[name] = torch.from_numpy(np.frombuffer(raw[base + start : base + end], dtype=dtype).reshape(info["shape"]).copy())
    return out


def blas_library():
    with open("/proc/self/maps") as f:
        libs = sorted({line.split()[-1] for line in f if "blas" in line.lower()})
    return ", ".join(libs) or "unknown"


def openblas():
    """The loaded OpenBLAS (ctypes), or None when the BLAS is another library."""
    import ctypes

    with open("/proc/self/maps") as f:
        libs = sorted({line.split()[-1] for line in f if "openblas" in line.lower() and ".so" in line})
    for lib in libs:
        try:
            handle = ctypes.CDLL(lib)
            handle.openblas_get_num_threads  # noqa: B018 (raises when absent)
            return handle
        except (OSError, AttributeError):
            continue
    return None


def set_threads(n):
    """n threads for PyTorch's own kernels (OpenMP) and for the BLAS; returns OpenBLAS's count, or None."""
    torch.set_num_threads(n)
    blas = openblas()
    if blas is None:
        return None
    blas.openblas_set_num_threads(n)
    return blas.openblas_get_num_threads()


class GPT:
    def __init__(self, params, config):
        self.c = config
        self.P = {k: v.float().requires_grad_(True) for k, v in params.items()}

    def loss(self, tokens, targets):
        c, P = self.c, self.P
        B, T = tokens.shape
        d, H = c["dim"], c["heads"]
        hd = d // H
        ln = lambda x, name: F.layer_norm(x, (d,), P[name + ".g"], P[name + ".b"], eps=1e-5)
        lin = lambda x, name: torch.addmm(P[name + ".b"], x.reshape(-1, x.shape[-1]), P[name + ".w"]).view(*x.shape[:-1], -1)
        x = P["wte.w"][tokens] + P["wpe"][:T]
        mask = torch.ones(T, T, dtype=torch.bool).tril()
        for i in range(c["depth"]):
            p = f"blocks.{i}."
            h = ln(x, p + "ln1")
            split = lambda y: y.view(B, T, H, hd).transpose(1, 2)
            q, k, v = (split(lin(h, p + "attn." + n)) for n in ("wq", "wk", "wv"))
            scores = (q @ k.transpose(-1, -2)) * hd**-0.5
            att = torch.softmax(scores.masked_fill(~mask, float("-inf")), dim=-1)
            o = (att @ v).transpose(1, 2).reshape(B, T, d)
            x = x + lin(o, p + "attn.wo")
            x = x + lin(F.gelu(lin(ln(x, p + "ln2"), p + "mlp.fc")), p + "mlp.proj")
        logits = ln(x, "ln_f") @ P["wte.w"].T
        return F.cross_entropy(logits.view(-1, logits.shape[-1]), targets.reshape(-1))


def schedule(o):
    """loom's learning rate for a 0-based step, as a multiple of the peak lr."""
    warm, span = max(1, o["warmupSteps"]), max(1, o["totalSteps"] - o["warmupSteps"])

    def factor(step):
        if step < o["warmupSteps"]:
            return (step + 1) / warm
        progress = min(max((step - o["warmupSteps"]) / span, 0.0), 1.0)
        return (0.5 * (math.cos(progress * math.pi) + 1) * (o["lr"] - o["minLr"]) + o["minLr"]) / o["lr"]

    return factor


class Trainer:
    def __init__(self, msg):
        self.blas_threads = set_threads(int(msg["threads"]))
        o = msg["optimizer"]
        self.model = GPT(read_safetensors(msg["weights"]), msg["config"])
        inputs = read_safetensors(msg["inputs"])
        self.tokens, self.targets = inputs["tokens"].long(), inputs["targets"].long()
        params = self.model.P
        decay = [p for p in params.values() if p.dim() >= 2]
        rest = [p for p in params.values() if p.dim() < 2]
        groups = [{"params": decay, "weight_decay": o["weightDecay"]}, {"params": rest, "weight_decay": 0.0}]
        self.opt = torch.optim.AdamW(groups, lr=o["lr"], betas=(o["beta1"], o["beta2"]), eps=o["eps"])
        self.sched = torch.optim.lr_scheduler.LambdaLR(self.opt, schedule(o))
        self.clip = o["clipNorm"]

    def step(self):
        self.opt.zero_grad(set_to_none=True)
        loss = self.model.loss(self.tokens, self.targets)
        loss.backward()
        if self.clip > 0:
            torch.nn.utils.clip_grad_norm_(self.model.P.values(), self.clip)
        self.opt.step()
        self.sched.step()
        return loss.item()


def serve(handle):
    """The line protocol: one JSON request per line on stdin, one reply per line on stdout.
    `handle(msg)` returns the reply (or None for "quit"); an exception becomes
    {"ok": false, "error": ...}, reported to the benchmark, which stops with the message."""
    for line in sys.stdin:
        msg = json.loads(line)
        if msg["cmd"] == "quit":
            return
        try:
            reply = handle(msg)
        except Exception as e:
            reply = {"ok": False, "error": f"{type(e).__name__}: {e}"}
        sys.stdout.write(json.dumps(reply) + "\n")
        sys.stdout.flush()


def timed(fn):
    t0 = time.perf_counter()
    fn()
    return {"ok": True, "ms": (time.perf_counter() - t0) * 1000}


def main():
    state = {}

    def handle(msg):
        if msg["cmd"] == "init":
            trainer = state["trainer"] = Trainer(msg)
            loss = trainer.step()
            sample = {k: v.detach().reshape(-1)[:8].tolist() for k, v in trainer.model.P.items()}
            return {"ok": True, "torch": torch.__version__, "numpy": np.__version__, "python": sys.version.split()[0], "blas": blas_library(),
                    "threads": torch.get_num_threads(), "blasThreads": trainer.blas_threads, "loss": loss, "params": sample}
        if msg["cmd"] == "step":
            return timed(state["trainer"].step)
        return {"ok": False, "error": f"unknown command {msg['cmd']}"}

    serve(handle)


if __name__ == "__main__":
    main()
