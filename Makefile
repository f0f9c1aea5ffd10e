# GovSim: two commands do all the set-up on a fresh machine with the Swift toolchain.
#   make demo   installs Graphviz's C library if missing, builds, runs the flagship scenario
#   make test   the same set-up, then the whole test suite
#   make bench  GovSim's event loop against the C reference (../shared/bench), into Benchmarks/results.md
SWIFT ?= swift
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo needs-root)

.PHONY: demo test setup build bench clean fuzz

# $(call optional_package,CHECK,PACKAGE,WHAT IS MISSING,WHAT IT IS FOR): installs PACKAGE with
# apt-get when CHECK fails and we are root; otherwise says what is missing and the command to run.
optional_package = if ! $(1); then \
	  if [ "$(SUDO)" = needs-root ]; then \
	    echo "$(strip $(3)). Install it with:"; echo "  sudo apt-get install -y $(2)"; \
	  else \
	    echo "Installing $(2) ($(strip $(4)))..."; \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $(2) >/dev/null; \
	  fi; \
	fi

setup:
	@if ! pkg-config --exists libgvc 2>/dev/null; then \
	  if [ "$(SUDO)" = needs-root ]; then \
	    echo "Graphviz's C library is missing. Install it with:"; \
	    echo "  sudo apt-get update && sudo apt-get install -y libgraphviz-dev pkg-config"; \
	    exit 1; \
	  fi; \
	  echo "Installing libgraphviz-dev (Graphviz's C library)..."; \
	  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq libgraphviz-dev pkg-config >/dev/null; \
	fi
	@# Chinese unit names in PNG and PDF charts need a CJK font (SVG leaves fonts to the viewer).
	@$(call optional_package,fc-list 2>/dev/null | grep -qi "Noto Sans CJK",fonts-noto-cjk,\
	  No CJK font: Chinese names in PNG/PDF charts will show as boxes,Chinese glyphs for charts)
	@# GNU parallel runs sweep shards (scripts/sweep-parallel.sh); the test suite runs it too.
	@$(call optional_package,command -v parallel >/dev/null 2>&1,parallel,\
	  GNU parallel is missing: the sharded-sweep test will be skipped,GNU parallel for sharded sweeps)
	@# The browser tests open the report pages (index.html, journey.html) in headless Chromium.
	@$(call optional_package,command -v chromium >/dev/null 2>&1,chromium,\
	  Chromium is missing: the browser tests of the report pages will fail,headless browser for the report tests)

build: setup
	$(SWIFT) build -c release --product govsim
	.build/release/govsim --version

demo: build
	.build/release/govsim run pyramid-vs-flat

test: setup
	$(SWIFT) test

# BENCH_RUNS: runs per size and tool (medians are reported); BENCH_ARGS=--no-national skips the
# 11-million-unit run (about 8 GiB and several minutes). See Benchmarks/run-bench.py.
BENCH_RUNS ?= 3
BENCH_ARGS ?=
C_PYRAMID_SRC := $(CURDIR)/../shared/bench/c_pyramid.c
BENCH_WORK := Benchmarks/.work

bench: setup
	@if [ ! -f "$(C_PYRAMID_SRC)" ]; then \
	  echo "make bench: the C reference is missing: expected $(C_PYRAMID_SRC)"; \
	  echo "  (the shared folder, with bench/c_pyramid.c, must sit beside this checkout)"; \
	  exit 1; \
	fi
	@missing=""; \
	command -v gcc >/dev/null 2>&1 || missing="$$missing gcc"; \
	command -v python3 >/dev/null 2>&1 || missing="$$missing python3"; \
	[ -x /usr/bin/time ] || missing="$$missing time"; \
	if [ -n "$$missing" ]; then \
	  if [ "$(SUDO)" = needs-root ]; then \
	    echo "make bench needs:$$missing. Install with:"; \
	    echo "  sudo apt-get update && sudo apt-get install -y$$missing"; \
	    exit 1; \
	  fi; \
	  echo "Installing$$missing..."; \
	  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing >/dev/null; \
	fi
	@# SwiftPM plans a path dependency's source files once: touching the harness's manifest makes
	@# it notice files added to GovSim since the last build.
	touch Benchmarks/Package.swift
	$(SWIFT) build -c release --package-path Benchmarks --product govsim-bench
	$(SWIFT) build -c release --scratch-path .build-bench --product govsim
	@mkdir -p $(BENCH_WORK)
	gcc -O2 -o $(BENCH_WORK)/c_pyramid $(C_PYRAMID_SRC) -lm
	python3 Benchmarks/run-bench.py --runs $(BENCH_RUNS) $(BENCH_ARGS) \
	  --govsim-bench Benchmarks/.build/release/govsim-bench \
	  --c-pyramid $(BENCH_WORK)/c_pyramid --govsim .build-bench/release/govsim

clean:
	rm -rf .build output/*/

# libFuzzer targets (Fuzz/Targets): scenario, outline, param, run-chart, one after another.
# FUZZ_SECONDS per target (default 60); FUZZ_TARGETS to choose. See docs/robustness.md.
FUZZ_SECONDS ?= 60
FUZZ_TARGETS ?= scenario outline param run-chart

fuzz: setup
	Fuzz/build.sh
	@for target in $(FUZZ_TARGETS); do Fuzz/run.sh $$target $(FUZZ_SECONDS) || exit 1; done
