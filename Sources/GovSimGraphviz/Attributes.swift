/// The Graphviz attributes this module may write: a closed list.
///
/// Some Graphviz attributes read files from disk (`image`, `shapefile`, `fontpath`, `imagepath`,
/// `stylesheet`), so attribute names are never taken from users: only these cases exist.
public enum AttributeName: String, CaseIterable, Comparable, Hashable, Sendable {
    case arrowhead, arrowsize, arrowtail, bgcolor, center, charset, color, constraint, dir, dpi
    case fillcolor, fixedsize, fontcolor, fontname, fontsize, forcelabels, height, label, labeljust
    case labelloc, margin, minlen, newrank, nodesep, notranslate, ordering, outputorder, overlap, pad
    case penwidth, peripheries, pos, rank, rankdir, ranksep, sep, shape, splines, style, tooltip
    case weight, width, xlabel

    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rawValue < rhs.rawValue }
}

/// One attribute's value, kept typed so the encoder can write each kind safely.
public enum AttributeValue: Hashable, Sendable {
    /// Any text: written as a quoted DOT string with every special character escaped.
    case text(String)
    /// An HTML-like label, built only through ``HTML`` so its markup is always well-formed and
    /// its text always escaped.
    case html(HTML)
    case number(Double)
    case bool(Bool)
}

/// A set of attributes, written in name order so the same input always gives the same DOT.
public struct Attributes: Hashable, Sendable, ExpressibleByDictionaryLiteral {
    public private(set) var values: [AttributeName: AttributeValue]

    public init(_ values: [AttributeName: AttributeValue] = [:]) { self.values = values }

    public init(dictionaryLiteral elements: (AttributeName, AttributeValue)...) {
        values = Dictionary(elements, uniquingKeysWith: { _, last in last })
    }

    public subscript(name: AttributeName) -> AttributeValue? {
        get { values[name] }
        set { values[name] = newValue }
    }

    public var isEmpty: Bool { values.isEmpty }

    /// Name and value pairs sorted by name.
    public var sorted: [(name: AttributeName, value: AttributeValue)] {
        values.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }
    }

    /// These attributes with `other`'s laid over them.
    public func merging(_ other: Attributes) -> Attributes {
        Attributes(values.merging(other.values) { _, new in new })
    }
}

extension AttributeValue: ExpressibleByStringLiteral, ExpressibleByFloatLiteral, ExpressibleByIntegerLiteral,
    ExpressibleByBooleanLiteral {
    public init(stringLiteral value: String) { self = .text(value) }
    public init(floatLiteral value: Double) { self = .number(value) }
    public init(integerLiteral value: Int) { self = .number(Double(value)) }
    public init(booleanLiteral value: Bool) { self = .bool(value) }
}
