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
