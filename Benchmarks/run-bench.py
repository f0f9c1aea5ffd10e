#!/usr/bin/env python3
"""Runs GovSim's harness and the C reference side by side and writes Benchmarks/results.md.

`make bench` builds everything and calls this script; it can also be run by hand:

    python3 Benchmarks/run-bench.py --govsim-bench Benchmarks/.build/release/govsim-bench \
        --c-pyramid Benchmarks/.work/c_pyramid --govsim .build-bench/release/govsim [--runs 3] [--no-national]

What it measures (definitions of ../shared/bench/BENCHMARK.md):
- the three yardstick sizes, each run --runs times with seeds 1, 2, 3, ... on both tools,
  interleaved (C, GovSim, C, GovSim, ...) so that both see the same machine; medians reported;
- events = services completed by the horizon; seconds = the event loop alone
  (GovSim: Simulation.run(); C: its while loop); events/s = events / seconds;
- peak memory = the process's peak resident set (getrusage), model included;
- checks: mean latency GovSim vs C within TOLERANCE_VS_C, and against the analytic mean within
  TOLERANCE_VS_ANALYTIC where the run reaches steady state (small, and the long `steady` run);
- the whole `govsim run pyramid-vs-flat` and the national-scale pyramid under /usr/bin/time -v;
- replications on 1 thread vs all cores (Experiment.run(threads:));
- the collapsed org chart of the large pyramid (OrgChart.graph, then Graphviz to SVG).
Exit status 1 if a check fails (results.md is written anyway).
"""
import argparse
import datetime
import importlib.util
import json
import os
import re
import shutil
import statistics
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
_spec = importlib.util.spec_from_file_location("make_scenarios", os.path.join(HERE, "make-scenarios.py"))
scenarios = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(scenarios)

# Relative tolerances. Seed-to-seed spread of the mean latency is about 0.3% (small) and 0.7%
# (medium) of the mean, so 2% is about three standard deviations of a GovSim-C difference.
TOLERANCE_VS_C = 0.02
TOLERANCE_VS_ANALYTIC = 0.02
# Sizes whose measured window is long enough for the analytic (steady-state) mean to apply.
STEADY_SIZES = {"small", "steady"}
TIMED_SIZES = ["small", "medium", "large"]


def scenario_path(size):
    return os.path.join(ROOT, "scenarios", "bench", f"{size}.json")


def c_command(binary, size, seed):
    """The C reference with exactly the scenario file's parameters."""
    with open(scenario_path(size)) as f:
        doc = json.load(f)
    structure = doc["variants"][0]["structure"]
    return [binary, "--depth", str(structure["levels"] - 1), "--span", str(structure["span"]),
            "--lam", repr(scenarios.LAM), "--rho", repr(scenarios.RHO),
            "--probs", ",".join(repr(p) for p in scenarios.PROBS),
            "--horizon", repr(doc["horizon"]), "--warmup", repr(doc["warmup"]), "--cooldown", repr(doc["cooldown"]),
            "--seed", str(seed), "--arrivals", "merged", "--quiet"]


def run(command):
    """Runs a command under /usr/bin/time -v; returns (its RESULT dict or None, wall seconds, peak RSS MiB).

    Always through /usr/bin/time: Linux keeps a process's peak RSS across execve, so a child forked
    straight from this Python process would report Python's footprint as its own peak when that is
    larger (a small run then shows ~14 MiB instead of ~2). `time` is small and reports the child's
    own peak through wait4.
    """
    done = subprocess.run(["/usr/bin/time", "-v"] + command, cwd=ROOT, capture_output=True, text=True)
    if done.returncode != 0:
        sys.stderr.write(done.stderr)
        raise SystemExit(f"run-bench: failed ({done.returncode}): {' '.join(command)}")
    result = None
    for line in done.stdout.splitlines():
        if line.startswith("RESULT "):
            result = json.loads(re.sub(r"\bnan\b", "NaN", line[len("RESULT "):]))
    m = re.search(r"Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): (\S+)", done.stderr)
    parts = [float(x) for x in m.group(1).split(":")] if m else []
    wall = sum(x * 60 ** i for i, x in enumerate(reversed(parts))) if m else float("nan")
    m = re.search(r"Maximum resident set size \(kbytes\): (\d+)", done.stderr)
    rss = int(m.group(1)) / 1024 if m else float("nan")
    cpu = sum(float(x) for x in re.findall(r"(?:User|System) time \(seconds\): ([\d.]+)", done.stderr))
    if result is not None:
        result["wall_s"], result["process_peak_mb"], result["process_cpu_s"] = wall, rss, cpu
    if result is not None and "sim_s" in result:
        # C reports only wall time for its loop; its whole-process CPU time stands in for the loop's
        # (set-up and the p95 selection add about 1-2%: that favours GovSim slightly).
        result.setdefault("sim_cpu_s", cpu)
        result["events_per_cpu_s"] = result["events"] / result["sim_cpu_s"] if result.get("sim_cpu_s") else float("nan")
    return result, wall, rss


