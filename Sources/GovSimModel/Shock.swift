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
