import GovSimModel

/// What the traffic equations predict for one variant before it runs (``CompiledModel/offeredLoad(_:)``):
/// the steady-state load of every unit and level, and, where the network is a product-form one,
/// the mean waits.
public struct OfferedLoad: Sendable {
    /// Cases arriving per time unit at the whole front line.
    public let arrivalRate: Double
    /// Expected services per time unit at each unit (lambda_u): visits of cases, their answers,
    /// consultations, reports, sub-requests and trips.
    public let visitRate: [Double]
    /// Offered load of each unit, rho_u = lambda_u E[S_u] / staff_u: the share of its staff's time
    /// the work takes. At 1 or more the unit has no steady state.
    public let perUnit: [Double]
    /// One entry per level, 0 the top.
    public let perLevel: [LevelLoad]
    /// The unit with the highest offered load (the first of equals); nil when nothing arrives.
    public let busiest: Int?
    /// Units with an offered load of 1 or more, highest first: their queues grow without bound,
    /// so a run's times there depend on its horizon, not on the organisation.
    public let saturated: [Int]
    /// Levers these figures do not follow exactly; empty when the traffic equations are exact.
    public let approximations: [Approximation]
    /// Poisson arrivals, exponential service at every unit that works, routing that depends on a
    /// case alone (no approximation) and no case that splits in two (reports to the top, one-stop
    /// sub-requests): a Kelly network, product-form, where every unit is an M/M/c queue of its own
    /// arrival rate (Kelly 1979, Reversibility and Stochastic Networks, ch. 3; link delays and
    /// trips are infinite-server stations, which keep the product form). Only then are waits
    /// predicted.
    public let isProductForm: Bool
    /// Mean total time a case waits in queues, over all its visits (trips included), where the
    /// network is product-form and no unit is saturated; else nil. Little's law:
    /// sum over units of lambda_u Wq_u, over the arrival rate.
    public let predictedWaitPerCase: Double?

    /// Every unit has a steady state.
    public var isStable: Bool { saturated.isEmpty }

    /// A lever the traffic equations do not model exactly, named as scenarios name it.
    public enum Approximation: String, CaseIterable, Sendable {
        /// Evaluation moves authority during a run; the equations route by the starting authority.
        case evaluation
        /// Shocks add transient load that a steady state leaves out.
        case shocks
        /// A unit that passes the buck after consulting a peer sends the case back to that peer,
        /// which routes it as its own; the equations count the bounce as if it went to the sender.
        case buckPassingAfterConsultation = "buck_passing_after_consultation"

        /// One sentence for a report.
        public var explanation: String {
            switch self {
            case .evaluation: "evaluation moves authority during the run; the load assumes the starting authority"
            case .shocks: "shocks add transient load on top of this steady state"
            case .buckPassingAfterConsultation:
                "a case passed back after a peer consultation goes to the peer; counted as a bounce to the sender"
            }
        }
    }

    init(model: CompiledModel, visitRate: [Double], arrivalRate: Double, approximations: [Approximation], forks: Bool) {
        let count = model.unitCount, records = model.units, kinds = model.kinds
        // Each kind's service distribution, from its first unit (a kind holds only the sampler).
        var service = [Distribution?](repeating: nil, count: kinds.count)
        for unit in 0..<count where service[Int(records[unit].kind)] == nil {
            service[Int(records[unit].kind)] = model.structure.attributes(of: unit).service
        }
        let mean = service.map { $0?.mean ?? 0 }
        var product = approximations.isEmpty && !forks
        var perUnit = [Double](repeating: 0, count: count)
        for unit in 0..<count where visitRate[unit] > 0 {
            let kind = Int(records[unit].kind)
            perUnit[unit] = visitRate[unit] * mean[kind] / Double(kinds[kind].staff)
            if product, let distribution = service[kind] { product = Self.isExponential(distribution) }
        }
        var levels = (0..<model.levelCount).map { LevelLoad.Tally(level: $0) }
        var erlang = ErlangC()
        var busiest: Int?
        var saturated: [Int] = []
        for unit in 0..<count {
            let kind = Int(records[unit].kind)
            let staff = Int(kinds[kind].staff)
            if perUnit[unit] > (busiest.map { perUnit[$0] } ?? 0) { busiest = unit }
            if perUnit[unit] >= 1 { saturated.append(unit) }
            let wait = product ? erlang.meanWait(arrivalRate: visitRate[unit], meanService: mean[kind], servers: staff) : nil
            levels[Int(kinds[kind].level)].add(unit: unit, visits: visitRate[unit], work: visitRate[unit] * mean[kind],
                                               staff: staff, load: perUnit[unit], wait: wait)
        }
        self.arrivalRate = arrivalRate
        self.visitRate = visitRate
        self.perUnit = perUnit
        self.approximations = approximations
        isProductForm = product
        self.busiest = busiest
        self.saturated = saturated.sorted { perUnit[$0] > perUnit[$1] || perUnit[$0] == perUnit[$1] && $0 < $1 }
        perLevel = levels.map { LevelLoad($0, predicted: product) }
        let waiting = levels.reduce(0.0) { $0 + $1.waitingRate }
        predictedWaitPerCase = product && saturated.isEmpty && arrivalRate > 0 ? waiting / arrivalRate : nil
    }

