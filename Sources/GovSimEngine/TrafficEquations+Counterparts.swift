import GovSimModel

extension TrafficEquations {
    /// Where the other departments' parts of cases go under one-stop service and sequential trips:
    /// each is decided at an opposite front office of that department (`counterpart`).
    struct Counterparts {
        /// Per unit: the (front-line unit, other department) pairs whose request or trip comes
        /// straight to it. One-stop service always asks the opposite office of the office the
        /// case arrived at; a trip ends there too unless the citizen's place has moved.
        var direct: [Double]
        /// Per number of departments drawn, per unit: expected trips there per case from the
        /// front-line units whose place does move (empty when none does).
        var travelled: [(draws: Int, weight: [Double])] = []
    }

    /// Nil under internal service, where a case's other departments are consulted along its route.
    ///
    /// - Complexity: O(front line × departments), times the few places a moving trip can be at.
    func counterparts() -> Counterparts? {
        let drawCounts = Set(shares.indices.filter { shares[$0] > 0 }
            .map { min(workload.otherDepartments[$0], departmentCount - 1) })
        guard levers.serviceMode != .internal, departmentCount > 1, drawCounts.contains(where: { $0 > 0 }) else { return nil }
        let offices = model.departmentFrontLine
        var result = Counterparts(direct: [Double](repeating: 0, count: model.unitCount))
        var moving: [(home: Int, position: Int)] = []
        for home in offices.indices {
            let others = offices.indices.filter { $0 != home && !offices[$0].isEmpty }
            // A trip moves the citizen's place in the front line only at an office of a department
            // with fewer offices than that place: below every such count it ends where one-stop
            // service would ask.
            let unmoved = levers.serviceMode == .oneStop ? Int.max : others.map { offices[$0].count }.min() ?? 0
            for position in offices[home].indices {
                guard position < unmoved else { moving.append((home, position)); continue }
                for other in others { result.direct[Int(offices[other][position % offices[other].count])] += 1 }
            }
        }
        guard !moving.isEmpty else { return result }
        for draws in drawCounts.sorted() where draws > 0 {
            var weight = [Double](repeating: 0, count: model.unitCount)
            for origin in moving { travel(from: origin.position, home: origin.home, draws: draws, into: &weight) }
            result.travelled.append((draws, weight))
        }
        return result
    }

    /// Sequential trips (`answered`): the citizen visits the drawn departments in increasing order,
    /// each time at the opposite office of the office just left, so where a trip ends depends on
    /// which departments came before when departments have front lines of different lengths.
    /// Followed as a distribution over (place in the front line, departments drawn so far).
    private func travel(from start: Int, home: Int, draws: Int, into weight: inout [Double]) {
        var states = [(position: start, drawn: 0, chance: 1.0)]
        var next: [(position: Int, drawn: Int, chance: Double)] = []
        var remaining = departmentCount - 1
        func merge(_ position: Int, _ drawn: Int, _ chance: Double) {
            guard chance > 0 else { return }
            if let index = next.firstIndex(where: { $0.position == position && $0.drawn == drawn }) {
                next[index].chance += chance
            } else {
                next.append((position, drawn, chance))
            }
        }
        for department in 0..<departmentCount where department != home {
            let offices = model.departmentFrontLine[department]
            next.removeAll(keepingCapacity: true)
            for state in states {
                // Drawing without replacement, in department order: the next one is among the
                // drawn with probability (draws left) / (departments left).
                let pick = Double(draws - state.drawn) / Double(remaining)
                merge(state.position, state.drawn, state.chance * (1 - pick))
                guard !offices.isEmpty else { merge(state.position, state.drawn + 1, state.chance * pick); continue }
                let position = state.position % offices.count
                weight[Int(offices[position])] += state.chance * pick
                merge(position, state.drawn + 1, state.chance * pick)
            }
            swap(&states, &next)
            remaining -= 1
        }
    }
}