def median(results, key):
    return statistics.median(r[key] for r in results)


def relative(a, b):
    return abs(a - b) / abs(b) if b else float("inf")


class Checks:
    def __init__(self):
        self.rows = []

    def add(self, name, ok, detail):
        """ok: True or False for a check, None for a figure reported without a check."""
        self.rows.append((name, ok, detail))
        print(f"  {self.label(ok)} {name}: {detail}", flush=True)

    @staticmethod
    def label(ok):
        return "info" if ok is None else "ok" if ok else "FAIL"

    @property
    def failed(self):
        return [r for r in self.rows if r[1] is False]


def compare_runs(size, c_runs, g_runs, checks):
    """Checks that the two tools ran the same model and agree on the latency."""
    c_mu, g_mu = c_runs[0]["mu_h"], g_runs[0]["mu_h"]
    checks.add(f"{size}: same service rates", len(c_mu) == len(g_mu) and all(relative(g, c) < 1e-5 for g, c in zip(g_mu, c_mu)),
               f"mu_h GovSim {[float(f'{x:.6g}') for x in g_mu]} vs C {c_mu}")
    c_events, g_events = median(c_runs, "events"), median(g_runs, "events")
    checks.add(f"{size}: same amount of work", relative(g_events, c_events) < 0.01,
               f"events GovSim {g_events:,.0f} vs C {c_events:,.0f} ({100 * (g_events / c_events - 1):+.2f}%, tolerance 1%)")
    c_mean = statistics.fmean(r["mean_latency"] for r in c_runs)
    g_mean = statistics.fmean(r["mean_latency"] for r in g_runs)
    checks.add(f"{size}: mean latency GovSim vs C", relative(g_mean, c_mean) <= TOLERANCE_VS_C,
               f"{g_mean:.5f} vs {c_mean:.5f} ({100 * (g_mean / c_mean - 1):+.2f}%, tolerance {100 * TOLERANCE_VS_C:g}%; "
               f"mean over {len(g_runs)} and {len(c_runs)} seeds)")
    analytic = g_runs[0]["analytic_mean_latency"]
    checks.add(f"{size}: analytic mean, GovSim vs C's formula", relative(analytic, c_runs[0]["analytic_mean_latency"]) < 1e-6,
               f"{analytic:.9g} vs {c_runs[0]['analytic_mean_latency']:.9g}")
    for tool, mean in (("GovSim", g_mean), ("C", c_mean)):
        deviation = f"{mean:.5f} vs analytic {analytic:.5f} ({100 * (mean / analytic - 1):+.2f}%)"
        if size in STEADY_SIZES:
            checks.add(f"{size}: {tool} mean latency vs analytic", relative(mean, analytic) <= TOLERANCE_VS_ANALYTIC,
                       deviation + f", tolerance {100 * TOLERANCE_VS_ANALYTIC:g}%")
        else:
            checks.add(f"{size}: {tool} mean latency vs analytic", None,
                       deviation + f": start-up transient, horizon {g_runs[0]['horizon']:g} is too short for steady state")


def machine():
    cpu = "unknown"
    with open("/proc/cpuinfo") as f:
        for line in f:
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    memory = "unknown"
    with open("/proc/meminfo") as f:
        for line in f:
            if line.startswith("MemTotal:"):
                memory = f"{int(line.split()[1]) / 1048576:.1f} GiB"
    nproc = subprocess.run(["nproc"], capture_output=True, text=True).stdout.strip()

    def first_line(command):
        try:
            out = subprocess.run(command, capture_output=True, text=True)
            return (out.stdout or out.stderr).splitlines()[0].strip()
        except (OSError, IndexError):
            return "unknown"
    commit = first_line(["git", "-C", ROOT, "rev-parse", "--short", "HEAD"])
    dirty = subprocess.run(["git", "-C", ROOT, "status", "--porcelain", "--", "Sources", "Package.swift"],
                           capture_output=True, text=True).stdout.strip()
    return {
        "nproc": nproc, "cpu": cpu, "memory": memory,
        "swift": first_line(["swift", "--version"]), "gcc": first_line(["gcc", "--version"]),
        "commit": commit + (" with uncommitted changes in Sources/" if dirty else ""),
    }


