#!/usr/bin/env python3
"""The PyTorch peer of loom's comparison cases (bench/compare.ts), a line-protocol server.

One JSON object per line on stdin, one reply per line on stdout:

  {"cmd": "init", "case": NAME, "spec": {...}, "weights": PATH, "inputs": PATH, "threads": N}
      -> {"ok": true, "torch": VERSION, "blas": LIBS, "check": {name: [values]}}
         (the case's outputs after one step, for the identity check against loom)
  {"cmd": "step"}                  -> {"ok": true, "ms": T}   (one step, timed here)
  {"cmd": "export", "path": PATH}  -> {"ok": true, "inputs": [...], "outputs": [...]}
         (gpt-prefill, gpt-decode: the step as an ONNX graph, for ONNX Runtime, and the
         step's inputs beside it, PATH.feeds.safetensors: the KV cache after the prompt too)
  {"cmd": "quit"}

The cases, each written the way a PyTorch 1.13 user writes it (float32, autograd):

  attention    loss = Σ attention(q ⊙ w, k, v)², causal, softmax(QKᵀ/√D) (1.13 has no
               scaled_dot_product_attention); one step is the loss and dL/dw.
  mamba        loss = Σ Mamba(x)²: the Mamba block of scripts/torch_parity_scan.py (mamba_simple's
               reference scan, a loop over T); one step is the loss and every weight gradient.
  lif          loss = Σ LIF(x W + b)²: SpikingJelly's multi-step LIF (hard reset, ATan surrogate)
               of scripts/torch_parity_spike.py, a loop over T; loss and weight gradients.
  gpt-prefill  the logits of gpt.loom's forward pass over a prompt (no gradient).
  gpt-decode   one token through a KV cache at position `pos` (the cache holds the prompt):
               the logits of that position.

Weights come in loom's names and layouts (Linear weights [d_in, d_out]).
"""
import json
import os
import struct
import sys

import numpy as np
import torch
import torch.nn.functional as F

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.join(HERE, "..", "..", "..", "scripts"))

from gpt_train_step import blas_library, read_safetensors, serve, set_threads, timed  # noqa: E402


def write_safetensors(path, tensors):
    """float32 and int64 tensors as a safetensors file (the feeds ONNX Runtime gets)."""
    header, blobs, offset = {}, [], 0
    for name, t in tensors.items():
        a = t.detach().contiguous().numpy()
        dtype = {np.dtype(np.float32): "F32", np.dtype(np.int64): "I64"}[a.dtype]
        blob = a.tobytes()
        header[name] = {"dtype": dtype, "shape": list(a.shape), "data_offsets": [offset, offset + len(blob)]}
        blobs.append(blob)
        offset += len(blob)
    text = json.dumps(header).encode()
    text += b" " * (-len(text) % 8)
    with open(path, "wb") as f:
        f.write(struct.pack("<Q", len(text)) + text + b"".join(blobs))


def attention(q, k, v):
    T, D = q.shape[-2], q.shape[-1]
    scores = (q @ k.transpose(-1, -2)) * D**-0.5
    mask = torch.ones(T, T, dtype=torch.bool).tril()
    return torch.softmax(scores.masked_fill(~mask, float("-inf")), dim=-1) @ v


class Case:
    """A case: `P` the weights (requires_grad where the step differentiates), `run()` one step."""

    def __init__(self, spec, weights, inputs):
        self.spec, self.inputs = spec, inputs
        self.P = {k: v.float().requires_grad_(self.trains) for k, v in weights.items()}

    trains = True

    def loss(self):
        raise NotImplementedError

    def run(self):
        for p in self.P.values():
            p.grad = None
        loss = self.loss()
        loss.backward()
        return {"loss": [loss.item()], **{f"grad.{k}": p.grad.reshape(-1)[:16].tolist() for k, p in self.P.items()}}


class Attention(Case):
    def loss(self):
        q, k, v = self.inputs["q"], self.inputs["k"], self.inputs["v"]
        return (attention(q * self.P["w"], k, v) ** 2).sum()


class Mamba(Case):
    def loss(self):
        from torch_parity_scan import mamba_mixer

        return (mamba_mixer(self.P, "m.", self.inputs["x"], self.spec) ** 2).sum()


class LIF(Case):
    def loss(self):
        from torch_parity_spike import Recorder, lif_spikingjelly

        x = self.inputs["x"] @ self.P["fc.w"] + self.P["fc.b"]
        return (lif_spikingjelly(x, self.spec, Recorder()) ** 2).sum()


