"""Fixtures for `loom import` and runtime/tokenizer.ts: checkpoints written the
way nanoGPT, llama2.c and Hugging Face write them, the logits PyTorch computes
from them, and tiny tokenizer.json files with the ids a reference encoder gives.

Run once with Debian's python3-torch:  /usr/bin/python3 scripts/interop_fixtures.py
It writes test/fixtures/interop/ (test/io/interop.test.ts and tokenizer.test.ts
read it; no test runs PyTorch).

The models and exporters are the projects' own code, in
scripts/interop_models.py: nanoGPT's GPT, llama2.c's Transformer and its
export.py (`legacy_export`, `version1_export`, byte for byte), and the
`permute` of transformers' convert_llama_weights_to_hf.py (Meta's
adjacent-pair RoPE rows → rotate-half rows) for the Hugging Face layout.

The safetensors package is not installed here, so `save_file` below writes
the same bytes it would (u64 header length, JSON header, raw little-endian
data) for F32, F16 and BF16 tensors. nanoGPT's lm_head.weight is the same
tensor as transformer.wte.weight: `safetensors.torch.save_file` refuses shared
tensors, so a user either clones it (both names stored) or uses `save_model`
(one kept); the fixture stores both, and `loom import` checks they are equal.

Weights are random and larger than either project's init (which leaves the
logits near uniform) so every tensor moves the logits; reference logits are
computed in float64 from exactly the stored values.
"""
import json
import math
import os
import re
import struct

import torch
import torch.nn as nn
from torch.nn import functional as F

from parity_fixtures import write_safetensors
from interop_models import GPT, GPTConfig, ModelArgs, Transformer, legacy_export, permute, version1_export

OUT = os.path.join(os.path.dirname(__file__), "..", "test", "fixtures", "interop")


# ---------------------------------------------------------------- safetensors

def save_file(tensors, path, metadata=None):
    """safetensors.torch.save_file's layout, written by the parity scripts' writer (no safetensors package needed)."""
    write_safetensors(path, tensors, metadata)


def randomize(model, seed):
    """Norm gains near 1, biases small, every other weight 0.2·N(0, 1); shared tensors drawn once."""
    g = torch.Generator().manual_seed(seed)
    with torch.no_grad():
        for name, p in model.named_parameters():
            if name.endswith("ln_1.weight") or name.endswith("ln_2.weight") or name.endswith("ln_f.weight") or name.endswith("norm.weight"):
                p.copy_(1.0 + 0.1 * torch.randn(p.shape, generator=g))
            elif name.endswith(".bias"):
                p.copy_(0.05 * torch.randn(p.shape, generator=g))
            else:
                p.copy_(0.2 * torch.randn(p.shape, generator=g))


# ---------------------------------------------------------------- Hugging Face Llama layout

def hf_state_dict(model):
    """The state dict LlamaForCausalLM has for a llama2.c Transformer (the names and the q/k permutation of the converter)."""
    p = model.params
    hd = p.dim // p.n_heads
    kv = p.n_heads if p.n_kv_heads is None else p.n_kv_heads
    sd = {"model.embed_tokens.weight": model.tok_embeddings.weight, "model.norm.weight": model.norm.weight, "lm_head.weight": model.output.weight}
    for i, layer in enumerate(model.layers):
        pre = f"model.layers.{i}."
        sd[pre + "self_attn.q_proj.weight"] = permute(layer.attention.wq.weight, p.n_heads, p.dim, p.dim)
        sd[pre + "self_attn.k_proj.weight"] = permute(layer.attention.wk.weight, kv, kv * hd, p.dim)
        sd[pre + "self_attn.v_proj.weight"] = layer.attention.wv.weight
        sd[pre + "self_attn.o_proj.weight"] = layer.attention.wo.weight
        sd[pre + "mlp.gate_proj.weight"] = layer.feed_forward.w1.weight
        sd[pre + "mlp.down_proj.weight"] = layer.feed_forward.w2.weight
        sd[pre + "mlp.up_proj.weight"] = layer.feed_forward.w3.weight
        sd[pre + "input_layernorm.weight"] = layer.attention_norm.weight
        sd[pre + "post_attention_layernorm.weight"] = layer.ffn_norm.weight
    return {k: v.detach().clone() for k, v in sd.items()}


