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
import torch
import torch.nn.functional as F

from parity_fixtures import generate, lm_run

CONFIG = dict(vocab=256, ctx=16, dim=32, depth=2, heads=4)


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
    generate("gpt", config=CONFIG, shapes=param_shapes(CONFIG), run=lm_run(gpt_forward, CONFIG), seed=20261123, generator=__file__)


if __name__ == "__main__":
    main()
