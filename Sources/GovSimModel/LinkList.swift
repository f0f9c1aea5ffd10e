/// The links of a ``Structure``: an array to its users, but a generated tree's reports-to lines are
/// computed from its ``TreeLayout`` on access instead of stored.
///
/// Link i < ``generatedCount`` is the reports-to line of unit i + 1 (the order the generator made
/// them in); stored links (peers, platforms, anything appended) follow. The first change to a
/// generated link turns the whole list into stored links.
public struct LinkList: RandomAccessCollection, MutableCollection, RangeReplaceableCollection, Sendable {
    /// The tree whose reports-to lines come first, nil once they are stored.
    public private(set) var layout: TreeLayout?
    /// Delay of every generated reports-to line.
    public private(set) var reportDelay: Distribution
    /// Links computed from ``layout``; the stored ones follow them.
    public private(set) var generatedCount: Int
    private var stored: [Link]

    public init() {
        self.init([Link]())
    }

    public init(_ links: [Link]) {
        layout = nil
        reportDelay = .zero
        generatedCount = 0
        stored = links
    }

    /// A tree's reports-to lines, then `links`.
    public init(_ layout: TreeLayout, reportDelay: Distribution, then links: [Link] = []) {
        self.layout = layout
        self.reportDelay = reportDelay
        generatedCount = layout.unitCount - 1
        stored = links
    }

    public var startIndex: Int { 0 }
    public var endIndex: Int { generatedCount + stored.count }

    public subscript(position: Int) -> Link {
        get {
            if position < generatedCount, let layout {
                return Link(.reportsTo, from: position + 1, to: layout.superior(of: position + 1), delay: reportDelay)
            }
            return stored[position - generatedCount]
        }
        set {
            if position < generatedCount { storeAll() }
            stored[position - generatedCount] = newValue
        }
    }

    /// The links after the generated ones.
    public var storedLinks: ArraySlice<Link> { stored[...] }

    public mutating func replaceSubrange<C: Collection>(_ subrange: Range<Int>, with newElements: C)
    where C.Element == Link {
        if subrange.lowerBound < generatedCount { storeAll() }
        stored.replaceSubrange((subrange.lowerBound - generatedCount)..<(subrange.upperBound - generatedCount),
                               with: newElements)
    }

    public mutating func reserveCapacity(_ n: Int) {
        stored.reserveCapacity(Swift.max(n - generatedCount, 0))
    }

    private mutating func storeAll() {
        guard generatedCount > 0 else { return }
        let all = Array(self)
        layout = nil
        generatedCount = 0
        stored = all
    }
}

extension LinkList: ExpressibleByArrayLiteral {
    public init(arrayLiteral elements: Link...) { self.init(elements) }
}

extension LinkList: Hashable {
    /// Equal when the links are, however they are held.
    public static func == (lhs: LinkList, rhs: LinkList) -> Bool {
        guard lhs.count == rhs.count else { return false }
        if lhs.generatedCount == rhs.generatedCount, lhs.layout == rhs.layout,
           lhs.generatedCount == 0 || lhs.reportDelay == rhs.reportDelay {
            return lhs.stored == rhs.stored
        }
        return lhs.elementsEqual(rhs)
    }

    /// Like ``UnitList``'s: the count and a spread sample of links.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(count)
        for position in HashSample.positions(count: count) { hasher.combine(self[position]) }
    }
}
