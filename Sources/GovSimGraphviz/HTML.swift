/// An HTML-like Graphviz label, built only from escaped text and a few known elements.
///
/// The markup is never taken from outside this module: `<IMG SRC=...>` would read a file, and a
/// stray `<` or `&` in a unit's name would break the label. ``text(_:)`` escapes; the element
/// builders write only tags and attributes this module chooses, with attribute values escaped.
public struct HTML: Hashable, Sendable {
    /// Well-formed markup: every text run escaped, every tag closed.
    public let markup: String

    private init(markup: String) { self.markup = markup }

    /// Longest run of characters kept from one piece of user text (the rest becomes "…"), so a
    /// pasted paragraph cannot blow a chart up.
    public static let maxTextLength = 80

    /// Text shown as is: `&`, `<`, `>`, quotes escaped, line breaks become `<BR/>`, other control
    /// characters dropped, and text longer than `limit` cut (`nil` for text this module wrote).
    public static func text(_ text: String, limit: Int? = maxTextLength) -> HTML {
        let cut = limit.map { text.count > $0 ? String(text.prefix(max($0 - 1, 0))) + "…" : text } ?? text
        let lines = cut.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline)
        return HTML(markup: lines.map { DOTEscaping.htmlText(String($0)) }.joined(separator: "<BR/>"))
    }

    public static let empty = HTML(markup: "")
    public static let lineBreak = HTML(markup: "<BR/>")

    public static func + (lhs: HTML, rhs: HTML) -> HTML { HTML(markup: lhs.markup + rhs.markup) }

    public static func joined(_ parts: [HTML], separator: HTML = .empty) -> HTML {
        HTML(markup: parts.map(\.markup).joined(separator: separator.markup))
    }

    public func bold() -> HTML { HTML(markup: "<B>\(markup)</B>") }
    public func italic() -> HTML { HTML(markup: "<I>\(markup)</I>") }

    /// Text in another size or colour.
    public func font(size: Double? = nil, color: String? = nil) -> HTML {
        var attributes: [(String, String)] = []
        if let color { attributes.append(("COLOR", color)) }
        if let size { attributes.append(("POINT-SIZE", DOTEscaping.number(size))) }
        guard !attributes.isEmpty else { return self }
        return HTML(markup: "<FONT\(Self.attributeText(attributes))>\(markup)</FONT>")
    }

    /// A table; `rows` holds the cells of each row.
    public static func table(_ rows: [[Cell]], border: Int = 0, cellBorder: Int = 0, cellSpacing: Int = 0,
                             cellPadding: Int = 2, background: String? = nil, color: String? = nil) -> HTML {
        var attributes = [("BORDER", "\(border)"), ("CELLBORDER", "\(cellBorder)"),
                          ("CELLSPACING", "\(cellSpacing)"), ("CELLPADDING", "\(cellPadding)")]
        if let background { attributes.append(("BGCOLOR", background)) }
        if let color { attributes.append(("COLOR", color)) }
        let body = rows.map { row in "<TR>" + row.map(\.markup).joined() + "</TR>" }.joined()
        return HTML(markup: "<TABLE\(attributeText(attributes))>\(body)</TABLE>")
    }

    /// One cell of a ``table(_:border:cellBorder:cellSpacing:cellPadding:background:color:)``.
    public struct Cell: Hashable, Sendable {
        public var content: HTML
        public var background: String?
        /// Fixed size in points (both or neither are fixed).
        public var width: Int?
        public var height: Int?
        public var align: String?
        public var columnSpan: Int?
        public var border: Int?
        public var color: String?

        public init(_ content: HTML = .empty, background: String? = nil, width: Int? = nil, height: Int? = nil,
                    align: Alignment? = nil, columnSpan: Int? = nil, border: Int? = nil, color: String? = nil) {
            self.content = content
            self.background = background
            self.width = width
            self.height = height
            self.align = align?.rawValue
            self.columnSpan = columnSpan
            self.border = border
            self.color = color
        }

        public enum Alignment: String, Sendable { case left = "LEFT", center = "CENTER", right = "RIGHT" }

        var markup: String {
            var attributes: [(String, String)] = []
            if let align { attributes.append(("ALIGN", align)) }
            if let background { attributes.append(("BGCOLOR", background)) }
            if let border { attributes.append(("BORDER", "\(border)")) }
            if let color { attributes.append(("COLOR", color)) }
            if let columnSpan { attributes.append(("COLSPAN", "\(max(columnSpan, 1))")) }
            if width != nil || height != nil { attributes.append(("FIXEDSIZE", "TRUE")) }
            if let height { attributes.append(("HEIGHT", "\(max(height, 1))")) }
            if let width { attributes.append(("WIDTH", "\(max(width, 1))")) }
            return "<TD\(HTML.attributeText(attributes))>\(content.markup)</TD>"
        }
    }

    static func attributeText(_ attributes: [(String, String)]) -> String {
        attributes.map { " \($0.0)=\"\(DOTEscaping.htmlText($0.1))\"" }.joined()
    }
}
