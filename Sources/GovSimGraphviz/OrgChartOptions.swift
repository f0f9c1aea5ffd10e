/// How an org chart is drawn.
public struct OrgChartOptions: Sendable, Hashable {
    /// Shown above the chart; `nil` for none.
    public var title: String?
    /// Organisations with more units than this have alike siblings folded into group boxes.
    public var collapseAbove: Int
    /// Most boxes drawn; what does not fit is summarised as "N more units".
    public var maxBoxes: Int
    /// What colours the units when loads are given.
    public var heat: HeatMetric
    /// Layout engine; dot keeps levels as rows and is the default for every structure.
    public var engine: LayoutEngine
    /// A unit with at least this many subordinates, none of them with subordinates of its own,
    /// has them hung in a column below it rather than in a row.
    public var stackLeavesFrom: Int

    public init(title: String? = nil, collapseAbove: Int = 60, maxBoxes: Int = 200,
                heat: HeatMetric = .utilisation, engine: LayoutEngine = .dot, stackLeavesFrom: Int = 3) {
        self.title = title
        self.collapseAbove = collapseAbove
        self.maxBoxes = maxBoxes
        self.heat = heat
        self.engine = engine
        self.stackLeavesFrom = stackLeavesFrom
    }
}
