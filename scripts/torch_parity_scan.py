#!/usr/bin/env python3
"""Writes PyTorch parity fixtures for the recurrent examples (loom's `scan`).

For each case an independent PyTorch implementation of the same equations
runs in float64 on seeded random weights and inputs; its logits, loss and
every parameter gradient are saved, and test/parity/ runs `loom eval --grads`
on the same weights and inputs and compares to 1e-4 relative:

- mamba: the causal conv is F.conv1d(groups=C, padding=K-1) cut to T, the
  selective scan is mamba_simple's selective_scan_ref (deltaA, deltaB_u,
  one step per position);
- rwkv: WKV written as its defining sums over i < t (O(T^2), no running-max
  rescaling), against loom's stabilised recurrence;
- gla_recurrent: the recurrent GLA block of torch_parity_attention.py (the
  same PyTorch code that checks the chunked gla.loom).

Weights use loom's layout: Linear weights are [d_in, d_out] (y = x W + b).

Run with Debian's python3-torch:  /usr/bin/python3 scripts/torch_parity_scan.py
"""
import torch
import torch.nn.functional as F

from parity_fixtures import generate, init_param, lm_run
from torch_parity_attention import gla_attn, gla_block, layer_norm, llama_like_forward, llama_like_shapes, rms_norm

VOCAB, CTX = 256, 16


# ---------------------------------------------------------------- Mamba

def mamba_dims(c):
    inner = 2 * c["dim"]
    return inner, (c["dim"] + 15) // 16, c["state"], 4


def selective_scan_ref(u, delta, A, B, C, D):
    """mamba_simple's reference: u, delta [b, d, l]; A [d, n]; B, C [b, n, l]; D [d]."""
    deltaA = torch.exp(torch.einsum("bdl,dn->bdln", delta, A))
    deltaB_u = torch.einsum("bdl,bnl,bdl->bdln", delta, B, u)
    x = torch.zeros(u.shape[0], u.shape[1], A.shape[1], dtype=u.dtype)
    ys = []
    for i in range(u.shape[2]):
        x = deltaA[:, :, i] * x + deltaB_u[:, :, i]
        ys.append(torch.einsum("bdn,bn->bd", x, C[:, :, i]))
    return torch.stack(ys, dim=2) + u * D[None, :, None]


def mamba_mixer(P, p, x, c):
    inner, rank, N, K = mamba_dims(c)
    T = x.shape[1]
    u, z = (x @ P[p + "in_proj.w"]).split([inner, inner], dim=-1)
    u = F.conv1d(u.transpose(1, 2), P[p + "conv_w"][:, None, :], P[p + "conv_b"], padding=K - 1, groups=inner)[..., :T]
    u = F.silu(u)                                            # [b, d, l]
    dbc = u.transpose(1, 2) @ P[p + "x_proj.w"]
    dt, B, C = dbc.split([rank, N, N], dim=-1)
    delta = F.softplus(dt @ P[p + "dt_w"] + P[p + "dt_b"]).transpose(1, 2)
    A = -torch.exp(P[p + "A_log"])
    y = selective_scan_ref(u, delta, A, B.transpose(1, 2), C.transpose(1, 2), P[p + "D"]).transpose(1, 2)
    return (y * F.silu(z)) @ P[p + "out_proj.w"]


def mamba_shapes(c):
    d = c["dim"]
    inner, rank, N, K = mamba_dims(c)
    shapes = {"tok.w": [VOCAB, d]}
    for i in range(c["depth"]):
        p = f"layers.{i}."
        shapes[p + "norm.g"] = [d]
        m = p + "mixer."
        shapes.update({m + "in_proj.w": [d, 2 * inner], m + "conv_w": [inner, K], m + "conv_b": [inner],
                       m + "x_proj.w": [inner, rank + 2 * N], m + "dt_w": [rank, inner], m + "dt_b": [inner],
                       m + "A_log": [inner, N], m + "D": [inner], m + "out_proj.w": [inner, d]})
    shapes.update({"norm.g": [d], "head.w": [d, VOCAB]})
    return shapes


def mamba_forward(P, tokens, c):
    x = P["tok.w"][tokens.long()]
    for i in range(c["depth"]):
        p = f"layers.{i}."
        x = x + mamba_mixer(P, p + "mixer.", rms_norm(x, P[p + "norm.g"]), c)
    return rms_norm(x, P["norm.g"]) @ P["head.w"]


# ---------------------------------------------------------------- RWKV-4

def shift(x):
    return F.pad(x, (0, 0, 1, -1))


