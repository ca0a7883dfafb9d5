#!/usr/bin/env python3
"""Writes PyTorch parity fixtures for the binary-weight GPT (dsl-examples/binary_gpt.loom).

An independent PyTorch implementation of the same network runs in float64 on
seeded random weights and inputs: GPT-2 (learned positions, pre-RMSNorm
blocks, causal multi-head attention, final LayerNorm, head tied to the token
embedding) whose block linears are FBI-LLM binary linears,
W~ = alpha * sign(W) + beta with alpha, beta per input column and a
straight-through (identity) gradient for sign, written as a
torch.autograd.Function. Two feed-forwards:

  binary_gpt        GPT-2's 4x GELU MLP (exact GELU), binary
  binary_gpt_drelu  TurboSparse's dReLU, W_down(relu(x W_gate) * relu(x W_up)), binary

The logits, the loss and every parameter gradient (W, alpha and beta of every
binary linear included) are saved; test/parity/ runs `loom eval --grads` on
the same weights and inputs and compares to 1e-4 relative.

Weights use loom's layout: a linear weight is [d_in, d_out] (y = x W).

Run with Debian's python3-torch:  /usr/bin/python3 scripts/torch_parity_lowbit.py
"""
import json
import math
import os

import torch
import torch.nn.functional as F

from torch_parity import write_safetensors

ROOT = os.path.join(os.path.dirname(__file__), "..")
BATCH, VOCAB, CTX, DIM, DEPTH, HEADS = 2, 256, 16, 32, 2, 4


class SignSTE(torch.autograd.Function):
    """sign(w) forward (sign(0) = 0), identity backward (FBI-LLM's straight-through estimator, no clipping)."""

    @staticmethod
    def forward(ctx, w):
        return torch.sign(w)

    @staticmethod
    def backward(ctx, grad):
        return grad


def binary_linear(P, name, x):
    w = P[name + ".alpha"][:, None] * SignSTE.apply(P[name + ".w"]) + P[name + ".beta"][:, None]
    return x @ w


def rms_norm(P, name, x, eps=1e-5):
    return x * torch.rsqrt((x * x).mean(-1, keepdim=True) + eps) * P[name + ".g"]


def attention(P, p, x, heads):
    B, T, d = x.shape
    split = lambda y: y.view(B, T, heads, d // heads).transpose(1, 2)
    q, k, v = (split(binary_linear(P, p + n, x)) for n in ("wq", "wk", "wv"))
    scores = (q @ k.transpose(-1, -2)) / math.sqrt(d // heads)
    mask = torch.tril(torch.ones(T, T, dtype=torch.bool))
    o = torch.softmax(scores.masked_fill(~mask, float("-inf")), dim=-1) @ v
    return binary_linear(P, p + "wo", o.transpose(1, 2).reshape(B, T, d))


def ffn(P, p, x, kind):
    if kind == "drelu":
        h = F.relu(binary_linear(P, p + "w_gate", x)) * F.relu(binary_linear(P, p + "w_up", x))
        return binary_linear(P, p + "w_down", h)
    return binary_linear(P, p + "proj", F.gelu(binary_linear(P, p + "fc", x)))


def forward(P, tokens, c):
    x = P["wte.w"][tokens.long()] + P["wpe"][: tokens.shape[1]]
    for i in range(c["depth"]):
        p = f"blocks.{i}."
        x = x + attention(P, p + "attn.", rms_norm(P, p + "ln1", x), c["heads"])
        x = x + ffn(P, p + "mlp.", rms_norm(P, p + "ln2", x), c["ffn"])
    return rms_norm(P, "ln_f", x) @ P["wte.w"].T


def param_shapes(c):
    d, h = c["dim"], 4 * c["dim"]
    shapes = {"wte.w": [VOCAB, d], "wpe": [c["ctx"], d]}

    def binary(name, d_in, d_out):
        shapes.update({name + ".w": [d_in, d_out], name + ".alpha": [d_in], name + ".beta": [d_in]})

    for i in range(c["depth"]):
        p = f"blocks.{i}."
        shapes[p + "ln1.g"] = [d]
        for n in ("wq", "wk", "wv", "wo"):
            binary(p + "attn." + n, d, d)
        shapes[p + "ln2.g"] = [d]
        if c["ffn"] == "drelu":
            binary(p + "mlp.w_gate", d, h)
            binary(p + "mlp.w_up", d, h)
            binary(p + "mlp.w_down", h, d)
        else:
            binary(p + "mlp.fc", d, h)
            binary(p + "mlp.proj", h, d)
    shapes["ln_f.g"] = [d]
    return shapes


def init(name, shape):
    if name.endswith(".g"):
        return 1.0 + 0.1 * torch.randn(shape, dtype=torch.float64)
    if name.endswith(".alpha"):
        # FBI-LLM's scale is mean |W - mu| per column: of the order 1/sqrt(d_in) for unit-variance outputs.
        return (1.0 + 0.2 * torch.randn(shape, dtype=torch.float64)) / math.sqrt(DIM)
    if name.endswith(".beta"):
        return 0.02 * torch.randn(shape, dtype=torch.float64)
    return 0.2 * torch.randn(shape, dtype=torch.float64)


BASE = dict(vocab=VOCAB, ctx=CTX, dim=DIM, depth=DEPTH, heads=HEADS)
CASES = {
    "binary_gpt": dict(BASE, ffn="gelu"),
    "binary_gpt_drelu": dict(BASE, ffn="drelu"),
}


def main():
    for name, config in CASES.items():
        torch.manual_seed(20261204)
        params = {k: init(k, s) for k, s in param_shapes(config).items()}
        tokens = torch.randint(0, VOCAB, (BATCH, CTX), dtype=torch.int32)
        targets = torch.randint(0, VOCAB, (BATCH, CTX), dtype=torch.int32)
        out = os.path.join(ROOT, "test", "fixtures", "parity", name)
        os.makedirs(out, exist_ok=True)
        meta = {"config": json.dumps(config), "model": "dsl-examples/binary_gpt.loom", "generator": "scripts/torch_parity_lowbit.py", "torch": torch.__version__}
        write_safetensors(os.path.join(out, "weights.safetensors"), {k: v.float() for k, v in params.items()}, meta)
        write_safetensors(os.path.join(out, "inputs.safetensors"), {"tokens": tokens, "targets": targets}, meta)
        rounded = {k: v.float().double().requires_grad_(True) for k, v in params.items()}
        logits = forward(rounded, tokens, config)
        loss = F.cross_entropy(logits.reshape(-1, VOCAB), targets.reshape(-1).long())
        loss.backward()
        expected = {"output": logits.detach(), "loss": loss.detach().reshape(())}
        for k, v in rounded.items():
            expected["grad." + k] = v.grad
        write_safetensors(os.path.join(out, "expected.safetensors"), expected, meta)
        print(f"{name}: loss {loss.item():.6f}, {len(params)} params")


if __name__ == "__main__":
    main()
