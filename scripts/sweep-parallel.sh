#!/usr/bin/env bash
# Runs a govsim sweep as N shards with GNU parallel, on this machine or on several over ssh,
# then merges them. The merged files are byte-identical to one 'govsim sweep' process.
#
# USAGE: scripts/sweep-parallel.sh [-n SHARDS] [-j JOBS] [-S HOSTS] [--shared-fs] SCENARIO --out DIR [sweep options]
#
#   -n SHARDS    shards to split the sweep into (default: 4 x the jobs, so fast and slow shards even out)
#   -j JOBS      shards run at once per machine (default: the machine's cores)
#   -S HOSTS     run on these machines over ssh, as GNU parallel's --sshlogin ('4/alice@node1,node2';
#                ':' is this machine). govsim must be on each host's PATH (or set GOVSIM_REMOTE).
#                Without --shared-fs, the scenario file is copied to each host and the shard
#                files are copied back (parallel's --basefile/--return); give SCENARIO and DIR as
#                paths relative to the current folder.
#   --shared-fs  the hosts see this folder at the same path (NFS and the like): nothing is copied.
#   everything after SCENARIO goes to 'govsim sweep' (--out DIR is required; not --shard or --until-ci).
#
# Environment: GOVSIM (default: govsim on PATH, else .build/release/govsim), GOVSIM_REMOTE (the
# command on remote hosts, default: govsim), PARALLEL_BIN (default: parallel).
# Each shard runs with --threads 1 unless you pass --threads; an interrupted shard is finished
# by running the same command again (shards are run with --resume).
set -euo pipefail

usage() { sed -n '5,20p' "$0" | sed 's/^# \{0,1\}//'; exit 64; }

shards="" jobs="" hosts="" shared=0
while [ $# -gt 0 ]; do
  case "$1" in
    -n) shards="${2:?-n needs a number}"; shift 2 ;;
    -j) jobs="${2:?-j needs a number}"; shift 2 ;;
    -S) hosts="${2:?-S needs hosts}"; shift 2 ;;
    --shared-fs) shared=1; shift ;;
    -h|--help) usage ;;
    *) break ;;
  esac
done
[ $# -ge 1 ] || usage
scenario="$1"; shift
out=""
threads_given=0
args=("$@")
for ((i = 0; i < ${#args[@]}; i++)); do
  case "${args[$i]}" in
    --out) out="${args[$((i + 1))]:-}" ;;
    --out=*) out="${args[$i]#--out=}" ;;
    --threads|--threads=*) threads_given=1 ;;
    --shard|--shard=*|--until-ci|--until-ci=*) echo "sweep-parallel.sh: ${args[$i]} is not for sharded runs" >&2; exit 64 ;;
  esac
done
[ -n "$out" ] || { echo "sweep-parallel.sh: --out DIR is required (the shards and the merged files go there)" >&2; exit 64; }

PARALLEL_BIN="${PARALLEL_BIN:-parallel}"
command -v "$PARALLEL_BIN" >/dev/null 2>&1 || {
  echo "sweep-parallel.sh: GNU parallel is missing; install it with: sudo apt-get install -y parallel" >&2; exit 69; }
if [ -z "${GOVSIM:-}" ]; then
  if command -v govsim >/dev/null 2>&1; then GOVSIM=govsim; else GOVSIM="$(dirname "$0")/../.build/release/govsim"; fi
fi
cores="$(getconf _NPROCESSORS_ONLN 2>/dev/null || echo 2)"
jobs="${jobs:-$cores}"
shards="${shards:-$((4 * jobs))}"
[ "$threads_given" = 1 ] || args+=(--threads 1)

common=(--will-cite --halt now,fail=1 -j "$jobs")
if [ -n "$hosts" ]; then
  remote="${GOVSIM_REMOTE:-govsim}"
  if [ "$shared" = 1 ]; then
    "$PARALLEL_BIN" "${common[@]}" --sshlogin "$hosts" --workdir "$PWD" \
      "$remote" sweep "$scenario" "${args[@]}" --shard "{}/$shards" --resume --quiet ::: $(seq 1 "$shards")
  else
    "$PARALLEL_BIN" "${common[@]}" --sshlogin "$hosts" --basefile "$scenario" --workdir ... \
      --return "$out/shards/{}-of-$shards.csv" --return "$out/shards/{}-of-$shards.json" --cleanup \
      "$remote" sweep "$scenario" "${args[@]}" --shard "{}/$shards" --quiet ::: $(seq 1 "$shards")
  fi
else
  "$PARALLEL_BIN" "${common[@]}" "$GOVSIM" sweep "$scenario" "${args[@]}" --shard "{}/$shards" --resume --quiet ::: $(seq 1 "$shards")
fi
"$GOVSIM" merge "$out"
