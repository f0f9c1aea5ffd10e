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

/// The state of the organisation at one moment, for the time-series charts.
public struct TimeSample: Sendable, Hashable {
    public let time: Double
    /// Cases in the organisation.
    public let backlog: Int
    /// Busy servers / staff on each level at that moment.
    public let utilisationByLevel: [Double]
}

/// What a recorder keeps beyond the summary metrics; the defaults keep nothing extra.
public struct RecorderOptions: Sendable, Hashable {
    /// Trace the journeys of the first this many cases that arrive after warm-up.
    public var journeys: Int
    /// Sample backlog and utilisation this many times over the run (0 = no time series).
    public var samples: Int

    public init(journeys: Int = 0, samples: Int = 0) {
        self.journeys = journeys
        self.samples = samples
    }
}
