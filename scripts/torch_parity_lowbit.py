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
import math

import torch
import torch.nn.functional as F

from parity_fixtures import generate, init_param, lm_run

VOCAB, CTX, DIM, DEPTH, HEADS = 256, 16, 32, 2, 4


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
    if name.endswith(".alpha"):
        # FBI-LLM's scale is mean |W - mu| per column: of the order 1/sqrt(d_in) for unit-variance outputs.
        return (1.0 + 0.2 * torch.randn(shape, dtype=torch.float64)) / math.sqrt(DIM)
    if name.endswith(".beta"):
        return 0.02 * torch.randn(shape, dtype=torch.float64)
    return init_param(name, shape)


BASE = dict(vocab=VOCAB, ctx=CTX, dim=DIM, depth=DEPTH, heads=HEADS)
CASES = {
    "binary_gpt": dict(BASE, ffn="gelu"),
    "binary_gpt_drelu": dict(BASE, ffn="drelu"),
}


def main():
    for name, config in CASES.items():
        generate(name, config=config, shapes=param_shapes(config), run=lm_run(forward, config), seed=20261204,
                 generator=__file__, model="dsl-examples/binary_gpt.loom", init=init)


if __name__ == "__main__":
    main()
