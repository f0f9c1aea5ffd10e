/// The open cases at the middle and at the end of one replication's measured window, and the
/// cases that arrived in between: in a steady state the backlog neither grows nor shrinks on
/// average, so a growth that is a clear share of the arrivals says the queue is still building.
public struct BacklogTrend: Sendable, Hashable {
    public let atMidWindow: Int
    public let atHorizon: Int
    public let arrivalsSinceMidWindow: Int

    public init(atMidWindow: Int, atHorizon: Int, arrivalsSinceMidWindow: Int) {
        self.atMidWindow = atMidWindow
        self.atHorizon = atHorizon
        self.arrivalsSinceMidWindow = arrivalsSinceMidWindow
    }

    /// Growth over the second half as a share of the cases that arrived in it.
    public var growthShare: Double {
        Double(atHorizon - atMidWindow) / Double(max(arrivalsSinceMidWindow, 1))
    }
}