def load_average():
    with open("/proc/loadavg") as f:
        return " ".join(f.read().split()[:3])


def fmt_int(x):
    return f"{x:,.0f}"


def fmt_rate(x):
    return f"{x / 1e6:.2f} M" if x >= 1e6 else f"{x / 1e3:.0f} k"


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--govsim-bench", required=True)
    parser.add_argument("--c-pyramid", required=True)
    parser.add_argument("--govsim", required=True)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--sizes", default=",".join(TIMED_SIZES))
    parser.add_argument("--no-national", action="store_true")
    parser.add_argument("--scaling-replications", type=int, default=8)
    parser.add_argument("--out", default=os.path.join(HERE, "results.md"))
    args = parser.parse_args()
    for path in (args.govsim_bench, args.c_pyramid, args.govsim):
        if not os.access(path, os.X_OK):
            raise SystemExit(f"run-bench: {path} is missing or not executable (run `make bench`)")
    if not os.access("/usr/bin/time", os.X_OK):
        raise SystemExit("run-bench: /usr/bin/time is missing: apt-get install time")
    bench, cref = os.path.abspath(args.govsim_bench), os.path.abspath(args.c_pyramid)

    started = datetime.datetime.now(datetime.timezone.utc)
    load_before = load_average()
    checks = Checks()
    stale = [name for name, spec in scenarios.SIZES.items()
             if not os.path.exists(scenario_path(name))
             or open(scenario_path(name)).read() != scenarios.dumps(scenarios.scenario(name, *spec)) + "\n"]
    checks.add("scenarios/bench is what make-scenarios.py writes", not stale,
               f"stale: {', '.join(stale)} (run python3 Benchmarks/make-scenarios.py)" if stale else "all files up to date")
    rows = {}
    for size in args.sizes.split(","):
        print(f"{size}: {args.runs} runs of each tool (seeds 1..{args.runs})", flush=True)
        c_runs, g_runs = [], []
        for seed in range(1, args.runs + 1):
            c_runs.append(run(c_command(cref, size, seed))[0])
            g_runs.append(run([bench, "loop", scenario_path(size), "--seed", str(seed)])[0])
            print(f"  seed {seed}: C {c_runs[-1]['sim_s']:.3f} s ({c_runs[-1]['sim_cpu_s']:.3f} CPU), "
                  f"GovSim {g_runs[-1]['sim_s']:.3f} s ({g_runs[-1]['sim_cpu_s']:.3f} CPU)", flush=True)
        compare_runs(size, c_runs, g_runs, checks)
        rows[size] = (c_runs, g_runs)

    print("steady: the medium pyramid over horizon 50 (analytic check)", flush=True)
    steady_c = [run(c_command(cref, "steady", 1))[0]]
    steady_g = [run([bench, "loop", scenario_path("steady"), "--seed", "1"])[0]]
    compare_runs("steady", steady_c, steady_g, checks)

    print(f"scaling: {args.scaling_replications} replications of small, 1 thread vs all cores", flush=True)
    scaling = run([bench, "scaling", scenario_path("small"), "--replications", str(args.scaling_replications)])[0]

    print(f"govsim run pyramid-vs-flat ({args.runs} runs)", flush=True)
    out_dir = os.path.join(HERE, ".work", "pyramid-vs-flat")
    flagship = [run([os.path.abspath(args.govsim), "run", "pyramid-vs-flat", "--out", out_dir, "--quiet"])
                for _ in range(args.runs)]

    print(f"render: collapsed org chart of the large pyramid ({args.runs} runs)", flush=True)
    renders = [run([bench, "render", scenario_path("large")]) for _ in range(args.runs)]

    national = None
    if not args.no_national:
        print("national: one run of each tool (11.1 million units)", flush=True)
        nc = run(c_command(cref, "national", 1))
        ng = run([bench, "loop", scenario_path("national"), "--seed", "1"])
        national = (nc, ng)
        for tool, result in (("GovSim", ng[0]), ("C", nc[0])):
            checks.add(f"national: {tool} mean latency vs analytic", None,
                       f"{result['mean_latency']:.5f} vs analytic {result['analytic_mean_latency']:.5f}: start-up transient")
        checks.add("national: same amount of work", relative(ng[0]["events"], nc[0]["events"]) < 0.01,
                   f"events GovSim {ng[0]['events']:,} vs C {nc[0]['events']:,}")
        checks.add("national: mean latency GovSim vs C", relative(ng[0]["mean_latency"], nc[0]["mean_latency"]) <= TOLERANCE_VS_C,
                   f"{ng[0]['mean_latency']:.5f} vs {nc[0]['mean_latency']:.5f} (tolerance {100 * TOLERANCE_VS_C:g}%)")

    text = report(args, started, load_before, load_average(), rows, scaling, flagship, renders, national, checks)
    with open(args.out, "w") as f:
        f.write(text)
    print("\n" + text)
    print(f"wrote {os.path.relpath(args.out, ROOT)}")
    if checks.failed:
        print(f"run-bench: {len(checks.failed)} check(s) failed", file=sys.stderr)
        return 1
    return 0


