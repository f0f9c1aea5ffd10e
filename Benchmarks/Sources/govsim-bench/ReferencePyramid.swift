import GovSimEngine
import GovSimModel
import GovSimScenario

/// The reference pyramid of BENCHMARK.md, recognised in a scenario, with its analytic mean latency.
///
/// Everything is read back from the loaded scenario and the compiled model (not from the script
/// that wrote the file), so the check also covers the mapping: a complete tree, authority equal to
/// height, exponential service uniform per level, no delays, no peers, no skip-level lines.
struct ReferencePyramid {
    let depth: Int
    let span: Int
    let units: Int
    let leaves: Int
    /// Arrival rate at each front-line unit.
    let lambda: Double
    /// Share of cases decided at height k, k = 0...depth.
    let shares: [Double]
    /// Service rate at height h (1 / the scenario's mean).
    let serviceRate: [Double]

    init(_ scenario: Scenario, model: CompiledModel) throws(BenchError) {
        guard scenario.variants.count == 1, let variant = scenario.variants.first else {
            throw .data("\(scenario.file): expected one variant (the reference pyramid), got \(scenario.variants.count)")
        }
        let hierarchy = model.hierarchy
        let depth = hierarchy.maxLevel, span = hierarchy.subordinates.first?.count ?? 0
        let file = scenario.file
        func fail(_ why: String) -> BenchError { .data("\(file): not the reference pyramid: \(why)") }
        guard depth >= 1, span >= 1 else { throw fail("it needs at least two levels") }
        var expectedUnits = 0, power = 1
        for _ in 0...depth { expectedUnits += power; power *= span }
        guard model.unitCount == expectedUnits, model.frontLine.count == power / span,
              hierarchy.subordinates.allSatisfy({ $0.isEmpty || $0.count == span }),
              model.frontLine.allSatisfy({ hierarchy.level[Int($0)] == depth })
        else { throw fail("not a complete tree of depth \(depth) and span \(span)") }
        self.depth = depth
        self.span = span
        units = model.unitCount
        leaves = model.frontLine.count
        guard variant.structure.links.allSatisfy({ $0.kind == .reportsTo && $0.delay == .zero }) else {
            throw fail("every link must be a reports-to line without delay")
        }
        guard !variant.policy.directReply else { throw fail("the decision must be relayed down level by level") }

        var rate = [Double](repeating: .nan, count: depth + 1)
        for (index, unit) in variant.structure.units.enumerated() {
            let height = depth - Int(hierarchy.level[index])
            guard case .exponential(let mean) = unit.service, mean > 0, unit.staff == 1 else {
                throw fail("units[\(index)] must have one server with exponential service")
            }
            if rate[height].isNaN { rate[height] = 1 / mean }
            guard rate[height] == 1 / mean else { throw fail("units[\(index)]: service differs within its level") }
            let authority = model.initialAuthority[index]
            guard authority == (height == depth ? Int32.max : Int32(height)) else {
                throw fail("units[\(index)] has authority \(authority), expected its height \(height)")
            }
        }
        serviceRate = rate

        let workload = scenario.workload
        guard workload.caseTypes.allSatisfy({ $0.otherDepartments == 0 }) else { throw fail("no case may need other departments") }
        let total = workload.caseTypes.reduce(0) { $0 + $1.share }
        var shares = [Double](repeating: 0, count: depth + 1)
        for type in workload.caseTypes { shares[min(type.decisionClass, depth)] += type.share / total }
        self.shares = shares
        lambda = workload.totalRate(frontLineUnits: leaves) / Double(leaves)
    }

    /// Arrival rate at one unit of height h: lam * s^h * (P(K >= h) + P(K > h)) (BENCHMARK.md).
    func arrivalRate(height h: Int) -> Double {
        let atLeast = shares[h...].reduce(0, +), above = shares[(h + 1)...].reduce(0, +)
        var power = 1.0
        for _ in 0..<h { power *= Double(span) }
        return lambda * power * (atLeast + above)
    }

    /// Utilisation of a unit at height h.
    func utilisation(height h: Int) -> Double { arrivalRate(height: h) / serviceRate[h] }

    /// Mean latency of a Kelly network of M/M/1 queues: sum_k q_k (2 sum_{h<k} W_h + W_k) with
    /// W_h = 1 / (mu_h - Lambda_h), as c_pyramid.c computes it. Infinite if a level is overloaded.
    var analyticMeanLatency: Double {
        let sojourn = (0...depth).map { h in
            let slack = serviceRate[h] - arrivalRate(height: h)
            return slack > 0 ? 1 / slack : Double.infinity
        }
        var mean = 0.0
        for k in 0...depth where shares[k] > 0 {
            mean += shares[k] * (2 * sojourn[..<k].reduce(0, +) + sojourn[k])
        }
        return mean
    }

    /// Services a case decided at height k costs: 2k + 1, averaged over the case mix.
    var meanServicesPerCase: Double {
        (0...depth).reduce(0) { $0 + shares[$1] * Double(2 * $1 + 1) }
    }
}
