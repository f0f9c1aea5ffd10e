/// The state of the organisation at one moment, for the time-series charts.
public struct TimeSample: Sendable, Hashable {
    public let time: Double
    /// Cases in the organisation.
    public let backlog: Int
    /// Busy servers / staff on each level at that moment.
    public let utilisationByLevel: [Double]
}