def faster(ratio):
    """Which tool is faster and by how much, from GovSim's events/s over C's."""
    return f"GovSim {ratio:.2f}x as fast" if ratio >= 1 else f"C {1 / ratio:.2f}x as fast"


def report(args, started, load_before, load_after, rows, scaling, flagship, renders, national, checks):
    m = machine()
    lines = [
        "# GovSim benchmark results",
        "",
        f"Written by `make bench` ({os.path.relpath(__file__, ROOT)}) on {started:%Y-%m-%d %H:%M} UTC.",
        f"Machine: {m['nproc']} CPUs (nproc), {m['cpu']}, {m['memory']} RAM; load average {load_before} at the start, "
        f"{load_after} at the end (other work on the machine makes the figures noisy).",
        f"GovSim commit {m['commit']}; {m['swift']}; C reference built with `gcc -O2` ({m['gcc']}).",
        "",
        "## Event loop: GovSim vs the C reference",
        "",
        f"The reference pyramid of `../shared/bench/BENCHMARK.md` (rho 0.5, lam 1.0, probs "
        f"{','.join(f'{p:g}' for p in scenarios.PROBS)}; C with `--arrivals merged`, GovSim from `scenarios/bench/`). "
        f"Medians of {args.runs} runs per tool (seeds 1..{args.runs}), the tools interleaved. Seconds = the event loop "
        "alone; events = services completed by the horizon; peak memory = the process's peak resident set "
        "(getrusage at the end of the run, model included; each tool measures itself).",
        "",
        "| size | units | tool | events | seconds | CPU seconds | events/s | peak memory | GovSim/C events/s (wall; CPU) |",
        "|---|---:|---|---:|---:|---:|---:|---:|---:|",
    ]
    for size, (c_runs, g_runs) in rows.items():
        ratio = median(g_runs, "events_per_s") / median(c_runs, "events_per_s")
        cpu_ratio = median(g_runs, "events_per_cpu_s") / median(c_runs, "events_per_cpu_s")
        for tool, runs in (("C", c_runs), ("GovSim", g_runs)):
            lines.append(
                f"| {size} | {fmt_int(runs[0].get('units', runs[0].get('agents', 0)))} | {tool} | {fmt_int(median(runs, 'events'))} "
                f"| {median(runs, 'sim_s'):.3f} | {median(runs, 'sim_cpu_s'):.3f} | {fmt_rate(median(runs, 'events_per_s'))} "
                f"| {median(runs, 'peak_rss_mb'):,.0f} MiB "
                f"| {f'{ratio:.2f}; {cpu_ratio:.2f} ({faster(cpu_ratio)})' if tool == 'GovSim' else ''} |")
    lines += [
        "",
        "GovSim/C = GovSim's events/s divided by C's (1.00 = as fast as C), from wall-clock seconds and from CPU seconds "
        "(user + system; GovSim's for run() alone, C's for its whole process, which adds 1-2% to C). On a shared machine "
        "the wall clock also counts time spent waiting for a core, so the CPU ratio is the steadier one. "
        "GovSim's `run()` includes the "
        "recorder's end-of-run summary (percentiles: by selection, or from a histogram past 4,194,304 cases, as at the large size; per-unit utilisation); C's seconds leave out its "
        "p95 selection. GovSim's model build (not in the seconds above): "
        + ", ".join(f"{median(g, 'load_s') + median(g, 'build_s'):.2f} s ({size})" for size, (_, g) in rows.items())
        + " (scenario load with structure generation, plus CompiledModel). GovSim's resident memory after loading the "
        "scenario / after building the model / peak: "
        + ", ".join(f"{median(g, 'rss_after_load_mb'):,.0f} / {median(g, 'rss_after_build_mb'):,.0f} / "
                    f"{median(g, 'peak_rss_mb'):,.0f} MiB ({size})" for size, (_, g) in rows.items()) + ".",
        "",
        "## Whole runs",
        "",
        "| run | wall seconds | peak memory | notes |",
        "|---|---:|---:|---|",
    ]
    walls = [w for _, w, _ in flagship]
    lines.append(f"| `govsim run pyramid-vs-flat` | {statistics.median(walls):.2f} | {max(r for _, _, r in flagship):,.0f} MiB "
                 f"| whole process (4 variants x 10 replications, both cores), median of {len(flagship)}; /usr/bin/time -v |")
    if national:
        (nc, nc_wall, nc_rss), (ng, ng_wall, ng_rss) = national
        ratio = ng["events_per_s"] / nc["events_per_s"]
        cpu_ratio = ng["events_per_cpu_s"] / nc["events_per_cpu_s"]
        lines.append(f"| national, GovSim: {fmt_int(ng['units'])} units, {fmt_int(ng['events'])} events | {ng_wall:.1f} | {ng['peak_rss_mb']:,.0f} MiB "
                     f"| event loop {ng['sim_s']:.1f} s wall, {ng['sim_cpu_s']:.1f} s CPU ({fmt_rate(ng['events_per_s'])} events/s; "
                     f"GovSim/C {ratio:.2f} wall, {cpu_ratio:.2f} CPU); "
                     f"load {ng['load_s']:.1f} s, build {ng['build_s']:.1f} s; resident {ng['rss_after_load_mb']:,.0f} MiB after load, "
                     f"{ng['rss_before_run_mb']:,.0f} MiB before the loop; one run |")
        lines.append(f"| national, C: {fmt_int(nc['agents'])} units, {fmt_int(nc['events'])} events | {nc_wall:.1f} | {nc['peak_rss_mb']:,.0f} MiB "
                     f"| event loop {nc['sim_s']:.1f} s wall ({fmt_rate(nc['events_per_s'])} events/s), whole process {nc['sim_cpu_s']:.1f} s CPU; one run |")
    else:
        lines.append("| national | not run | | `--no-national` |")
    lines.append(f"| replications of small: {scaling['replications']} on 1 thread vs {scaling['threads']} | "
                 f"{scaling['serial_s']:.2f} vs {scaling['parallel_s']:.2f} | {scaling['process_peak_mb']:,.0f} MiB "
                 f"| Experiment.run(threads:): speed-up {scaling['speedup']:.2f} on {scaling['cores']} cores, medians of "
                 f"{scaling['repeats']} pairs of runs in turn (each pair: {', '.join(f'{x:.2f}' for x in scaling['pair_speedups'])}); results identical |")
    r = [x for x, _, _ in renders]
    lines.append(f"| render collapsed chart of the {fmt_int(r[0]['units'])}-unit pyramid | {median(r, 'graph_s') + median(r, 'render_s'):.2f} "
                 f"| {median(r, 'peak_rss_mb'):,.0f} MiB | OrgChart.graph (collapse alike siblings: {r[0]['nodes']} boxes) "
                 f"{median(r, 'graph_s'):.2f} s + Graphviz layout and SVG {median(r, 'render_s'):.2f} s, medians of {len(r)}; "
                 f"loading the scenario ({median(r, 'load_s'):.1f} s) not included; memory includes it |")
    lines += ["", "## Checks", "",
              f"Tolerances: mean latency GovSim vs C within {100 * TOLERANCE_VS_C:g}% (relative); vs the analytic "
              f"(Kelly network) mean within {100 * TOLERANCE_VS_ANALYTIC:g}% only where the run reaches steady state "
              "(small, and `steady`: the medium pyramid over horizon 50 with warm-up 15 and cool-down 5). Medium, large "
              "and national run 10 (4.75) time units from an empty start, too short for the front-line queues to settle: "
              "both tools measure well below the analytic mean there, alike (reported as info, not checked).", ""]
    lines += [f"- {'**FAIL**' if ok is False else Checks.label(ok)}: {name}: {detail}" for name, ok, detail in checks.rows]
    lines.append("")
    return "\n".join(lines)


if __name__ == "__main__":
    sys.exit(main())
