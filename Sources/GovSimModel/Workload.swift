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

    /// The defaults are those of a scenario file's workload that gives only its rate: one routine
    /// case type of class 0, no shocks.
    public init(arrivalRate: Double, rateBasis: RateBasis = .total, caseTypes: [CaseType] = [CaseType(name: "routine")],
                shocks: [Shock] = []) {
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
