#!/usr/bin/env python3
"""Writes PyTorch parity fixtures for the mixture-of-experts examples.

An independent PyTorch implementation, written the way the reference code
bases write it (DeepSeek-V3's Gate and MoE, the Hugging Face Mixtral sparse
block): the router picks experts with torch.topk, then a loop over experts
gathers each expert's tokens with torch.where and adds the expert's output
back with index_add_, while loom sorts the tokens by expert and runs one
grouped matmul per projection. Float64, seeded random weights (the routing
bias too, so it changes the choice); logits, loss (cross-entropy plus the
auxiliary balance loss) and every parameter gradient are saved. test/parity/
runs `loom eval --grads` on the same weights and inputs and compares to 1e-4
relative.

Run with Debian's python3-torch:  /usr/bin/python3 scripts/torch_parity_moe.py
"""
import torch
import torch.nn.functional as F

from parity_fixtures import cross_entropy, generate
from torch_parity_attention import heads, merge, rms_norm, rope, softmax_attention

VOCAB, CTX = 256, 16


def deepseek_gate(P, p, x, c):
    """DeepSeek-V3's Gate: (weights, indices, probabilities for the balance loss)."""
    logits = x @ P[p + "router.w"]
    scores = logits.sigmoid() if c["score"] == "sigmoid" else logits.softmax(dim=-1)
    original = scores
    scores = scores + P[p + "router.bias"]
    N, E, G = x.shape[0], c["experts"], c["groups"]
    if G > 1:
        scores = scores.view(N, G, -1)
        group_scores = scores.topk(min(2, E // G), dim=-1)[0].sum(dim=-1)
        keep = group_scores.topk(c["top_groups"], dim=-1)[1]
        mask = scores.new_ones(N, G, dtype=torch.bool).scatter_(1, keep, False)
        scores = scores.masked_fill(mask.unsqueeze(-1), float("-inf")).flatten(1)
    indices = torch.topk(scores, c["k"], dim=-1)[1]
    weights = original.gather(1, indices)
    if c["score"] == "sigmoid":
        weights = weights / weights.sum(dim=-1, keepdim=True)
    probs = original / original.sum(dim=-1, keepdim=True)
    return weights * c["route_scale"], indices, probs


def mixtral_gate(P, p, x, c):
    """Mixtral: top-k of the router logits, softmax over those k."""
    logits = x @ P[p + "router.w"]
    top, indices = torch.topk(logits, c["k"], dim=-1)
    return top.softmax(dim=-1), indices, logits.softmax(dim=-1)


def moe(P, p, x, c, gate):
    """Routed SwiGLU experts (+ shared), the expert loop of DeepSeek-V3 / HF Mixtral; returns (y, balance loss)."""
    shape = x.shape
    x = x.reshape(-1, shape[-1])
    weights, indices, probs = gate(P, p, x, c)
    y = torch.zeros_like(x)
    for e in range(c["experts"]):
        idx, top = torch.where(indices == e)
        h = x[idx]
        out = (F.silu(h @ P[p + "w1"][e]) * (h @ P[p + "w3"][e])) @ P[p + "w2"][e]
        y = y.index_add(0, idx, out * weights[idx, top, None])
    if c.get("shared", 0) > 0:
        y = y + (F.silu(x @ P[p + "shared_mlp.w1.w"]) * (x @ P[p + "shared_mlp.w3.w"])) @ P[p + "shared_mlp.w2.w"]
    counts = torch.bincount(indices.flatten(), minlength=c["experts"]).double()
    f = counts / (x.shape[0] * c["k"])
    aux = c["alpha"] * c["experts"] * (f * probs.mean(dim=0)).sum()
    return y.view(shape), aux


def block(P, p, x, c, gate):
    h = rms_norm(x, P[p + "attn_norm.g"])
    q = rope(heads(h @ P[p + "attn.wq.w"], c["heads"]), "adjacent")
    k = rope(heads(h @ P[p + "attn.wk.w"], c.get("kv_heads", c["heads"])), "adjacent")
    v = heads(h @ P[p + "attn.wv.w"], c.get("kv_heads", c["heads"]))
    x = x + merge(softmax_attention(q, k, v)) @ P[p + "attn.wo.w"]
    y, aux = moe(P, p + "moe.", rms_norm(x, P[p + "moe_norm.g"]), c, gate)
    return x + y, aux


def forward(P, tokens, c, gate):
    x = P["tok.w"][tokens.long()]
    aux = 0.0
    for i in range(c["depth"]):
        x, a = block(P, f"layers.{i}.", x, c, gate)
        aux = aux + a
    return rms_norm(x, P["norm.g"]) @ P["head.w"], aux


def shapes(c):
    d, hid, E = c["dim"], c["hidden"], c["experts"]
    kv = c.get("kv_heads", c["heads"]) * (d // c["heads"])
    s = {"tok.w": [VOCAB, d]}
    for i in range(c["depth"]):
        p = f"layers.{i}."
        s.update({p + "attn_norm.g": [d], p + "attn.wq.w": [d, d], p + "attn.wk.w": [d, kv], p + "attn.wv.w": [d, kv],
                  p + "attn.wo.w": [d, d], p + "moe_norm.g": [d], p + "moe.router.w": [d, E]})
        if "groups" in c:
            s[p + "moe.router.bias"] = [E]
        s.update({p + "moe.w1": [E, d, hid], p + "moe.w2": [E, hid, d], p + "moe.w3": [E, d, hid]})
        if c.get("shared", 0) > 0:
            sh = c["shared"] * hid
            s.update({p + "moe.shared_mlp.w1.w": [d, sh], p + "moe.shared_mlp.w2.w": [sh, d], p + "moe.shared_mlp.w3.w": [d, sh]})
    s.update({"norm.g": [d], "head.w": [d, VOCAB]})
    return s


BASE = dict(vocab=VOCAB, ctx=CTX, dim=32, depth=2, heads=4, experts=8, k=2, hidden=16)
CASES = {
    "moe_deepseek": ("moe_gpt.loom", dict(BASE, shared=1, groups=4, top_groups=2, route_scale=2.5, alpha=0.01), deepseek_gate),
    "moe_mixtral": ("mixtral.loom", dict(BASE, kv_heads=2, alpha=0.02), mixtral_gate),
}
# Python-side settings the models fix rather than take as hyperparameters.
IMPLIED = {"moe_deepseek": dict(score="sigmoid"), "moe_mixtral": dict()}


def main():
    for name, (model, config, gate) in CASES.items():
        c = dict(config, **IMPLIED[name])

        def run(P, tokens, targets):
            logits, aux = forward(P, tokens, c, gate)
            return logits, cross_entropy(logits, targets) + aux, f"balance {float(aux):.6f}"

        generate(name, config=config, shapes=shapes(config), run=run, seed=20261204, generator=__file__, model=f"dsl-examples/{model}")


if __name__ == "__main__":
    main()
