import GovSimScenario

extension RunOverrides {
    /// `--seed`, `--replications` and `--horizon` as `run` and `sweep` both read them.
    init(_ arguments: Arguments, command: String) throws(CLIError) {
        var seed: UInt64?
        if let value = try arguments.integer("--seed", in: 0...Int.max, command: command) { seed = UInt64(value) }
        self.init(seed: seed, replications: try arguments.integer("--replications", in: 1...100_000, command: command),
                  horizon: try arguments.number("--horizon", command: command))
    }
}
