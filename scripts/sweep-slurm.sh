#!/usr/bin/env bash
# Submits a govsim sweep to Slurm: a job array with one task per shard, then a merge job that
# starts when every task has succeeded (--dependency=afterok). The merged files are
# byte-identical to one 'govsim sweep' process.
#
# USAGE: scripts/sweep-slurm.sh [-n SHARDS] [-c CPUS] [--dry-run] [-- SBATCH_OPTIONS...] SCENARIO --out DIR [sweep options]
#
#   -n SHARDS    array tasks (default 16)
#   -c CPUS      cores per task, passed to govsim as --threads (default 1)
#   --dry-run    print the sbatch commands instead of submitting them
#   -- OPTS --   options for both sbatch calls (--partition=..., --time=..., --account=...), ended by --
#   everything after SCENARIO goes to 'govsim sweep' (--out DIR on a shared file system is required).
#
# Environment: GOVSIM (default: govsim on PATH on the compute nodes), SBATCH (default: sbatch).
# Tasks run with --resume, and govsim writes what completed when Slurm sends SIGTERM (time
# limit, preemption), so a requeued or resubmitted task carries on where it stopped.
set -euo pipefail

usage() { sed -n '6,15p' "$0" | sed 's/^# \{0,1\}//'; exit 64; }

shards=16 cpus=1 dry=0 sbatch_opts=()
while [ $# -gt 0 ]; do
  case "$1" in
    -n) shards="${2:?-n needs a number}"; shift 2 ;;
    -c) cpus="${2:?-c needs a number}"; shift 2 ;;
    --dry-run) dry=1; shift ;;
    --) shift; while [ $# -gt 0 ] && [ "$1" != "--" ]; do sbatch_opts+=("$1"); shift; done
        [ $# -gt 0 ] || { echo "sweep-slurm.sh: end the sbatch options with --" >&2; exit 64; }
        shift ;;
    -h|--help) usage ;;
    *) break ;;
  esac
done
[ $# -ge 1 ] || usage
scenario="$1"; shift
out=""
args=("$@")
for ((i = 0; i < ${#args[@]}; i++)); do
  case "${args[$i]}" in
    --out) out="${args[$((i + 1))]:-}" ;;
    --out=*) out="${args[$i]#--out=}" ;;
    --shard|--shard=*|--until-ci|--until-ci=*|--threads|--threads=*)
      echo "sweep-slurm.sh: ${args[$i]} is set by the script or not for sharded runs" >&2; exit 64 ;;
  esac
done
[ -n "$out" ] || { echo "sweep-slurm.sh: --out DIR is required (on a file system every node sees)" >&2; exit 64; }

GOVSIM="${GOVSIM:-govsim}"
SBATCH="${SBATCH:-sbatch}"
quote() { printf '%q ' "$@"; }
task="$(quote "$GOVSIM" sweep "$scenario" "${args[@]}" --threads "$cpus" --resume --quiet) --shard \"\$SLURM_ARRAY_TASK_ID/$shards\""
merge="$(quote "$GOVSIM" merge "$out")"
array=("$SBATCH" --parsable "${sbatch_opts[@]}" --job-name=govsim-sweep --array="1-$shards" --cpus-per-task="$cpus"
       --output="$out/slurm-%A_%a.log" --wrap="$task")
if [ "$dry" = 1 ]; then
  echo "$(quote "${array[@]}")"
  echo "$(quote "$SBATCH" --parsable "${sbatch_opts[@]}" --job-name=govsim-merge --dependency=afterok:JOBID --output="$out/slurm-merge-%j.log" --wrap="$merge")"
  exit 0
fi
mkdir -p "$out"
job="$("${array[@]}")"
job="${job%%;*}"
merge_job="$("$SBATCH" --parsable "${sbatch_opts[@]}" --job-name=govsim-merge --dependency="afterok:$job" \
  --output="$out/slurm-merge-%j.log" --wrap="$merge")"
echo "Submitted array job $job ($shards shards) and merge job ${merge_job%%;*}; results in $out"
