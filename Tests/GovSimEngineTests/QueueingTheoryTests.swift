import GovSimEngine
import GovSimModel
import Testing

/// The engine must reproduce what queueing theory predicts: these are the project's credibility.
@Suite struct QueueingTheoryTests {
    /// A chain of single-server units, station 0 at the top and the last one at the front line.
    static func chain(means: [Double]) -> Structure {
        let units = means.enumerated().map { index, mean in
            Unit(name: "Station \(index)", service: .exponential(mean: mean))
        }
        // Station k reports to station k - 1: station 0 is the top, the last one the front line.
        let links = (1..<max(means.count, 1)).map { Link(.reportsTo, from: $0, to: $0 - 1) }
        return Structure(units: units, links: links)
    }

    static func meanTurnaround(_ structure: Structure, rate: Double, decisionClass: Int, horizon: Double,
                               replications: Int, policy: Policy = Policy()) throws -> MetricSummary {
        let workload = Workload(arrivalRate: rate, caseTypes: [CaseType(name: "case", share: 1, decisionClass: decisionClass)])
        let experiment = Experiment(variants: [Variant(name: "v", structure: structure, policy: policy)],
                                    workload: workload, length: RunLength(horizon: horizon), seed: 7,
                                    replications: replications)
        let result = try experiment.run()
        return try #require(result.first?.summary["turnaround.mean"])
    }

    @Test func singleUnitMatchesMM1() throws {
        // M/M/1 at utilisation 0.8: mean time in system 1 / (mu - lambda) = 5.
        let summary = try Self.meanTurnaround(Self.chain(means: [1]), rate: 0.8, decisionClass: 0,
                                              horizon: 400_000, replications: 4)
        #expect(abs(summary.mean - 5) / 5 < 0.03, "measured \(summary.mean), expected 5")
    }

    @Test func chainOfThreeMatchesSumOfStations() throws {
        // Every case climbs to the top of a three-unit chain and the answer is relayed back down,
        // so the two lower stations see each case twice (arrival rate 2 lambda) and the top once.
        // Fixed routes, FIFO, exponential service: a Kelly network, so each station is an M/M/1
        // queue and the mean sojourn is the sum over visits of 1 / (mu_i - Lambda_i).
        let rate = 0.5
        let mu = [1.6, 1.5, 1.4]                       // top first
        let arrivalsAt = [rate, 2 * rate, 2 * rate]
        let visits = [1.0, 2.0, 2.0]
        let expected = (0..<3).reduce(0.0) { $0 + visits[$1] / (mu[$1] - arrivalsAt[$1]) }
        let summary = try Self.meanTurnaround(Self.chain(means: mu.map { 1 / $0 }), rate: rate, decisionClass: 10,
                                              horizon: 400_000, replications: 4)
        #expect(abs(summary.mean - expected) / expected < 0.03, "measured \(summary.mean), expected \(expected)")
    }
}
