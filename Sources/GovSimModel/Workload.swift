/// A kind of case citizens or firms bring to the front line.
public struct CaseType: Hashable, Sendable {
    public var name: String
    /// Relative weight in the case mix (need not sum to 1).
    public var share: Double
    /// The decision class it needs: a unit decides it when its authority is at least this.
    public var decisionClass: Int
    /// How many departments other than the one it arrives at must give their input.
    public var otherDepartments: Int

    public init(name: String, share: Double, decisionClass: Int, otherDepartments: Int = 0) {
        self.name = name
        self.share = share
        self.decisionClass = decisionClass
        self.otherDepartments = otherDepartments
    }
}

/// The stream of cases one scenario puts through every variant.
public struct Workload: Hashable, Sendable {
    public enum RateBasis: String, Sendable {
        /// `arrivalRate` is the rate of the whole organisation, split evenly over the front line.
        case total
        /// `arrivalRate` is the rate at each front-line unit.
        case perFrontLineUnit = "per_front_line_unit"
    }

    public var arrivalRate: Double
    public var rateBasis: RateBasis
    public var caseTypes: [CaseType]

    public init(arrivalRate: Double, rateBasis: RateBasis = .total, caseTypes: [CaseType]) {
        self.arrivalRate = arrivalRate
        self.rateBasis = rateBasis
        self.caseTypes = caseTypes
    }

    /// Total arrival rate for an organisation with `frontLineUnits` front-line units.
    public func totalRate(frontLineUnits: Int) -> Double {
        rateBasis == .total ? arrivalRate : arrivalRate * Double(frontLineUnits)
    }
}

/// How long a replication runs and what part of it is measured.
public struct RunLength: Hashable, Sendable {
    /// Simulated time at which the run stops.
    public var horizon: Double
    /// Cases arriving before this are simulated but not measured (the empty start is untypical).
    public var warmup: Double
    /// Cases arriving in the last `cooldown` time units are not measured either, so a short run is
    /// not biased toward the fast cases that happened to finish.
    public var cooldown: Double

    public init(horizon: Double, warmup: Double? = nil, cooldown: Double = 0) {
        self.horizon = horizon
        self.warmup = warmup ?? horizon * 0.1
        self.cooldown = cooldown
    }
}
