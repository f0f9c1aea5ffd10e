import GovSimModel

/// A plain-text org chart a student can write in a minute, read into a ``Structure``.
///
/// ```
/// title: City government
/// # a comment
/// Mayor's office (3 staff)
///     Tax bureau [Tax] <-> Civil affairs bureau
///         x12 Street tax office (2 staff)
///     Civil affairs bureau [Civil affairs]
///         Marriage registry ..> Tax bureau
/// ```
/// Indentation is reports-to. `x12` (or `×12`) makes twelve alike units, numbered. `[Tax]` puts a
/// unit in a department (its subordinates inherit it); `(3 staff)` sets its headcount. After the
/// name, `<-> NAME` adds a peer link, `..> NAME` a dotted line to a second superior, and
/// `^^> NAME` a skip-level line to a superior above the direct one.
public struct Outline: Sendable {
    public var title: String?
    public var structure: Structure

    /// Most units an outline may expand to.
    public static let maxUnits = 1_000_000

    static let markers: [(text: String, kind: Link.Kind)] = [("<->", .peer), ("..>", .dottedLine), ("^^>", .skipLevel)]

    /// One unit line as written (before `xN` is expanded).
    struct Entry {
        let line: Int
        let indent: Int
        var name: String
        var count = 1
        var staff = 1
        var department: String?
        var links: [(kind: Link.Kind, target: String)] = []
        var parent: Int?
        var children: [Int] = []
    }

    /// Reads an outline; `file` names it in messages.
    public static func parse(_ text: String, file: String) throws(OutlineError) -> Outline {
        var reader = OutlineReader(file: file)
        reader.read(text)
        guard reader.problems.isEmpty else { throw OutlineError(problems: reader.problems) }
        guard !reader.entries.isEmpty else {
            throw OutlineError(problems: [.init(file: file, line: 0, message: "the outline has no units; write one unit per line, indenting each under its superior")])
        }
        var builder = OutlineBuilder(file: file, entries: reader.entries)
        let structure = builder.build()
        guard builder.problems.isEmpty, let structure else { throw OutlineError(problems: builder.problems) }
        return Outline(title: reader.title, structure: structure)
    }
}
