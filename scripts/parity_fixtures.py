"""What every PyTorch parity fixture generator (scripts/torch_parity*.py) shares.

Each fixture is a directory test/fixtures/parity/<case>/ with three safetensors
files that test/parity/ reads: weights.safetensors (float32 parameters in loom's
layout), inputs.safetensors (int32 tokens and targets) and expected.safetensors
(float64 output logits, loss and `grad.<name>` for every parameter). A generator
only supplies its model's equations: the parameter shapes, the initialiser where
the defaults do not fit, and a function from (parameters, tokens, targets) to
(logits, loss).

The committed fixtures are byte-for-byte what these functions write, so the
order of the random draws (seed, parameters in shape order, tokens, targets),
the dtypes and the metadata keys and their order are part of the format: change
them and every fixture changes. (The float64 sums in expected.safetensors can
also move in their last bits with torch's thread count: gpt's committed
expected.safetensors is not what this machine writes at any OMP_NUM_THREADS tried.)

Run the generators with Debian's python3-torch:  /usr/bin/python3 scripts/torch_parity_X.py
"""
import json
import os
import struct

import torch
import torch.nn.functional as F

ROOT = os.path.join(os.path.dirname(__file__), "..")
BATCH = 2


def write_safetensors(path, tensors, metadata=None):
    """The safetensors format: u64 header length, JSON header, raw little-endian data."""
    header, blobs, offset = {}, [], 0
    for name, t in tensors.items():
        t = t.detach().contiguous().cpu()
        if t.dtype == torch.bfloat16:  # numpy has no bfloat16: its bits, as int16
            dtype, data = "BF16", t.view(torch.int16).numpy().tobytes()
        else:
            dtype = {torch.float64: "F64", torch.float32: "F32", torch.float16: "F16", torch.int32: "I32"}[t.dtype]
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


def init_param(name, shape):
    """Seeded float64 values by name suffix: norm gains near 1, biases small, everything else 0.2·N(0, 1)."""
    if name.endswith(".g"):
        return 1.0 + 0.1 * torch.randn(shape, dtype=torch.float64)
    if name.endswith(".b"):
        return 0.05 * torch.randn(shape, dtype=torch.float64)
    if name.endswith("bias"):      # a routing bias: large enough to change which experts win
        return 0.1 * torch.randn(shape, dtype=torch.float64)
    return 0.2 * torch.randn(shape, dtype=torch.float64)


def cross_entropy(logits, targets):
    """Mean next-token cross-entropy over every position."""
    return F.cross_entropy(logits.reshape(-1, logits.shape[-1]), targets.reshape(-1).long())


def lm_run(forward, config):
    """The run for a plain language model: forward(P, tokens, config) gives the logits, the loss is their cross-entropy."""
    def run(P, tokens, targets):
        logits = forward(P, tokens, config)
        return logits, cross_entropy(logits, targets)
    return run


def generate(case, *, config, shapes, run, seed, generator, model=None, init=init_param):
    """Writes test/fixtures/parity/<case>/ and prints a one-line summary.

    shapes: {name: shape}, in the order the parameters are drawn and stored;
    init(name, shape) draws one parameter; run(P, tokens, targets) returns
    (logits, loss) or (logits, loss, note), the note a string for the summary,
    and may raise to refuse a draw (then nothing is written). generator is the
    calling script's __file__; model, the .loom file the fixture checks, is
    omitted from the metadata when None.
    """
    torch.manual_seed(seed)
    params = {name: init(name, shape) for name, shape in shapes.items()}
    tokens = torch.randint(0, config["vocab"], (BATCH, config["ctx"]), dtype=torch.int32)
    targets = torch.randint(0, config["vocab"], (BATCH, config["ctx"]), dtype=torch.int32)
    # loom reads float32 weights; the float64 reference runs on exactly those values.
    rounded = {k: v.float().double().requires_grad_(True) for k, v in params.items()}
    logits, loss, *note = run(rounded, tokens, targets)
    loss.backward()
    expected = {"output": logits.detach(), "loss": loss.detach().reshape(())}
    for k, v in rounded.items():
        # A parameter that only selects (MoE's routing bias) gets no gradient: loom reports zeros.
        expected["grad." + k] = v.grad if v.grad is not None else torch.zeros_like(v)

    out = os.path.join(ROOT, "test", "fixtures", "parity", case)
    os.makedirs(out, exist_ok=True)
    meta = {"config": json.dumps(config)}
    if model is not None:
        meta["model"] = model
    meta.update(generator="scripts/" + os.path.basename(generator), torch=torch.__version__)
    write_safetensors(os.path.join(out, "weights.safetensors"), {k: v.float() for k, v in params.items()}, meta)
    write_safetensors(os.path.join(out, "inputs.safetensors"), {"tokens": tokens, "targets": targets}, meta)
    write_safetensors(os.path.join(out, "expected.safetensors"), expected, meta)
    print(", ".join([f"{case}: loss {loss.item():.6f}", *note, f"{len(params)} params"]))