def wkv_sums(w, u, k, v):
    """wkv_t = (Σ_{i<t} e^{−(t−1−i)w + k_i} v_i + e^{u+k_t} v_t) / (same with v → 1), from the definition."""
    T = k.shape[1]
    out = []
    for t in range(T):
        num = torch.exp(u + k[:, t]) * v[:, t]
        den = torch.exp(u + k[:, t])
        for i in range(t):
            e = torch.exp(-(t - 1 - i) * w + k[:, i])
            num = num + e * v[:, i]
            den = den + e
        out.append(num / den)
    return torch.stack(out, dim=1)


def rwkv_block(P, p, x):
    h = layer_norm(x, P, p + "ln1")
    a = p + "att."
    hh = shift(h)
    mix = lambda m: h * P[a + m] + hh * (1 - P[a + m])
    k, v = mix("mix_k") @ P[a + "key.w"], mix("mix_v") @ P[a + "value.w"]
    r = torch.sigmoid(mix("mix_r") @ P[a + "receptance.w"])
    x = x + (r * wkv_sums(torch.exp(P[a + "time_decay"]), P[a + "time_first"], k, v)) @ P[a + "output.w"]
    h = layer_norm(x, P, p + "ln2")
    f = p + "ffn."
    hh = shift(h)
    k = torch.relu((h * P[f + "mix_k"] + hh * (1 - P[f + "mix_k"])) @ P[f + "key.w"]) ** 2
    r = torch.sigmoid((h * P[f + "mix_r"] + hh * (1 - P[f + "mix_r"])) @ P[f + "receptance.w"])
    return x + r * (k @ P[f + "value.w"])


def rwkv_shapes(c):
    d = c["dim"]
    shapes = {"emb.w": [VOCAB, d], "ln0.g": [d], "ln0.b": [d]}
    for i in range(c["depth"]):
        p = f"blocks.{i}."
        for n in ("ln1", "ln2"):
            shapes.update({p + n + ".g": [d], p + n + ".b": [d]})
        shapes.update({p + "att." + n: [d] for n in ("time_decay", "time_first", "mix_k", "mix_v", "mix_r")})
        shapes.update({p + f"att.{n}.w": [d, d] for n in ("key", "value", "receptance", "output")})
        shapes.update({p + "ffn.mix_k": [d], p + "ffn.mix_r": [d], p + "ffn.key.w": [d, 4 * d],
                       p + "ffn.receptance.w": [d, d], p + "ffn.value.w": [4 * d, d]})
    shapes.update({"ln_out.g": [d], "ln_out.b": [d], "head.w": [d, VOCAB]})
    return shapes


def rwkv_forward(P, tokens, c):
    x = layer_norm(P["emb.w"][tokens.long()], P, "ln0")
    for i in range(c["depth"]):
        x = rwkv_block(P, f"blocks.{i}.", x)
    return layer_norm(x, P, "ln_out") @ P["head.w"]


# ---------------------------------------------------------------- cases

def init(name, shape):
    """Seeded values in each parameter's working range (the decays and mixes as their models use them)."""
    leaf = name.rsplit(".", 1)[-1]
    if leaf == "A_log":            # log of 1 … N, perturbed
        return torch.log(torch.arange(1, shape[1] + 1, dtype=torch.float64)).expand(shape) + 0.1 * torch.randn(shape, dtype=torch.float64)
    if leaf == "dt_b":             # Δ = softplus(dt_b) around 0.05 … 0.5
        return -2.0 + 0.5 * torch.randn(shape, dtype=torch.float64)
    if leaf == "D":
        return 1.0 + 0.1 * torch.randn(shape, dtype=torch.float64)
    if leaf.startswith("mix_"):
        return torch.rand(shape, dtype=torch.float64)
    if leaf == "time_decay":
        return -1.0 + 0.5 * torch.randn(shape, dtype=torch.float64)
    if leaf == "time_first":
        return 0.3 * torch.randn(shape, dtype=torch.float64)
    return init_param(name, shape)


BASE = dict(vocab=VOCAB, ctx=CTX, dim=32, depth=2)
CASES = {
    "mamba": ("mamba.loom", dict(BASE, state=8), mamba_shapes, mamba_forward),
    "rwkv": ("rwkv.loom", dict(BASE), rwkv_shapes, rwkv_forward),
    "gla_recurrent": ("gla_recurrent.loom", dict(BASE, heads=4), lambda c: llama_like_shapes(c, gla_attn), llama_like_forward(gla_block)),
}


def main():
    for name, (model, config, shapes_of, forward) in CASES.items():
        generate(name, config=config, shapes=shapes_of(config), run=lm_run(forward, config), seed=20261205,
                 generator=__file__, model=f"dsl-examples/{model}", init=init)


if __name__ == "__main__":
    main()
