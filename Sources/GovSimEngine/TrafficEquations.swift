import GovSimModel

extension CompiledModel {
    /// The load every unit will carry in the steady state under `workload`, from the traffic
    /// equations of the engine's routing rules: known before a single event runs.
    ///
    /// A unit whose offered load reaches 1 has no steady state: its queue grows for as long as the
    /// run lasts, and every time measured there depends on the horizon (``OfferedLoad/saturated``).
    ///
    /// - Complexity: O(n) in the number of units, plus one walk up a chain for each group of
    ///   front-line units whose chains look alike to the routing rules (a handful in a generated
    ///   tree). Measured in a release build: 0.1 to 0.4 s at 2.4 million units, 0.6 s at 11
    ///   million, about a fifth of compiling the model.
    public func offeredLoad(_ workload: Workload) -> OfferedLoad {
        TrafficEquations(model: self, workload: workload).solve()
    }
}

/// The traffic equations of a compiled model: expected services per time unit at every unit.
///
/// A case's route depends on its origin's chain of superiors, its type and the departments it
/// needs, and on nothing that changes during a run (evaluation aside, see ``OfferedLoad/Approximation``).
/// So each case type's expected services along a chain are worked out once (``pattern(along:type:needed:notes:)``)
/// for each group of front-line units whose chains are alike (``ChainGroups``), then added up the
/// chain of every front-line unit at its arrival rate. Arrivals are Poisson at the engine's rate,
/// spread evenly over the front line (``CompiledModel/frontLineUnit(at:)``).
struct TrafficEquations {
    let model: CompiledModel
    let levers: CompiledLevers
    /// The engine's own reading of the workload: rate, shares, classes, departments drawn.
    let workload: CompiledWorkload
    let source: Workload
    /// Share of arrivals of each case type, as ``CompiledWorkload/caseType(for:)`` draws them.
    let shares: [Double]
    let departmentCount: Int
    /// Bit d set for every department d.
    let allDepartments: UInt64
    /// Cases per time unit arriving at the whole front line.
    let arrivalRate: Double
    /// The model's unit records, held here so loops over millions of units read them without
    /// retaining the model's column at every step (a third of the time, measured).
    let records: Column<UnitRecord>

    init(model: CompiledModel, workload: Workload) {
        self.model = model
        levers = model.levers
        source = workload
        let compiled = CompiledWorkload(workload, frontLineUnits: model.frontLine.count)
        self.workload = compiled
        shares = compiled.cumulativeShare.indices.map { type in
            compiled.cumulativeShare[type] - (type == 0 ? 0 : compiled.cumulativeShare[type - 1])
        }
        departmentCount = model.structure.departments.count
        allDepartments = departmentCount >= 64 ? .max : (UInt64(1) << UInt64(departmentCount)) - 1
        arrivalRate = compiled.meanGap.isFinite && !model.frontLine.isEmpty ? 1 / compiled.meanGap : 0
        records = model.units
    }

    /// Calls `body` with the index and unit of every front-line unit, in ``CompiledModel/frontLine`` order.
    @inline(__always)
    func forEachFrontLineUnit(_ body: (_ index: Int, _ unit: Int) -> Void) {
        let frontLine = model.frontLine, first = Int(model.firstOfContiguousFrontLine)
        // Numbered in a row (every generated tree): no rule to call per unit.
        for index in 0..<frontLine.count { body(index, first >= 0 ? first + index : Int(frontLine[index])) }
    }

    /// What the walks found that the equations cannot follow exactly or that rules out product form.
    struct Notes {
        var approximations: Set<OfferedLoad.Approximation> = []
        /// A case splits into two customers (a report to the top, one-stop sub-requests): the
        /// network is not a product-form one, whatever the service times.
        var forks = false
    }

    func solve() -> OfferedLoad {
        var visits = [Double](repeating: 0, count: model.unitCount)
        var notes = Notes()
        if levers.evaluation.map({ $0.interval > 0 }) == true { notes.approximations.insert(.evaluation) }
        if source.shocks.contains(where: { $0.cases > 0 && source.caseTypes.indices.contains($0.caseType) }) {
            notes.approximations.insert(.shocks)
        }
        if arrivalRate > 0, !shares.isEmpty {
            accumulate(into: &visits, notes: &notes)
        }
        return OfferedLoad(model: model, visitRate: visits, arrivalRate: arrivalRate,
                           approximations: notes.approximations.sorted { $0.rawValue < $1.rawValue }, forks: notes.forks)
    }

