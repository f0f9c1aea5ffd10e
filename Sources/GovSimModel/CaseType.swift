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

    /// The defaults are those of a scenario file's case type that gives only its name.
    public init(name: String, share: Double = 1, decisionClass: Int = 0, otherDepartments: Int = 0, notifyTop: Bool = false) {
        self.name = name
        self.share = share
        self.decisionClass = decisionClass
        self.otherDepartments = otherDepartments
        self.notifyTop = notifyTop
    }
}
