import Foundation

/// How a citizen rates a case, 0 to 1: falls with waiting, with every trip to an office, and with a
/// wrong decision (000, 004: "run fewer errands", satisfaction surveys in 003).
public struct Satisfaction: Hashable, Sendable {
    /// Turnaround after which satisfaction has fallen to 1/e (37%).
    public var patience: Double
    /// Share kept per trip to an office.
    public var tripFactor: Double
    /// Share kept when the decision was wrong.
    public var wrongDecisionFactor: Double

    public init(patience: Double = 24, tripFactor: Double = 0.8, wrongDecisionFactor: Double = 0.3) {
        self.patience = patience
        self.tripFactor = tripFactor
        self.wrongDecisionFactor = wrongDecisionFactor
    }

    /// exp(-turnaround / patience) * tripFactor^trips * (right ? 1 : wrongDecisionFactor).
    public func of(turnaround: Double, trips: Int, correct: Bool) -> Double {
        exp(-turnaround / max(patience, 1e-12)) * pow(tripFactor, Double(trips)) * (correct ? 1 : wrongDecisionFactor)
    }
}