class GPT(Case):
    """gpt.loom's forward pass (as gpt_train_step.GPT), with an optional KV cache."""

    trains = False

    def blocks(self, x, past, pos):
        c, P = self.spec, self.P
        d, H = c["dim"], c["heads"]
        hd = d // H
        B, T = x.shape[0], x.shape[1]
        ln = lambda y, name: F.layer_norm(y, (d,), P[name + ".g"], P[name + ".b"], eps=1e-5)
        lin = lambda y, name: y @ P[name + ".w"] + P[name + ".b"]
        split = lambda y: y.view(B, T, H, hd).transpose(1, 2)
        caches = []
        for i in range(c["depth"]):
            p = f"blocks.{i}."
            h = ln(x, p + "ln1")
            q, k, v = (split(lin(h, p + "attn." + n)) for n in ("wq", "wk", "wv"))
            if past is None:
                o = attention(q, k, v)
            else:
                # Write this position's key and value into the cache (a select: exportable to ONNX),
                # then attend to positions ≤ pos.
                kc, vc = past[2 * i], past[2 * i + 1]
                at = (torch.arange(kc.shape[2]) == pos)[None, None, :, None]
                kc, vc = torch.where(at, k, kc), torch.where(at, v, vc)
                caches += [kc, vc]
                seen = (torch.arange(kc.shape[2]) <= pos)[None, None, None, :]
                scores = (q @ kc.transpose(-1, -2)) * hd**-0.5
                o = torch.softmax(scores.masked_fill(~seen, float("-inf")), dim=-1) @ vc
            x = x + lin(o.transpose(1, 2).reshape(B, T, d), p + "attn.wo")
            x = x + lin(F.gelu(lin(ln(x, p + "ln2"), p + "mlp.fc")), p + "mlp.proj")
        return ln(x, "ln_f") @ P["wte.w"].T, caches

    def forward(self, tokens):
        x = self.P["wte.w"][tokens] + self.P["wpe"][: tokens.shape[1]]
        return self.blocks(x, None, None)[0]

    def decode(self, token, pos, *past):
        x = self.P["wte.w"][token] + self.P["wpe"][pos][None, None]
        logits, caches = self.blocks(x, list(past), pos)
        return (logits, *caches)


class Prefill(GPT):
    def run(self):
        with torch.no_grad():
            return {"logits": self.forward(self.inputs["tokens"].long()).reshape(-1).tolist()}

    def export(self, path):
        tokens = self.inputs["tokens"].long()
        torch.onnx.export(_Fn(self.forward), (tokens,), path, input_names=["tokens"], output_names=["logits"], opset_version=14)
        write_safetensors(path + ".feeds.safetensors", {"tokens": tokens})
        return ["tokens"], ["logits"]


class Decode(GPT):
    def __init__(self, spec, weights, inputs):
        super().__init__(spec, weights, inputs)
        c = spec
        hd = c["dim"] // c["heads"]
        prompt = inputs["prompt"].long()
        self.pos = torch.tensor(prompt.shape[1], dtype=torch.long)
        self.token = inputs["token"].long()
        # The cache after the prompt: decode it position by position.
        zeros = lambda: torch.zeros(1, c["heads"], c["ctx"], hd)
        self.past = [zeros() for _ in range(2 * c["depth"])]
        with torch.no_grad():
            for t in range(prompt.shape[1]):
                out = self.decode(prompt[:, t : t + 1], torch.tensor(t, dtype=torch.long), *self.past)
                self.past = list(out[1:])

    def run(self):
        with torch.no_grad():
            return {"logits": self.decode(self.token, self.pos, *self.past)[0].reshape(-1).tolist()}

    def export(self, path):
        names = [f"past.{i}" for i in range(len(self.past))]
        torch.onnx.export(_Fn(self.decode), (self.token, self.pos, *self.past), path, input_names=["token", "pos", *names],
                          output_names=["logits", *[f"present.{i}" for i in range(len(self.past))]], opset_version=14)
        write_safetensors(path + ".feeds.safetensors", {"token": self.token, "pos": self.pos, **dict(zip(names, self.past))})
        return ["token", "pos", *names], ["logits"]


class _Fn(torch.nn.Module):
    """A function as a module (what torch.onnx.export traces)."""

    def __init__(self, fn):
        super().__init__()
        self.fn = fn

    def forward(self, *args):
        return self.fn(*args)


CASES = {"attention": Attention, "mamba": Mamba, "lif": LIF, "gpt-prefill": Prefill, "gpt-decode": Decode}


def main():
    state = {}

    def handle(msg):
        if msg["cmd"] == "init":
            set_threads(int(msg["threads"]))
            case = state["case"] = CASES[msg["case"]](msg["spec"], read_safetensors(msg["weights"]), read_safetensors(msg["inputs"]))
            return {"ok": True, "torch": torch.__version__, "numpy": np.__version__, "blas": blas_library(), "check": case.run()}
        if msg["cmd"] == "step":
            return timed(state["case"].run)
        if msg["cmd"] == "export":
            inputs, outputs = state["case"].export(msg["path"])
            return {"ok": True, "inputs": inputs, "outputs": outputs}
        return {"ok": False, "error": f"unknown command {msg['cmd']}"}

    serve(handle)


if __name__ == "__main__":
    main()
