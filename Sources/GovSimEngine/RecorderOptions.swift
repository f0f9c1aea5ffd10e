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