    /// Adds every front-line unit's cases (and the sub-requests or trips they send to other
    /// departments' offices) up its chain.
    private func accumulate(into visits: inout [Double], notes: inout Notes) {
        let groups = ChainGroups(self)
        let counterparts = self.counterparts()
        var primary = PatternTable(), direct = PatternTable()
        var travelled = [PatternTable](repeating: PatternTable(), count: counterparts?.travelled.count ?? 0)
        for representative in groups.representatives {
            let patterns = self.patterns(from: representative, notes: &notes)
            primary.append(patterns.primary)
            direct.append(patterns.direct)
            for (slot, trips) in (counterparts?.travelled ?? []).enumerated() {
                travelled[slot].append(patterns.byDraws[trips.draws])
            }
        }
        let perOrigin = arrivalRate / Double(model.frontLine.count)
        var ancestors: [Int] = []
        forEachFrontLineUnit { index, unit in
            let group = Int(groups.group[index])
            primary.add(group, at: unit, times: perOrigin, in: self, to: &visits, ancestors: &ancestors)
            guard let counterparts else { return }
            if counterparts.direct[unit] > 0 {
                direct.add(group, at: unit, times: perOrigin * counterparts.direct[unit], in: self, to: &visits,
                           ancestors: &ancestors)
            }
            for (slot, trips) in counterparts.travelled.enumerated() where trips.weight[unit] > 0 {
                travelled[slot].add(group, at: unit, times: perOrigin * trips.weight[unit], in: self, to: &visits,
                                    ancestors: &ancestors)
            }
        }
    }

    /// The case mix's expected services along the chain of `origin`: its own cases (with the
    /// front-office steps of dual track and one-stop service), and what a sub-request or trip of
    /// another front office's case costs here: `direct` per (front office, department) pair
    /// that sends them straight here, `byDraws` per trip of a case drawing that many departments.
    private func patterns(from origin: Int, notes: inout Notes)
        -> (primary: VisitPattern, direct: VisitPattern?, byDraws: [Int: VisitPattern]) {
        var chain: [Int] = []
        var unit = origin
        while unit >= 0 { chain.append(unit); unit = Int(records[unit].superior) }
        let home = departmentCount == 0 ? -1 : Int(model.kind(of: origin).department)
        let homeBit: UInt64 = home >= 0 ? UInt64(1) << UInt64(home) : 0
        let free = homeBit == 0 ? 0 : allDepartments & ~homeBit
        let separate = levers.serviceMode != .internal
        var primary = VisitPattern(length: chain.count)
        var direct: VisitPattern?
        var byDraws: [Int: VisitPattern] = [:]
        for (type, share) in shares.enumerated() where share > 0 {
            let draws = homeBit == 0 ? 0 : min(workload.otherDepartments[type], departmentCount - 1)
            // Under one-stop service and sequential trips each department decides its own part.
            let needed = NeededDepartments(home: homeBit, free: free, draws: separate ? 0 : draws)
            var own = pattern(along: chain, type: type, needed: needed, notes: &notes)
            if separate, draws > 0 {
                // Each other department is among the drawn with probability draws / (departments - 1).
                direct = direct ?? VisitPattern(length: chain.count)
                direct?.add(own, times: share * Double(draws) / Double(departmentCount - 1))
                byDraws[draws, default: VisitPattern(length: chain.count)].add(own, times: share)
                // A one-stop case waits for sub-requests that travel on their own: a fork and a join.
                if levers.serviceMode == .oneStop, free & departmentsWithFrontLine != 0 { notes.forks = true }
            }
            frontOfficeSteps(on: &own, chain: chain, free: free, draws: draws)
            primary.add(own, times: share)
        }
        primary.trim()
        direct?.trim()
        for draws in byDraws.keys { byDraws[draws]?.trim() }
        return (primary, direct, byDraws)
    }

    /// Services at the front office before the case's own route starts (Simulation+Levers).
    private func frontOfficeSteps(on pattern: inout VisitPattern, chain: [Int], free: UInt64, draws: Int) {
        // Dual track (004): intake, the paper file to the home unit and back, then the case proper.
        if levers.paperApproval, chain.count > 1 {
            pattern.chain[0] += 1
            pattern.chain[1] += 1
        }
        // One-stop: the intake sends the requests; each answer is read there; the case is taken up
        // again once they are all in (nothing is sent to a department without a front office).
        if levers.serviceMode == .oneStop, draws > 0 {
            let staffed = free & departmentsWithFrontLine
            let drawn = NeededDepartments(home: 0, free: free, draws: draws)
            pattern.chain[0] += drawn.anyIn(staffed)
                + Double(draws) / Double(free.nonzeroBitCount) * Double(staffed.nonzeroBitCount)
        }
    }

    /// Departments with at least one front-line office (the others are never asked or visited).
    var departmentsWithFrontLine: UInt64 {
        model.departmentFrontLine.indices.reduce(0) { model.departmentFrontLine[$1].isEmpty ? $0 : $0 | UInt64(1) << UInt64($1) }
    }
}
