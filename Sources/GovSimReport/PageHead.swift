/// The start of every GovSim page up to `<body>`: charset, viewport, a Content-Security-Policy
/// that allows no fetch (the page must work offline and cannot be made to call out), the
/// generator, the escaped title, and the shared style sheet plus any page-specific CSS.
enum PageHead {
    static let basePolicy = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'"

    static func render(title: String, version: String, policy: String = basePolicy, extraCSS: String = "") -> String {
        """
        <!DOCTYPE html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <meta http-equiv="Content-Security-Policy" content="\(policy)">
        <meta name="generator" content="GovSim \(HTMLEscaping.text(version))">
        <title>\(HTMLEscaping.text(title))</title>
        <style>
        \(ReportStyle.css)\(extraCSS.isEmpty ? "" : "\n" + extraCSS)
        </style>
        </head>
        """
    }
}
