#!/usr/bin/env python3
"""Writes the reference pyramid model (../shared/bench/BENCHMARK.md) as GovSim scenarios.

Usage: python3 Benchmarks/make-scenarios.py [OUTPUT_DIR]   (default: scenarios/bench)

Mapping onto GovSim (BENCHMARK.md, "Model"):
- a `pyramid` generator with levels = depth + 1 and the span s; a unit's authority is its height
  (front line 0; the default policy has delegation 0), and the apex decides everything;
- one case type per decision height k < depth with share q_k and `class` k, plus the remainder
  with class = depth (decided at the apex);
- service at height h exponential with rate mu_h = Lambda_h / rho (balanced mode), where
  Lambda_h = lam * s^h * (P(K >= h) + P(K > h)); scenario files give the mean, 1 / mu_h;
- no report delay; the decision is relayed down level by level and served at every level
  (the default policy);
- arrivals: one Poisson stream of total rate lam * s^depth at a uniformly random front-line unit
  (`rate_basis: total`), the C reference's `--arrivals merged` mode.

Every figure is computed here, so the files are reproducible: running the script again gives
byte-identical files.
"""
import json
import os
import sys

LAM = 1.0
RHO = 0.5
PROBS = (0.60, 0.25, 0.10)
SEED = 1

# name: depth, span, horizon, warm-up (None = 0.1 * horizon, the default), cool-down, purpose
SIZES = {
    "small": (4, 5, 1000.0, None, 0.0, "the yardstick's small size"),
    "medium": (6, 6, 10.0, None, 0.0, "the yardstick's medium size"),
    "large": (7, 8, 10.0, None, 0.0, "the yardstick's large size, 2.4 million units"),
    "national": (7, 10, 4.75, None, 0.0, "national scale: 11.1 million units, about 100 million services"),
    # Horizon 10 is too short for the front-line queues to reach steady state, so the sizes above
    # cannot check the analytic mean; this one can (warm-up 15, cool-down 5 keep the bias < 0.5%).
    "steady": (6, 6, 50.0, 15.0, 5.0, "the medium pyramid run long enough to check the analytic mean"),
}


def decision_shares(depth, probs=PROBS):
    """q_k for k = 0..depth: the given probabilities for heights below the apex, the rest at it."""
    q = [probs[h] if h < len(probs) else 0.0 for h in range(depth)]
    q.append(max(0.0, round(1.0 - sum(q), 12)))
    return q


def rates(depth, span, lam=LAM, rho=RHO, probs=PROBS):
    """(Lambda_h, mu_h) for every height h = 0..depth, as in c_pyramid.c."""
    q = decision_shares(depth, probs)
    arrivals, service = [], []
    for h in range(depth + 1):
        at_least = sum(q[h:])
        above = sum(q[h + 1:])
        rate = lam * span ** h * (at_least + above)
        arrivals.append(rate)
        service.append(rate / rho)
    return arrivals, service


def analytic_mean_latency(depth, span, lam=LAM, rho=RHO, probs=PROBS):
    """sum_k q_k (2 sum_{h<k} W_h + W_k) with W_h = 1 / (mu_h - Lambda_h) (Kelly network)."""
    q = decision_shares(depth, probs)
    arrivals, service = rates(depth, span, lam, rho, probs)
    w = [1.0 / (m - a) for a, m in zip(arrivals, service)]
    return sum(q[k] * (2 * sum(w[:k]) + w[k]) for k in range(depth + 1) if q[k] > 0)


def scenario(name, depth, span, horizon, warmup, cooldown, purpose):
    q = decision_shares(depth)
    _, service = rates(depth, span)
    leaves = span ** depth
    units = (span ** (depth + 1) - 1) // (span - 1)
    case_types = [{"name": f"height-{k}", "share": q[k], "class": k} for k in range(depth) if q[k] > 0]
    case_types.append({"name": "apex", "share": q[depth], "class": depth})
    return {
        "format": 1,
        "name": f"bench-{name}",
        "title": f"Reference pyramid, {name}: depth {depth}, span {span}, {units:,} units",
        "narrative": (
            f"The performance yardstick of ../shared/bench/BENCHMARK.md ({purpose}), written by "
            f"Benchmarks/make-scenarios.py. Every unit is an M/M/1 queue at utilisation {RHO}; "
            f"each of the {leaves:,} front-line units receives {LAM} case per time unit; "
            f"decision heights {', '.join(f'{x:g}' for x in q)} (apex last). "
            f"Analytic mean turnaround {analytic_mean_latency(depth, span):.9g}."
        ),
        "time_unit": "hour",
        "horizon": horizon,
        "warmup": warmup if warmup is not None else round(0.1 * horizon, 12),
        "cooldown": cooldown,
        "replications": 1,
        "seed": SEED,
        "workload": {
            "arrival_rate": LAM * leaves,
            "rate_basis": "total",
            "case_types": case_types,
        },
        "variants": [{
            "name": "pyramid",
            "description": f"Complete tree of depth {depth} and span {span}; authority follows height.",
            "structure": {
                "generator": "pyramid",
                "levels": depth + 1,
                "span": span,
                # Top level first: level j is height depth - j.
                "service": [{"exponential": 1.0 / service[depth - level]} for level in range(depth + 1)],
            },
        }],
    }


def dumps(value, indent=""):
    """JSON with two-space indentation, but an object or list of plain values on one line."""
    inner = indent + "  "
    if isinstance(value, dict) and any(isinstance(v, (dict, list)) for v in value.values()):
        items = [f"{inner}{json.dumps(k)}: {dumps(v, inner)}" for k, v in value.items()]
        return "{\n" + ",\n".join(items) + "\n" + indent + "}"
    if isinstance(value, list) and any(isinstance(v, (dict, list)) for v in value):
        return "[\n" + ",\n".join(inner + dumps(v, inner) for v in value) + "\n" + indent + "]"
    return json.dumps(value, ensure_ascii=False, separators=(", ", ": "))


def main():
    folder = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "scenarios", "bench")
    os.makedirs(folder, exist_ok=True)
    for name, spec in SIZES.items():
        path = os.path.join(folder, f"{name}.json")
        with open(path, "w") as out:
            out.write(dumps(scenario(name, *spec)) + "\n")
        print(f"wrote {os.path.normpath(path)}")


if __name__ == "__main__":
    main()
