#!/usr/bin/env python3
"""Writes the PyTorch parity fixtures for dsl-examples/gpt.loom.

An independent PyTorch implementation of the same architecture (GPT-2:
learned positions, pre-LayerNorm blocks with biases, multi-head causal
attention, 4x exact-GELU MLP, final LayerNorm, head tied to the token
embedding) runs in float64 on seeded random weights and inputs, and its
logits, loss and every parameter gradient are saved. test/parity/ runs
`loom eval --grads` on the same weights and inputs and compares.

Weights use loom's layout: Linear weights are [d_in, d_out] (y = x W + b).

Run with Debian's python3-torch:  /usr/bin/python3 scripts/torch_parity.py
"""
import json
import os
import struct

import torch
import torch.nn.functional as F

CONFIG = dict(vocab=256, ctx=16, dim=32, depth=2, heads=4)
BATCH, SEQ = 2, 16
OUT = os.path.join(os.path.dirname(__file__), "..", "test", "fixtures", "parity", "gpt")


def write_safetensors(path, tensors, metadata=None):
    """The safetensors format: u64 header length, JSON header, raw little-endian data."""
    header, blobs, offset = {}, [], 0
    for name, t in tensors.items():
        t = t.detach().contiguous()
        dtype = {torch.float64: "F64", torch.float32: "F32", torch.int32: "I32"}[t.dtype]
        data = t.numpy().tobytes()
        header[name] = {"dtype": dtype, "shape": list(t.shape), "data_offsets": [offset, offset + len(data)]}
        blobs.append(data)
        offset += len(data)
    if metadata:
        header["__metadata__"] = metadata
    raw = json.dumps(header, separators=(",", ":")).encode()
    raw += b" " * (-len(raw) % 8)
    with open(path, "wb") as f:
        f.write(struct.pack("<Q", len(raw)) + raw + b"".join(blobs))


def param_shapes(c):
    d = c["dim"]
    shapes = {"wte.w": [c["vocab"], d], "wpe": [c["ctx"], d]}
    for i in range(c["depth"]):
        p = f"blocks.{i}."
        for ln in ("ln1", "ln2"):
            shapes[p + ln + ".g"] = [d]
            shapes[p + ln + ".b"] = [d]
        for proj in ("wq", "wk", "wv", "wo"):
            shapes[p + f"attn.{proj}.w"] = [d, d]
            shapes[p + f"attn.{proj}.b"] = [d]
        shapes[p + "mlp.fc.w"] = [d, 4 * d]
        shapes[p + "mlp.fc.b"] = [4 * d]
        shapes[p + "mlp.proj.w"] = [4 * d, d]
        shapes[p + "mlp.proj.b"] = [d]
    shapes["ln_f.g"] = [d]
    shapes["ln_f.b"] = [d]
    return shapes


def gpt_forward(P, tokens, c):
    B, T = tokens.shape
    d, H = c["dim"], c["heads"]
    hd = d // H
    ln = lambda x, name: F.layer_norm(x, (d,), P[name + ".g"], P[name + ".b"], eps=1e-5)
    lin = lambda x, name: x @ P[name + ".w"] + P[name + ".b"]
    x = P["wte.w"][tokens.long()] + P["wpe"][:T]
    mask = torch.tril(torch.ones(T, T, dtype=torch.bool))
    for i in range(c["depth"]):
        p = f"blocks.{i}."
        h = ln(x, p + "ln1")
        split = lambda y: y.view(B, T, H, hd).transpose(1, 2)
        q, k, v = (split(lin(h, p + "attn." + n)) for n in ("wq", "wk", "wv"))
        scores = (q @ k.transpose(-1, -2)) / hd ** 0.5
        att = torch.softmax(scores.masked_fill(~mask, float("-inf")), dim=-1)
        o = (att @ v).transpose(1, 2).reshape(B, T, d)
        x = x + lin(o, p + "attn.wo")
        x = x + lin(F.gelu(lin(ln(x, p + "ln2"), p + "mlp.fc")), p + "mlp.proj")
    x = ln(x, "ln_f")
    return x @ P["wte.w"].T


def main():
    torch.manual_seed(20261123)
    c = CONFIG
    params = {}
    for name, shape in param_shapes(c).items():
        if name.endswith(".g"):
            t = 1.0 + 0.1 * torch.randn(shape, dtype=torch.float64)
        elif name.endswith(".b"):
            t = 0.05 * torch.randn(shape, dtype=torch.float64)
        else:
            t = 0.2 * torch.randn(shape, dtype=torch.float64)
        params[name] = t
    tokens = torch.randint(0, c["vocab"], (BATCH, SEQ), dtype=torch.int32)
    targets = torch.randint(0, c["vocab"], (BATCH, SEQ), dtype=torch.int32)

    os.makedirs(OUT, exist_ok=True)
    meta = {"config": json.dumps(c), "generator": "scripts/torch_parity.py", "torch": torch.__version__}
    write_safetensors(os.path.join(OUT, "weights.safetensors"), {k: v.detach().float() for k, v in params.items()}, meta)
    write_safetensors(os.path.join(OUT, "inputs.safetensors"), {"tokens": tokens, "targets": targets}, meta)
    # loom reads float32 weights; the float64 reference runs on exactly those values.
    rounded = {k: v.detach().float().double().requires_grad_(True) for k, v in params.items()}
    logits = gpt_forward(rounded, tokens, c)
    loss = F.cross_entropy(logits.reshape(-1, c["vocab"]), targets.reshape(-1).long())
    loss.backward()
    expected = {"output": logits.detach(), "loss": loss.detach().reshape(())}
    for k, v in rounded.items():
        expected["grad." + k] = v.grad
    write_safetensors(os.path.join(OUT, "expected.safetensors"), expected, meta)
    print(f"wrote {OUT}: loss {loss.item():.6f}, {len(params)} params")


if __name__ == "__main__":
    main()
