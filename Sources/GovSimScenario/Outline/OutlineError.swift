/// Everything wrong with an outline, each problem with its line number.
public struct OutlineError: Error, Sendable, Equatable, CustomStringConvertible {
    public struct Problem: Sendable, Equatable, CustomStringConvertible {
        public let file: String
        /// 1-based; 0 for a problem of the whole file.
        public let line: Int
        public let message: String

        /// `city.outline:7: indentation ...`
        public var description: String { line > 0 ? "\(file):\(line): \(message)" : "\(file): \(message)" }
    }

    public let problems: [Problem]

    public var description: String { problems.map(\.description).joined(separator: "\n") }
}
