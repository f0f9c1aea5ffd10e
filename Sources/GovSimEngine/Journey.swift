/// The path one case took: every unit that served it, with its waiting and working time there.
public struct Journey: Sendable, Hashable {
    public struct Visit: Sendable, Hashable {
        public let unit: Int
        /// When the case reached the unit's queue.
        public let arrived: Double
        public let wait: Double
        public let work: Double
    }

    /// Order of arrival among the traced cases (0 = first case after warm-up).
    public let ordinal: Int
    public let arrival: Double
    public let origin: Int
    public internal(set) var visits: [Visit] = []
    public internal(set) var decisionUnit: Int?
    /// Index in ``visits`` of the service at which the decision was taken.
    public internal(set) var decisionVisit: Int?
    public internal(set) var completion: Double?

    public var turnaround: Double? { completion.map { $0 - arrival } }
}
