#!/usr/bin/env python3
"""Writes PyTorch parity fixtures for multi-token prediction (dsl-examples/mtp.loom).

An independent PyTorch implementation of REFERENCES.md §Multi-token prediction,
in float64 on seeded random weights and inputs:

- mtp_heads: n independent heads (one LLaMA block each) on a shared trunk, the
  shared norm and unembedding; loss = mean over heads k of the cross-entropy of
  head k's logits at positions 0 … T−1−k against targets k … T−1 (targets are the
  tokens shifted by one, so head k is scored on token t + 1 + k);
- mtp_sequential: DeepSeek-V3's sequential modules, written the way the paper
  describes them: depth k runs over the T − k positions that have token i + k,
  h'_k = M_k [RMSNorm(h_{k−1}[:T−k]); RMSNorm(Emb(tokens[k:]))], one LLaMA
  block, the shared head; loss = CE_main + λ/D · Σ_k CE_k. (loom keeps T
  positions and zero-pads the shifted embeddings; causal attention makes the
  two agree on every scored position.)

The output is the next-token logits (`forward`); the loss and every gradient
come from `loss`. test/parity/ runs `loom eval --grads` and compares to 1e-4
relative. Weights use loom's layout (Linear weights [d_in, d_out]).

Run with Debian's python3-torch:  /usr/bin/python3 scripts/torch_parity_mtp.py
"""
import torch

from parity_fixtures import cross_entropy, generate
from torch_parity_attention import llama_block, rms_norm, swiglu_hidden

VOCAB, CTX, DIM, DEPTH, HEADS, N_FUTURE = 256, 16, 32, 2, 4, 3
CONFIG = dict(vocab=VOCAB, ctx=CTX, dim=DIM, depth=DEPTH, heads=HEADS, n_future=N_FUTURE)
BLOCK = dict(heads=HEADS, kv_heads=HEADS, rope_convention="adjacent")


def llama_shapes(p, d):
    hid = swiglu_hidden(d)
    return {
        p + "attn_norm.g": [d], p + "attn.wq.w": [d, d], p + "attn.wk.w": [d, d], p + "attn.wv.w": [d, d], p + "attn.wo.w": [d, d],
        p + "mlp_norm.g": [d], p + "mlp.w1.w": [d, hid], p + "mlp.w2.w": [hid, d], p + "mlp.w3.w": [d, hid],
    }


def shapes_of(kind):
    d = DIM
    shapes = {"tok.w": [VOCAB, d]}
    for i in range(DEPTH):
        shapes.update(llama_shapes(f"layers.{i}.", d))
    if kind == "heads":
        for k in range(N_FUTURE):
            shapes.update(llama_shapes(f"mtp.blocks.{k}.", d))
    else:
        for k in range(N_FUTURE - 1):
            p = f"mtp.modules.{k}."
            shapes.update({p + "h_norm.g": [d], p + "e_norm.g": [d], p + "proj.w": [2 * d, d]})
            shapes.update(llama_shapes(p + "trm.", d))
    shapes.update({"norm.g": [d], "head.w": [d, VOCAB]})
    return shapes


def run(kind, P, tokens, targets):
    unembed = lambda h: rms_norm(h, P["norm.g"]) @ P["head.w"]
    e = P["tok.w"][tokens.long()]
    z = e
    for i in range(DEPTH):
        z = llama_block(P, f"layers.{i}.", z, BLOCK)
    if kind == "heads":
        logits = [unembed(llama_block(P, f"mtp.blocks.{k}.", z, BLOCK)) for k in range(N_FUTURE)]
        loss = sum(cross_entropy(logits[k][:, : CTX - k], targets[:, k:]) for k in range(N_FUTURE)) / N_FUTURE
        return logits[0], loss
    D, weight = N_FUTURE - 1, 0.3
    main = unembed(z)
    h, extra = z, 0.0
    for k in range(1, D + 1):
        p = f"mtp.modules.{k - 1}."
        cat = torch.cat([rms_norm(h[:, : CTX - k], P[p + "h_norm.g"]), rms_norm(e[:, k:], P[p + "e_norm.g"])], dim=-1)
        h = llama_block(P, p + "trm.", cat @ P[p + "proj.w"], BLOCK)
        extra = extra + cross_entropy(unembed(h), targets[:, k:])
    return main, cross_entropy(main, targets) + weight / D * extra


def main():
    for kind in ("heads", "sequential"):
        generate(f"mtp_{kind}", config=dict(CONFIG, kind=kind), shapes=shapes_of(kind), seed=20261205, generator=__file__,
                 model="dsl-examples/mtp.loom", run=lambda P, tokens, targets: run(kind, P, tokens, targets))


if __name__ == "__main__":
    main()
