import Foundation

/// An SVG file made ready to sit inside an HTML page: the XML declaration, DOCTYPE and comments
/// removed (an HTML parser does not want them), ids prefixed so several charts on one page do
/// not clash, bidirectional overrides dropped (as ``HTMLEscaping`` drops them), and an
/// accessible name. Graphviz has already escaped every label in it.
enum InlineSVG {
    static func prepare(_ svg: String, idPrefix: String, label: String) -> String {
        guard let start = svg.range(of: "<svg") else { return "" }
        var body = withoutComments(String(svg[start.lowerBound...]))
        body.unicodeScalars.removeAll(where: HTMLEscaping.isBidiControl)
        body = body.replacingOccurrences(of: " id=\"", with: " id=\"\(idPrefix)")
            .replacingOccurrences(of: "url(#", with: "url(#\(idPrefix)")
            .replacingOccurrences(of: "href=\"#", with: "href=\"#\(idPrefix)")
        let attributes = " class=\"chart\" role=\"img\" aria-label=\"\(HTMLEscaping.text(label))\""
        body.replaceSubrange(body.startIndex..<body.index(body.startIndex, offsetBy: 4), with: "<svg" + attributes)
        return body.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    static func prepare(_ data: Data, idPrefix: String, label: String) -> String {
        prepare(String(decoding: data, as: UTF8.self), idPrefix: idPrefix, label: label)
    }

    private static func withoutComments(_ text: String) -> String {
        var out = "", rest = Substring(text)
        while let open = rest.range(of: "<!--") {
            out += rest[..<open.lowerBound]
            guard let close = rest[open.upperBound...].range(of: "-->") else { return out }
            rest = rest[close.upperBound...]
        }
        return out + rest
    }
}
