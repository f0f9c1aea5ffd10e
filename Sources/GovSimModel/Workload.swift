/// A kind of case citizens or firms bring to the front line.
public struct CaseType: Hashable, Sendable {
    public var name: String
    /// Relative weight in the case mix (need not sum to 1).
    public var share: Double
    /// The decision class it needs: a unit decides it when its authority is at least this.
    public var decisionClass: Int
    /// How many departments other than the one it arrives at must give their input.
    public var otherDepartments: Int
    /// The top of the organisation must learn of every such case: a unit below the top that
    /// decides one sends a report up the line (a crisis signal, 001's "nerve endings").
    public var notifyTop: Bool

    public init(name: String, share: Double, decisionClass: Int, otherDepartments: Int = 0, notifyTop: Bool = false) {
        self.name = name
        self.share = share
        self.decisionClass = decisionClass
        self.otherDepartments = otherDepartments
        self.notifyTop = notifyTop
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
    /// Bursts of cases on top of the steady stream.
    public var shocks: [Shock]
    /// How citizens rate their cases.
    public var satisfaction = Satisfaction()

    public init(arrivalRate: Double, rateBasis: RateBasis = .total, caseTypes: [CaseType], shocks: [Shock] = []) {
        self.arrivalRate = arrivalRate
        self.rateBasis = rateBasis
        self.caseTypes = caseTypes
        self.shocks = shocks
    }

    /// Total arrival rate for an organisation with `frontLineUnits` front-line units.
    public func totalRate(frontLineUnits: Int) -> Double {
        rateBasis == .total ? arrivalRate : arrivalRate * Double(frontLineUnits)
    }
}

/// A burst of cases in one region of the front line: a crisis at the grassroots (001).
public struct Shock: Hashable, Sendable {
    /// When the burst starts.
    public var time: Double
    /// How many cases it brings.
    public var cases: Int
    /// The cases arrive uniformly over this long after `time`.
    public var duration: Double
    /// The affected part of the front line, as fractions of its length: [0, 0.1] is the first
    /// tenth, whatever the structure, so every variant is hit in the same place.
    public var region: ClosedRange<Double>
    /// Index into ``Workload/caseTypes`` of the cases it brings.
    public var caseType: Int

    public init(time: Double, cases: Int, duration: Double = 0, region: ClosedRange<Double> = 0...1, caseType: Int) {
        self.time = time
        self.cases = cases
        self.duration = duration
        self.region = region
        self.caseType = caseType
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