def hf_llama_forward(sd, cfg, tokens):
    """modeling_llama.py's forward in float64: rotate_half RoPE on the permuted q/k rows, repeat_kv, SwiGLU."""
    H, KV, D = cfg["num_attention_heads"], cfg["num_key_value_heads"], cfg["hidden_size"]
    hd, eps = D // H, cfg["rms_norm_eps"]

    def rms(x, w):
        return w * (x * torch.rsqrt(x.pow(2).mean(-1, keepdim=True) + eps))

    def rotate_half(x):
        x1, x2 = x[..., : x.shape[-1] // 2], x[..., x.shape[-1] // 2:]
        return torch.cat((-x2, x1), dim=-1)

    B, T = tokens.shape
    inv_freq = 1.0 / (cfg["rope_theta"] ** (torch.arange(0, hd, 2, dtype=torch.float64) / hd))
    freqs = torch.outer(torch.arange(T, dtype=torch.float64), inv_freq)
    emb = torch.cat((freqs, freqs), dim=-1)
    cos, sin = emb.cos(), emb.sin()
    x = sd["model.embed_tokens.weight"][tokens.long()]
    mask = torch.full((T, T), float("-inf"), dtype=torch.float64).triu(1)
    for i in range(cfg["num_hidden_layers"]):
        w = lambda n: sd[f"model.layers.{i}.{n}.weight"]  # noqa: E731
        h = rms(x, w("input_layernorm"))
        q = (h @ w("self_attn.q_proj").T).view(B, T, H, hd).transpose(1, 2)
        k = (h @ w("self_attn.k_proj").T).view(B, T, KV, hd).transpose(1, 2)
        v = (h @ w("self_attn.v_proj").T).view(B, T, KV, hd).transpose(1, 2)
        q, k = q * cos + rotate_half(q) * sin, k * cos + rotate_half(k) * sin
        k, v = k.repeat_interleave(H // KV, dim=1), v.repeat_interleave(H // KV, dim=1)
        att = torch.softmax(q @ k.transpose(2, 3) / math.sqrt(hd) + mask, dim=-1)
        x = x + (att @ v).transpose(1, 2).reshape(B, T, D) @ w("self_attn.o_proj").T
        h = rms(x, w("post_attention_layernorm"))
        x = x + (F.silu(h @ w("mlp.gate_proj").T) * (h @ w("mlp.up_proj").T)) @ w("mlp.down_proj").T
    return rms(x, sd["model.norm.weight"]) @ sd["lm_head.weight"].T


# ---------------------------------------------------------------- checkpoints

def tokens_for(vocab, ctx, seed):
    return torch.randint(0, vocab, (2, ctx), generator=torch.Generator().manual_seed(seed), dtype=torch.int32)


def write_expected(name, tokens, logits, meta):
    # float32 is plenty for a 1e-4 comparison and halves the fixture
    save_file({"tokens": tokens, "logits": logits.detach().float()}, os.path.join(OUT, f"{name}.expected.safetensors"), meta)


def greedy(model, prompt_ids, n):
    """llama2.c's Transformer.generate at temperature 0 (top-1 of the last position's logits), in float64; each step's
    margin between the two best logits is checked so float32 noise in loom cannot flip a choice."""
    idx = torch.tensor([prompt_ids], dtype=torch.long)
    margin = math.inf
    for _ in range(n):
        logits = model(idx[:, -model.params.max_seq_len:])[:, -1, :]
        top = torch.topk(logits, k=2, dim=-1).values[0]
        margin = min(margin, (top[0] - top[1]).item())
        idx = torch.cat((idx, torch.topk(logits, k=1, dim=-1).indices), dim=1)
    assert margin > 1e-2, margin
    return idx[0, len(prompt_ids):].tolist(), margin


def nanogpt():
    cfg = GPTConfig(block_size=16, vocab_size=96, n_layer=2, n_head=4, n_embd=32, dropout=0.0, bias=True)
    model = GPT(cfg)
    randomize(model, 1)
    sd = model.state_dict()  # what nanoGPT's train.py stores as checkpoint['model']
    save_file({k: v for k, v in sd.items()}, os.path.join(OUT, "nanogpt.safetensors"))
    tokens = tokens_for(cfg.vocab_size, cfg.block_size, 11)
    model.double()
    logits, _ = model(tokens.long(), targets=torch.zeros_like(tokens.long()))  # with targets: every position's logits
    write_expected("nanogpt", tokens, logits, {"model": "dsl-examples/gpt.loom", "config": json.dumps({"heads": cfg.n_head})})
    print(f"nanogpt: {sum(v.numel() for k, v in sd.items())} stored values, {list(sd)[:3]}…")


def llama2c(name, export, tied, n_kv_heads, model_file, vocab_size=96):
    args = ModelArgs(dim=32, n_layers=2, n_heads=4, n_kv_heads=n_kv_heads, vocab_size=vocab_size, hidden_dim=None, multiple_of=16, max_seq_len=16)
    model = Transformer(args)
    if not tied:
        model.output.weight = nn.Parameter(torch.empty_like(model.output.weight))
    randomize(model, 2 if tied else 3)
    export(model, os.path.join(OUT, f"{name}.bin"))
    tokens = tokens_for(args.vocab_size, args.max_seq_len, 12)
    model.double()
    logits = model(tokens.long(), targets=torch.zeros_like(tokens.long()))
    write_expected(name, tokens, logits, {"model": model_file})
    print(f"{name}: hidden {model.layers[0].feed_forward.w1.weight.shape[0]}, tied {tied}, kv_heads {n_kv_heads or args.n_heads}")
    return model


def hf_llama(model):
    """A grouped-query llama2.c model in the Hugging Face layout, stored as bf16 (as HF checkpoints usually are)."""
    p = model.params
    sd = {k: v.bfloat16() for k, v in hf_state_dict(model).items()}
    save_file(sd, os.path.join(OUT, "hf-llama", "model.safetensors"), {"format": "pt"})
    cfg = {
        "architectures": ["LlamaForCausalLM"], "model_type": "llama", "hidden_size": p.dim, "intermediate_size": model.layers[0].feed_forward.w1.weight.shape[0],
        "num_hidden_layers": p.n_layers, "num_attention_heads": p.n_heads, "num_key_value_heads": p.n_kv_heads, "vocab_size": p.vocab_size,
        "max_position_embeddings": p.max_seq_len, "rms_norm_eps": p.norm_eps, "rope_theta": 10000.0, "tie_word_embeddings": False,
    }
    with open(os.path.join(OUT, "hf-llama", "config.json"), "w") as f:
        json.dump(cfg, f, indent=2)
    tokens = tokens_for(p.vocab_size, p.max_seq_len, 13)
    wide = {k: v.double() for k, v in sd.items()}
    logits = hf_llama_forward(wide, cfg, tokens)
    # The converter's permutation is exactly what the rotate-half forward needs: same logits as llama2.c's own forward.
    rounded = Transformer(p)
    rounded.output.weight = nn.Parameter(torch.empty_like(rounded.output.weight))
    rounded.load_state_dict({k: v.bfloat16().double() for k, v in model.state_dict().items()})
    rounded.double()
    check = rounded(tokens.long(), targets=torch.zeros_like(tokens.long()))
    assert (check - logits).abs().max() < 1e-5, (check - logits).abs().max()
    write_expected("hf-llama", tokens, logits, {"model": "dsl-examples/gqa.loom"})
    print(f"hf-llama: bf16, kv_heads {p.n_kv_heads}, rotate-half forward = llama2.c forward to {(check - logits).abs().max().item():.1e}")


# ---------------------------------------------------------------- tokenizers

def bytes_to_unicode():
    """GPT-2's encoder.py: printable bytes map to themselves, the others to 256 + n."""
    bs = list(range(ord("!"), ord("~") + 1)) + list(range(ord("¡"), ord("¬") + 1)) + list(range(ord("®"), ord("ÿ") + 1))
    cs = bs[:]
    n = 0
    for b in range(2 ** 8):
        if b not in bs:
            bs.append(b)
            cs.append(2 ** 8 + n)
            n += 1
    return dict(zip(bs, [chr(c) for c in cs]))


# GPT-2's pattern with \p{L} → [^\W\d_] and \p{N} → \d (Python's re has no \p{}; equal on the test texts, which avoid No/Nl numerals).
GPT2_PAT = re.compile(r"""'s|'t|'re|'ve|'m|'ll|'d| ?[^\W\d_]+| ?\d+| ?[^\s\w]+|\s+(?!\S)|\s+""")


def gpt2_pretokens(text):
    # `_` is \w in Python but punctuation for \p{}: the texts have none.
    return GPT2_PAT.findall(text)


def bpe(symbols, ranks):
    """Merge the adjacent pair of lowest rank, every occurrence left to right, until no pair has a rank."""
    word = list(symbols)
    while len(word) > 1:
        pairs = [(ranks.get((a, b), math.inf), i) for i, (a, b) in enumerate(zip(word, word[1:]))]
        best = min(pairs)[0]
        if best == math.inf:
            break
        a, b = next((word[i], word[i + 1]) for r, i in pairs if r == best)
        merged, i = [], 0
        while i < len(word):
            if i < len(word) - 1 and word[i] == a and word[i + 1] == b:
                merged.append(a + b)
                i += 2
            else:
                merged.append(word[i])
                i += 1
        word = merged
    return word


def learn_merges(words, n):
    """Plain BPE training: repeatedly merge the most frequent pair (ties: first seen)."""
    words = [list(w) for w in words]
    merges = []
    for _ in range(n):
        counts = {}
        for w in words:
            for pair in zip(w, w[1:]):
                counts[pair] = counts.get(pair, 0) + 1
        if not counts:
            break
        pair = max(counts, key=lambda p: counts[p])
        merges.append(pair)
        ranks = {pair: 0}
        words = [bpe(w, ranks) for w in words]
    return merges


CORPUS = ("Call me Ishmael. Some years ago, never mind how long precisely, having little or no money in my purse, "
          "and nothing particular to interest me on shore, I thought I would sail about a little and see the watery part "
          "of the world. It's a way I have of driving off the spleen, and regulating the circulation. 1851 1852 café")
TEXTS = ["Call me Ishmael.", "It's the world's  watery part\n\nof 1851!", "café naïve — 🙂", "  leading spaces and trailing  "]


def gpt2_tokenizer():
    b2u = bytes_to_unicode()
    enc = lambda s: "".join(b2u[b] for b in s.encode("utf-8"))  # noqa: E731
    merges = learn_merges([enc(w) for w in gpt2_pretokens(CORPUS)], 60)
    vocab = {ch: i for i, ch in enumerate(sorted(b2u.values(), key=lambda c: ord(c)))}
    for a, b in merges:
        vocab.setdefault(a + b, len(vocab))
    eot = len(vocab)
    ranks = {m: i for i, m in enumerate(merges)}
    tok = {
        "version": "1.0",
        "added_tokens": [{"id": eot, "content": "<|endoftext|>", "single_word": False, "lstrip": False, "rstrip": False, "normalized": True, "special": True}],
        "normalizer": None,
        "pre_tokenizer": {"type": "ByteLevel", "add_prefix_space": False, "trim_offsets": True, "use_regex": True},
        "post_processor": {"type": "ByteLevel", "add_prefix_space": True, "trim_offsets": False, "use_regex": True},
        "decoder": {"type": "ByteLevel", "add_prefix_space": True, "trim_offsets": True, "use_regex": True},
        "model": {"type": "BPE", "dropout": None, "unk_token": None, "continuing_subword_prefix": "", "end_of_word_suffix": "",
                  "fuse_unk": False, "byte_fallback": False, "vocab": vocab, "merges": [f"{a} {b}" for a, b in merges]},
    }
    cases = []
    for text in TEXTS + ["hello<|endoftext|>world"]:
        ids = []
        for part in re.split(r"(<\|endoftext\|>)", text):
            if part == "<|endoftext|>":
                ids.append(eot)
                continue
            for pre in gpt2_pretokens(part):
                ids += [vocab[s] for s in bpe(list(enc(pre)), ranks)]
        cases.append({"text": text, "ids": ids})
    return tok, cases


def llama_tokenizer():
    """SentencePiece-style BPE as Hugging Face's LlamaTokenizerFast stores it: ▁ for spaces, byte fallback <0xNN>, BOS <s>."""
    specials = ["<unk>", "<s>", "</s>"]
    vocab = {s: i for i, s in enumerate(specials)}
    for b in range(256):
        vocab[f"<0x{b:02X}>"] = len(vocab)
    norm = lambda s: "▁" + s.replace(" ", "▁")  # noqa: E731
    chars = sorted(set(norm(CORPUS)) - {"é"})   # é is left out of the vocabulary: it falls back to its bytes
    for c in chars:
        vocab[c] = len(vocab)
    words = [w for w in re.split(r"(?=▁)", norm(CORPUS)) if w]
    words = [[c for c in w if c in vocab] for w in words]
    merges = learn_merges(words, 60)
    for a, b in merges:
        vocab.setdefault(a + b, len(vocab))
    ranks = {m: i for i, m in enumerate(merges)}
    tok = {
        "version": "1.0",
        "added_tokens": [{"id": i, "content": s, "single_word": False, "lstrip": False, "rstrip": False, "normalized": False, "special": True} for i, s in enumerate(specials)],
        "normalizer": {"type": "Sequence", "normalizers": [{"type": "Prepend", "prepend": "▁"}, {"type": "Replace", "pattern": {"String": " "}, "content": "▁"}]},
        "pre_tokenizer": None,
        "post_processor": {"type": "TemplateProcessing", "single": [{"SpecialToken": {"id": "<s>", "type_id": 0}}, {"Sequence": {"id": "A", "type_id": 0}}],
                           "pair": [], "special_tokens": {"<s>": {"id": "<s>", "ids": [1], "tokens": ["<s>"]}}},
        "decoder": {"type": "Sequence", "decoders": [{"type": "Replace", "pattern": {"String": "▁"}, "content": " "}, {"type": "ByteFallback"}, {"type": "Fuse"},
                                                      {"type": "Strip", "content": " ", "start": 1, "stop": 0}]},
        "model": {"type": "BPE", "dropout": None, "unk_token": "<unk>", "continuing_subword_prefix": None, "end_of_word_suffix": None,
                  "fuse_unk": True, "byte_fallback": True, "vocab": vocab, "merges": [f"{a} {b}" for a, b in merges]},
    }

    def encode(text):
        symbols = []
        for c in norm(text):
            symbols += [c] if c in vocab else [f"<0x{b:02X}>" for b in c.encode("utf-8")]
        return [1] + [vocab[s] for s in bpe(symbols, ranks)]

    return tok, [{"text": text, "ids": encode(text)} for text in TEXTS], encode


def llama_token_bytes(tok, ids):
    """The decoder's bytes for generated ids (not at the start of the text, so no leading space is stripped)."""
    inverse = {i: t for t, i in tok["model"]["vocab"].items()}
    out = b""
    for i in ids:
        t = inverse[i]
        m = re.fullmatch(r"<0x([0-9A-F]{2})>", t)
        out += bytes([int(m.group(1), 16)]) if m else t.replace("▁", " ").encode("utf-8")
    return out


def tokenizers():
    for name, build in [("gpt2", gpt2_tokenizer), ("llama", llama_tokenizer)]:
        tok, cases, *_ = build()
        with open(os.path.join(OUT, f"tokenizer-{name}.json"), "w") as f:
            json.dump(tok, f, ensure_ascii=False, indent=1)
        with open(os.path.join(OUT, f"tokenizer-{name}.cases.json"), "w") as f:
            json.dump(cases, f, ensure_ascii=False, indent=1)
        print(f"tokenizer-{name}: {len(tok['model']['vocab'])} tokens, {len(tok['model']['merges'])} merges; {[len(c['ids']) for c in cases]} ids per case")


if __name__ == "__main__":
    torch.manual_seed(0)
    os.makedirs(os.path.join(OUT, "hf-llama"), exist_ok=True)
    nanogpt()
    llama2c("llama2c-v0", legacy_export, tied=False, n_kv_heads=None, model_file="dsl-examples/llama.loom")
    hf_llama(llama2c("llama2c-gqa-v1", version1_export, tied=False, n_kv_heads=2, model_file="dsl-examples/gqa.loom"))
    tokens_llama, _, encode_llama = llama_tokenizer()
    # llama2.c with the Llama tokenizer's vocabulary, and what its generate() says after a prompt
    v1 = llama2c("llama2c-v1", version1_export, tied=True, n_kv_heads=None, model_file="dsl-examples/llama.loom", vocab_size=len(tokens_llama["model"]["vocab"]))
    prompt = "Call me Ishmael"
    ids, margin = greedy(v1, encode_llama(prompt), 8)
    with open(os.path.join(OUT, "llama2c-v1.generate.json"), "w") as f:
        json.dump({"prompt": prompt, "prompt_ids": encode_llama(prompt), "ids": ids, "continuation_hex": llama_token_bytes(tokens_llama, ids).hex()}, f, indent=1)
    print(f"llama2c-v1 greedy after {prompt!r}: {ids} (smallest top-2 margin {margin:.3f})")
    tokenizers()
