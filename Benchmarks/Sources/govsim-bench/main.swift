// govsim-bench: measures GovSim on the reference pyramid of ../shared/bench/BENCHMARK.md.
// `make bench` runs it beside the C reference and writes Benchmarks/results.md.
import Foundation

exit(BenchCommandLine.main(Array(CommandLine.arguments.dropFirst())))
