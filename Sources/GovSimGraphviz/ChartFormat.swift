import Foundation

/// What a chart can be written as.
public enum ChartFormat: String, CaseIterable, Hashable, Sendable {
    /// Our own DOT text, before layout: repeatable byte for byte, for tests and for hand-editing.
    case dot
    case svg
    case png
    case pdf

    public var fileExtension: String { rawValue }

    /// Parses `svg,png` (case-insensitive, spaces ignored); `nil` names the first unknown format.
    public static func list(_ text: String) -> Result<[ChartFormat], UnknownFormat> {
        var formats: [ChartFormat] = []
        for part in text.split(separator: ",") {
            let name = part.trimmingCharacters(in: .whitespaces).lowercased()
            guard let format = ChartFormat(rawValue: name) else { return .failure(UnknownFormat(name: name)) }
            if !formats.contains(format) { formats.append(format) }
        }
        return formats.isEmpty ? .failure(UnknownFormat(name: text)) : .success(formats)
    }

    public struct UnknownFormat: Error, Equatable, Sendable {
        public let name: String
    }
}
