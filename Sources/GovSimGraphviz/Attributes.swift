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
