#!/usr/bin/env python3
"""Writes PyTorch parity fixtures for the spiking example (dsl-examples/lif_mlp.loom).

An independent PyTorch implementation of the same network (token embedding,
depth x (Linear -> LIF neurons over time), linear readout of the spikes) runs
in float64, step by step in time, with the spike function written as a
torch.autograd.Function the way snnTorch and SpikingJelly write theirs:
forward the Heaviside step, backward the ATan surrogate
(alpha/2) / (1 + (pi/2 * alpha * u)^2). Two neuron conventions:

  lif_snntorch      snnTorch's Leaky with subtractive reset:
                    U_t = beta*U_{t-1} + X_t - theta*S_{t-1} (reset detached),
                    S_t = H(U_t - theta), H(0) = 0.
  lif_spikingjelly  SpikingJelly's multi-step LIFNode (decay_input, hard reset
                    to 0, detach_reset=False): H_t = V_{t-1} + (X_t - V_{t-1})/tau,
                    S_t = H(H_t - v_th), H(0) = 1, V_t = H_t * (1 - S_t), the
                    gradient flowing through the reset.

The logits, the loss and every parameter gradient are saved; test/parity/
runs `loom eval --grads` on the same weights and inputs and compares to 1e-4
relative. Spikes are discontinuous, so the script checks that no membrane
potential lies within 1e-4 of the threshold (where float32 and float64 could
disagree on a spike) and that every layer spikes at a useful rate.

Run with Debian's python3-torch:  /usr/bin/python3 scripts/torch_parity_spike.py
"""
import math

import torch

from parity_fixtures import cross_entropy, generate

VOCAB, CTX, DIM, DEPTH = 256, 8, 16, 2
THRESHOLD = 1.0
MARGIN = 1e-4


class ATanSpike(torch.autograd.Function):
    """snnTorch's / SpikingJelly's ATan spike: H(u) forward, (alpha/2)/(1 + (pi/2*alpha*u)^2) backward."""

    @staticmethod
    def forward(ctx, u, alpha, h0):
        ctx.save_for_backward(u)
        ctx.alpha = alpha
        return ((u >= 0) if h0 == 1 else (u > 0)).to(u.dtype)

    @staticmethod
    def backward(ctx, grad):
        (u,) = ctx.saved_tensors
        a = ctx.alpha
        return grad * (a / 2) / (1 + (math.pi / 2 * a * u) ** 2), None, None


class Recorder:
    """Collects the spike-function inputs, to check margins and spike rates."""

    def __init__(self):
        self.inputs = []

    def spike(self, u, alpha, h0):
        self.inputs.append(u.detach())
        return ATanSpike.apply(u, alpha, h0)


def lif_snntorch(x, c, rec):
    beta, alpha = c["beta"], c["alpha"]
    u, s, out = None, None, []
    for t in range(x.shape[1]):
        u = x[:, t] if t == 0 else beta * u + x[:, t] - THRESHOLD * s.detach()
        s = rec.spike(u - THRESHOLD, alpha, 0)
        out.append(s)
    return torch.stack(out, dim=1)


def lif_spikingjelly(x, c, rec):
    tau, alpha = c["tau"], c["alpha"]
    v, out = torch.zeros_like(x[:, 0]), []
    for t in range(x.shape[1]):
        h = v + (x[:, t] - v) / tau
        s = rec.spike(h - THRESHOLD, alpha, 1)
        v = h * (1 - s)
        out.append(s)
    return torch.stack(out, dim=1)


NEURONS = {"snntorch": lif_snntorch, "spikingjelly": lif_spikingjelly}


def layer_names(c):
    return ["first"] + [f"rest.{i}" for i in range(c["depth"] - 1)]


def param_shapes(c):
    d, h = c["dim"], 2 * c["dim"]
    shapes = {"emb": [VOCAB, d]}
    for i, name in enumerate(layer_names(c)):
        shapes[name + ".fc.w"] = [d if i == 0 else h, h]
        shapes[name + ".fc.b"] = [h]
    shapes.update({"head.w": [h, VOCAB], "head.b": [VOCAB]})
    return shapes


def forward(P, tokens, c, rec):
    x = P["emb"][tokens.long()]
    for name in layer_names(c):
        x = NEURONS[c["neuron"]](x @ P[name + ".fc.w"] + P[name + ".fc.b"], c, rec)
    return x @ P["head.w"] + P["head.b"]


BASE = dict(vocab=VOCAB, ctx=CTX, dim=DIM, depth=DEPTH, beta=0.9, tau=2.0, alpha=2.0)
CASES = {
    "lif_snntorch": dict(BASE, neuron="snntorch"),
    "lif_spikingjelly": dict(BASE, neuron="spikingjelly"),
}


# Bias means that make every layer spike at a moderate rate: the hard-reset node's potential
# only approaches its input (V -> X), the subtractive one integrates it (U -> X/(1 - beta)).
BIAS = {"snntorch": 0.5, "spikingjelly": 1.2}


def init(name, shape, neuron):
    if name == "emb":
        return 0.5 * torch.randn(shape, dtype=torch.float64)
    if name.endswith(".fc.w"):
        return torch.randn(shape, dtype=torch.float64) / math.sqrt(shape[0])
    if name.endswith(".fc.b"):
        return BIAS[neuron] + 0.1 * torch.randn(shape, dtype=torch.float64)
    return 0.2 * torch.randn(shape, dtype=torch.float64)


def main():
    for name, config in CASES.items():

        def run(P, tokens, targets):
            rec = Recorder()
            logits = forward(P, tokens, config, rec)
            margin = min(u.abs().min().item() for u in rec.inputs)
            rate = torch.stack([(u >= 0).double().mean() for u in rec.inputs]).mean().item()
            assert margin > MARGIN, f"{name}: a membrane potential is {margin:.2e} from the threshold; change the seed"
            assert 0.05 < rate < 0.6, f"{name}: spike rate {rate:.3f}; rescale the weights"
            return logits, cross_entropy(logits, targets), f"spike rate {rate:.3f}, min |u - threshold| {margin:.2e}"

        generate(name, config=config, shapes=param_shapes(config), run=run, seed=20261204, generator=__file__,
                 model="dsl-examples/lif_mlp.loom", init=lambda pname, shape: init(pname, shape, config["neuron"]))


if __name__ == "__main__":
    main()