    /// Memoryless service (a zero service takes no time and queues nothing).
    static func isExponential(_ service: Distribution) -> Bool {
        if case .exponential = service { return true }
        return service.mean == 0
    }
}

/// The offered load of one level (0 the top) and, in a product-form network, its mean wait.
public struct LevelLoad: Sendable, Hashable {
    public let level: Int
    /// Expected services per time unit at the level's units.
    public let visitRate: Double
    /// Work arriving per time unit over the level's staff: sum of lambda E[S] over sum of staff.
    /// What `utilisation.level.k` measures when no unit of the level is saturated.
    public let offeredLoad: Double
    /// The highest offered load of a unit of the level.
    public let maxUnitLoad: Double
    /// The unit with that load (the first of equals); nil when nothing reaches the level.
    public let busiest: Int?
    /// Mean time a visit to the level waits in a queue (Erlang C at each unit, weighted by its
    /// visits); nil unless the network is product-form, no unit of the level is saturated and
    /// some case comes to the level.
    public let predictedWait: Double?

    /// Sums over a level's units.
    struct Tally {
        let level: Int
        var visits = 0.0, work = 0.0, staff = 0, maxLoad = 0.0, waitingRate = 0.0
        var busiest: Int?
        var saturated = false

        init(level: Int) { self.level = level }

        mutating func add(unit: Int, visits: Double, work: Double, staff: Int, load: Double, wait: Double?) {
            self.visits += visits
            self.work += work
            self.staff += staff
            if load > maxLoad { maxLoad = load; busiest = unit }
            if let wait { waitingRate += visits * wait } else if visits > 0 { saturated = true }
        }
    }

    init(_ tally: Tally, predicted: Bool) {
        level = tally.level
        visitRate = tally.visits
        offeredLoad = tally.staff > 0 ? tally.work / Double(tally.staff) : 0
        maxUnitLoad = tally.maxLoad
        busiest = tally.busiest
        predictedWait = predicted && !tally.saturated && tally.visits > 0 ? tally.waitingRate / tally.visits : nil
    }
}

/// Mean wait in the queue of an M/M/c station, Erlang's C formula through the stable recurrence
/// of his B formula: B(0) = 1, B(k) = a B(k-1) / (k + a B(k-1)); C = c B / (c - a (1 - B));
/// Wq = C E[S] / (c - a), for offered traffic a = lambda E[S] < c.
struct ErlangC {
    /// Units of a level mostly carry the same traffic: the last answer is kept.
    private var last: (arrivalRate: Double, meanService: Double, servers: Int, wait: Double?)?

    /// nil when the station is saturated (a >= c).
    mutating func meanWait(arrivalRate: Double, meanService: Double, servers: Int) -> Double? {
        if let last, last.arrivalRate == arrivalRate, last.meanService == meanService, last.servers == servers {
            return last.wait
        }
        let wait = Self.meanWait(traffic: arrivalRate * meanService, meanService: meanService, servers: servers)
        last = (arrivalRate, meanService, servers, wait)
        return wait
    }

    static func meanWait(traffic a: Double, meanService: Double, servers c: Int) -> Double? {
        guard a < Double(c) else { return nil }
        guard a > 0 else { return 0 }
        var b = 1.0
        for k in 1...c { b = a * b / (Double(k) + a * b) }
        let waiting = Double(c) * b / (Double(c) - a * (1 - b))
        return waiting * meanService / (Double(c) - a)
    }
}
