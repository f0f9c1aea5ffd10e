/// The path one case took: every unit that served it, with its waiting and working time there.
public struct Journey: Sendable, Hashable {
    public struct Visit: Sendable, Hashable {
        public let unit: Int
        /// When the case reached the unit's queue.
        public let arrived: Double
        public let wait: Double
        public let work: Double

        package init(unit: Int, arrived: Double, wait: Double, work: Double) {
            (self.unit, self.arrived, self.wait, self.work) = (unit, arrived, wait, work)
        }
    }

    /// Order of arrival among the traced cases (0 = first case after warm-up).
    public let ordinal: Int
    public let arrival: Double
    public let origin: Int
    public package(set) var visits: [Visit] = []
    public package(set) var decisionUnit: Int?
    /// Index in ``visits`` of the service at which the decision was taken.
    public package(set) var decisionVisit: Int?
    public package(set) var completion: Double?

    package init(ordinal: Int, arrival: Double, origin: Int) {
        (self.ordinal, self.arrival, self.origin) = (ordinal, arrival, origin)
    }

    public var turnaround: Double? { completion.map { $0 - arrival } }
}
