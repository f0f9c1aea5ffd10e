#!/usr/bin/env python3
"""Profiles GovSim's event loop with callgrind and prints the hot spots by function.

    swift build -c release -Xswiftc -g --package-path Benchmarks --scratch-path Benchmarks/.build-prof
    python3 Benchmarks/profile.py Benchmarks/.build-prof/release/govsim-bench small --horizon 100
    python3 Benchmarks/profile.py Benchmarks/.build-prof/release/govsim-bench large --horizon 1 --cache-sim

Only Simulation.run() is collected (--toggle-collect), so loading and building the model do not
count. Instruction counts (Ir) are repeatable from run to run, unlike timings on a shared machine.
Self cost is summed over every file a function's inlined code comes from (callgrind splits it by
source file); inclusive cost is the function's largest entry; names are demangled with `swift demangle`. Output files go to Benchmarks/.work/.
"""
import argparse
import collections
import os
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
RUN_SYMBOL = "$s12GovSimEngine10SimulationV3runAA17ReplicationResultVyF"
LINE = re.compile(r"^\s*([\d,]+)\s+\(\s*[\d.]+%\)\s+(?:\*\s+)?(.*?):(.+?)(?:\s+\[(.*)\])?\s*$")


def demangle(names):
    try:
        done = subprocess.run(["swift", "demangle", "--simplified"], input="\n".join(names), capture_output=True, text=True)
        out = done.stdout.splitlines()
        return out if len(out) == len(names) else names
    except OSError:
        return names


def annotate(out_file, inclusive, events):
    args = ["callgrind_annotate", f"--inclusive={'yes' if inclusive else 'no'}", "--threshold=100", "--auto=no"]
    if events:
        args.append(f"--show={events}")
    return subprocess.run(args + [out_file], capture_output=True, text=True, check=True).stdout


def by_function(text, inclusive=False):
    """(function -> cost) over source files, and the program total.

    Self cost is summed over the files a function's code comes from. Inclusive cost takes the
    largest entry: the function's own file carries the calls it makes, the others only inlined lines.
    """
    total, costs = None, collections.Counter()
    for line in text.splitlines():
        if "PROGRAM TOTALS" in line:
            total = int(line.split()[0].replace(",", ""))
            continue
        m = LINE.match(line)
        if m and total is not None:
            function = m.group(3)
            if function.endswith(")") and "[" in function:
                function = function[:function.rfind("[")].strip()
            cost = int(m.group(1).replace(",", ""))
            costs[function] = max(costs[function], cost) if inclusive else costs[function] + cost
    return total, costs


def by_file(text):
    """Self cost by source file (inlined code counts where it is written), and the program total."""
    total, costs = None, collections.Counter()
    for line in text.splitlines():
        if "PROGRAM TOTALS" in line:
            total = int(line.split()[0].replace(",", ""))
            continue
        m = LINE.match(line)
        if m and total is not None:
            source = m.group(2)
            if source in ("???", "//<compiler-generated>") or source.startswith("./"):
                source = f"{source} ({os.path.basename(m.group(4) or '?')})"
            costs[os.path.relpath(source, ROOT) if source.startswith("/") else source] += int(m.group(1).replace(",", ""))
    return total, costs


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("bench", help="govsim-bench built with -g")
    parser.add_argument("size", help="small, medium, large, national or a scenario file")
    parser.add_argument("--horizon", type=float, help="shorter run (warm-up scales with it)")
    parser.add_argument("--cache-sim", action="store_true", help="also simulate caches (D1 and LL misses)")
    parser.add_argument("--top", type=int, default=25)
    parser.add_argument("--existing", metavar="FILE", help="only analyse this callgrind output, do not run")
    args = parser.parse_args()
    scenario = args.size if args.size.endswith(".json") else os.path.join(ROOT, "scenarios", "bench", f"{args.size}.json")
    if args.existing:
        out_file = args.existing
    else:
        os.makedirs(os.path.join(HERE, ".work"), exist_ok=True)
        name = os.path.splitext(os.path.basename(scenario))[0]
        out_file = os.path.join(HERE, ".work", f"callgrind.{name}.out")
        command = ["valgrind", "--tool=callgrind", f"--callgrind-out-file={out_file}", f"--toggle-collect={RUN_SYMBOL}"]
        if args.cache_sim:
            command.append("--cache-sim=yes")
        command += [args.bench, "loop", scenario] + (["--horizon", repr(args.horizon)] if args.horizon else [])
        done = subprocess.run(command, capture_output=True, text=True)
        if done.returncode != 0:
            sys.stderr.write(done.stderr)
            return 1
        print(next((l for l in done.stdout.splitlines() if l.startswith("RESULT ")), ""))

    for inclusive in (False, True):
        total, costs = by_function(annotate(out_file, inclusive, "Ir"), inclusive)
        top = costs.most_common(args.top)
        names = demangle([f for f, _ in top])
        print(f"\n{'Inclusive' if inclusive else 'Self'} instructions (Ir) in Simulation.run(): total {total:,}")
        for (_, cost), label in zip(top, names):
            print(f"{100 * cost / total:6.2f}%  {cost:>15,}  {label[:150]}")
    total, costs = by_file(annotate(out_file, False, "Ir"))
    print(f"\nSelf instructions by source file (inlined code counts where it is written): total {total:,}")
    for source, cost in costs.most_common(12):
        print(f"{100 * cost / total:6.2f}%  {cost:>15,}  {source}")
    if args.cache_sim:
        for event in ("D1mr", "DLmr", "D1mw", "DLmw"):
            total, costs = by_function(annotate(out_file, False, event))
            top = costs.most_common(10)
            names = demangle([f for f, _ in top])
            print(f"\nSelf {event} (data cache {'read' if event.endswith('r') else 'write'} misses, "
                  f"{'first level' if event.startswith('D1') else 'last level'}): total {total:,}")
            for (_, cost), label in zip(top, names):
                print(f"{100 * cost / max(total, 1):6.2f}%  {cost:>15,}  {label[:150]}")
    print(f"\ncallgrind output: {os.path.relpath(out_file, ROOT)} (callgrind_annotate --auto=yes for source lines)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
