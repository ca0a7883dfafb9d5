#!/usr/bin/env python3
"""Writes PyTorch parity fixtures for the attention-family examples.

For each case, an independent PyTorch implementation of the same equations
(written the PyTorch way: repeat_interleave for grouped heads, complex-free
RoPE in both conventions, explicit masks, and the *recurrent* form of linear
and gated linear attention, step by step, against loom's chunked form) runs
in float64 on seeded random weights and inputs; its logits, loss and every
parameter gradient are saved. test/parity/ runs `loom eval --grads` on the
same weights and inputs and compares to 1e-4 relative.

Weights use loom's layout: Linear weights are [d_in, d_out] (y = x W + b).

Run with Debian's python3-torch:  /usr/bin/python3 scripts/torch_parity_attention.py
"""
import math

import torch
import torch.nn.functional as F

from parity_fixtures import generate, lm_run

VOCAB, CTX, DIM, DEPTH, HEADS = 256, 16, 32, 2, 4


def swiglu_hidden(dim):
    return 16 * ((8 * dim // 3 + 15) // 16)


def rms_norm(x, g, eps=1e-5):
    return x * torch.rsqrt((x * x).mean(-1, keepdim=True) + eps) * g


def rope(x, convention, base=10000.0):
    """x: [..., T, d]; pairs (2i, 2i+1) ("adjacent") or (i, i + d/2) ("half") rotated by t·base^(-2i/d)."""
    T, d = x.shape[-2], x.shape[-1]
    inv = base ** (-torch.arange(0, d, 2, dtype=torch.float64) / d)
    ang = torch.arange(T, dtype=torch.float64)[:, None] * inv[None, :]
    cos, sin = ang.cos(), ang.sin()
    if convention == "adjacent":
        x1, x2 = x[..., 0::2], x[..., 1::2]
        return torch.stack([x1 * cos - x2 * sin, x1 * sin + x2 * cos], dim=-1).flatten(-2)
    x1, x2 = x[..., : d // 2], x[..., d // 2 :]
    return torch.cat([x1 * cos - x2 * sin, x1 * sin + x2 * cos], dim=-1)


def softmax_attention(q, k, v, window=0):
    """q: [B, H, T, K], k/v: [B, G, T, *]; heads h use key/value head h // (H/G)."""
    H, G, T = q.shape[1], k.shape[1], q.shape[2]
    k = k.repeat_interleave(H // G, dim=1)
    v = v.repeat_interleave(H // G, dim=1)
    i = torch.arange(T)[:, None]
    j = torch.arange(T)[None, :]
    allowed = j <= i
    if window > 0:
        allowed = allowed & (i - j < window)
    scores = (q @ k.transpose(-1, -2)) / math.sqrt(q.shape[-1])
    return torch.softmax(scores.masked_fill(~allowed, float("-inf")), dim=-1) @ v


def heads(x, n):
    B, T, _ = x.shape
    return x.view(B, T, n, -1).transpose(1, 2)


def merge(x):
    B, H, T, d = x.shape
    return x.transpose(1, 2).reshape(B, T, H * d)


def llama_block(P, p, x, c):
    h = rms_norm(x, P[p + "attn_norm.g"])
    q = rope(heads(h @ P[p + "attn.wq.w"], c["heads"]), c["rope_convention"])
    k = rope(heads(h @ P[p + "attn.wk.w"], c["kv_heads"]), c["rope_convention"])
    v = heads(h @ P[p + "attn.wv.w"], c["kv_heads"])
    x = x + merge(softmax_attention(q, k, v, c.get("window", 0))) @ P[p + "attn.wo.w"]
    h = rms_norm(x, P[p + "mlp_norm.g"])
    return x + (F.silu(h @ P[p + "mlp.w1.w"]) * (h @ P[p + "mlp.w3.w"])) @ P[p + "mlp.w2.w"]


def mla_block(P, p, x, c):
    H, nope, rd, vd, kvr = c["heads"], c["nope_dim"], c["rope_dim"], c["v_dim"], c["kv_rank"]
    h = rms_norm(x, P[p + "attn_norm.g"])
    q = heads(rms_norm(h @ P[p + "attn.wq_a.w"], P[p + "attn.q_norm.g"]) @ P[p + "attn.wq_b.w"], H)
    q = torch.cat([q[..., :nope], rope(q[..., nope:], "adjacent")], dim=-1)
    kv = h @ P[p + "attn.wkv_a.w"]
    latent = rms_norm(kv[..., :kvr], P[p + "attn.kv_norm.g"])
    k_pe = rope(kv[..., kvr:].unsqueeze(1), "adjacent")
    kvb = heads(latent @ P[p + "attn.wkv_b.w"], H)
    k = torch.cat([kvb[..., :nope], k_pe.expand(-1, H, -1, -1)], dim=-1)
    v = kvb[..., nope:]
    x = x + merge(softmax_attention(q, k, v)) @ P[p + "attn.wo.w"]
    h = rms_norm(x, P[p + "mlp_norm.g"])
    return x + (F.silu(h @ P[p + "mlp.w1.w"]) * (h @ P[p + "mlp.w3.w"])) @ P[p + "mlp.w2.w"]


def linear_attention_recurrent(q, k, v, eps=1e-6):
    phi = lambda x: F.elu(x) + 1
    q, k = phi(q), phi(k)
    S = torch.zeros(*q.shape[:-2], q.shape[-1], v.shape[-1], dtype=q.dtype)
    z = torch.zeros(*q.shape[:-2], q.shape[-1], dtype=q.dtype)
    out = []
    for t in range(q.shape[-2]):
        S = S + k[..., t, :, None] * v[..., t, None, :]
        z = z + k[..., t, :]
        num = (q[..., t, :, None] * S).sum(-2)
        den = (q[..., t, :] * z).sum(-1, keepdim=True)
        out.append(num / (den + eps))
    return torch.stack(out, dim=-2)


def gla_recurrent(q, k, v, log_alpha):
    S = torch.zeros(*q.shape[:-2], q.shape[-1], v.shape[-1], dtype=q.dtype)
    out = []
    for t in range(q.shape[-2]):
        S = log_alpha[..., t, :, None].exp() * S + k[..., t, :, None] * v[..., t, None, :]
        out.append((q[..., t, :, None] * S).sum(-2))
    return torch.stack(out, dim=-2)


def layer_norm(x, P, name):
    return F.layer_norm(x, (x.shape[-1],), P[name + ".g"], P[name + ".b"], eps=1e-5)


def linear_block(P, p, x, c):
    h = layer_norm(x, P, p + "ln1")
    q, k, v = (heads(h @ P[p + f"attn.{n}.w"], c["heads"]) for n in ("wq", "wk", "wv"))
    x = x + merge(linear_attention_recurrent(q, k, v)) @ P[p + "attn.wo.w"]
    h = layer_norm(x, P, p + "ln2")
    return x + F.gelu(h @ P[p + "mlp.fc.w"] + P[p + "mlp.fc.b"]) @ P[p + "mlp.proj.w"] + P[p + "mlp.proj.b"]


def gla_block(P, p, x, c):
    H, hd = c["heads"], c["dim"] // c["heads"]
    h = rms_norm(x, P[p + "attn_norm.g"])
    q = heads(h @ P[p + "attn.wq.w"], H) * hd**-0.5
    k = heads(h @ P[p + "attn.wk.w"], H)
    v = heads(h @ P[p + "attn.wv.w"], H)
    log_alpha = heads(F.logsigmoid(h @ P[p + "attn.wa1.w"] @ P[p + "attn.wa2.w"] + P[p + "attn.wa2.b"]) / 16.0, H)
    o = rms_norm(gla_recurrent(q, k, v, log_alpha), P[p + "attn.norm.g"])
    gate = F.silu(h @ P[p + "attn.wr.w"] + P[p + "attn.wr.b"])
    x = x + (gate * merge(o)) @ P[p + "attn.wo.w"]
    h = rms_norm(x, P[p + "mlp_norm.g"])
    return x + (F.silu(h @ P[p + "mlp.w1.w"]) * (h @ P[p + "mlp.w3.w"])) @ P[p + "mlp.w2.w"]


def llama_like_shapes(c, attn):
    d, hid = c["dim"], swiglu_hidden(c["dim"])
    shapes = {"tok.w": [VOCAB, d]}
    for i in range(c["depth"]):
        p = f"layers.{i}."
        shapes[p + "attn_norm.g"] = [d]
        shapes.update({p + "attn." + k: s for k, s in attn(c).items()})
        shapes[p + "mlp_norm.g"] = [d]
        shapes.update({p + "mlp.w1.w": [d, hid], p + "mlp.w2.w": [hid, d], p + "mlp.w3.w": [d, hid]})
    shapes.update({"norm.g": [d], "head.w": [d, VOCAB]})
    return shapes


def gqa_attn(c):
    d, hd = c["dim"], c["dim"] // c["heads"]
    return {"wq.w": [d, d], "wk.w": [d, c["kv_heads"] * hd], "wv.w": [d, c["kv_heads"] * hd], "wo.w": [d, d]}


def mla_attn(c):
    d, H = c["dim"], c["heads"]
    return {
        "wq_a.w": [d, c["q_rank"]], "q_norm.g": [c["q_rank"]], "wq_b.w": [c["q_rank"], H * (c["nope_dim"] + c["rope_dim"])],
        "wkv_a.w": [d, c["kv_rank"] + c["rope_dim"]], "kv_norm.g": [c["kv_rank"]],
        "wkv_b.w": [c["kv_rank"], H * (c["nope_dim"] + c["v_dim"])], "wo.w": [H * c["v_dim"], d],
    }


def gla_attn(c):
    d = c["dim"]
    return {"wq.w": [d, d], "wk.w": [d, d], "wv.w": [d, d], "wa1.w": [d, 16], "wa2.w": [16, d], "wa2.b": [d],
            "wr.w": [d, d], "wr.b": [d], "norm.g": [d // c["heads"]], "wo.w": [d, d]}


def linear_shapes(c):
    d = c["dim"]
    shapes = {"wte.w": [VOCAB, d], "wpe": [c["ctx"], d]}
    for i in range(c["depth"]):
        p = f"blocks.{i}."
        for n in ("ln1", "ln2"):
            shapes.update({p + n + ".g": [d], p + n + ".b": [d]})
        shapes.update({p + f"attn.{n}.w": [d, d] for n in ("wq", "wk", "wv", "wo")})
        shapes.update({p + "mlp.fc.w": [d, 4 * d], p + "mlp.fc.b": [4 * d], p + "mlp.proj.w": [4 * d, d], p + "mlp.proj.b": [d]})
    shapes.update({"ln_f.g": [d], "ln_f.b": [d]})
    return shapes


def llama_like_forward(block):
    def forward(P, tokens, c):
        x = P["tok.w"][tokens.long()]
        for i in range(c["depth"]):
            x = block(P, f"layers.{i}.", x, c)
        return rms_norm(x, P["norm.g"]) @ P["head.w"]
    return forward


def linear_forward(P, tokens, c):
    x = P["wte.w"][tokens.long()] + P["wpe"][: tokens.shape[1]]
    for i in range(c["depth"]):
        x = linear_block(P, f"blocks.{i}.", x, c)
    return layer_norm(x, P, "ln_f") @ P["wte.w"].T


BASE = dict(vocab=VOCAB, ctx=CTX, dim=DIM, depth=DEPTH, heads=HEADS)
CASES = {
    "gqa": ("gqa.loom", dict(BASE, kv_heads=2, rope_convention="adjacent"), lambda c: llama_like_shapes(c, gqa_attn), llama_like_forward(llama_block)),
    "mqa_rotate_half": ("gqa.loom", dict(BASE, kv_heads=1, rope_convention="half"), lambda c: llama_like_shapes(c, gqa_attn), llama_like_forward(llama_block)),
    "sliding_window": ("sliding_window.loom", dict(BASE, kv_heads=2, window=5), lambda c: llama_like_shapes(c, gqa_attn),
                       llama_like_forward(lambda P, p, x, c: llama_block(P, p, x, dict(c, rope_convention="adjacent")))),
    "mla": ("mla.loom", dict(BASE, q_rank=32, kv_rank=16, nope_dim=16, rope_dim=8, v_dim=16), lambda c: llama_like_shapes(c, mla_attn), llama_like_forward(mla_block)),
    "linear_attention": ("linear_attention.loom", dict(BASE, chunk=4), linear_shapes, linear_forward),
    "gla": ("gla.loom", dict(BASE, chunk=4), lambda c: llama_like_shapes(c, gla_attn), llama_like_forward(gla_block)),
}


def main():
    for name, (model, config, shapes_of, forward) in CASES.items():
        generate(name, config=config, shapes=shapes_of(config), run=lm_run(forward, config), seed=20261204,
                 generator=__file__, model=f"dsl-examples/{model}")


if __name__ == "__main__":
    main()
