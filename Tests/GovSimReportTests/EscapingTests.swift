@testable import GovSimReport
import Testing

/// Whatever a scenario says reaches HTML and Markdown as text, never as markup.
@Suite struct EscapingTests {
    @Test(arguments: [
        ("<script>alert(1)</script>", "&lt;script&gt;alert(1)&lt;/script&gt;"),
        ("Tax & \"Customs\" 'office'", "Tax &amp; &quot;Customs&quot; &#39;office&#39;"),
        ("a\u{0}b\u{7}c\u{85}d", "abcd"),
        ("line\none\ttab", "line\none\ttab"),
        ("政府 ✓", "政府 ✓"),
    ])
    func htmlTextEscapesMarkupAndDropsControlCharacters(input: String, expected: String) {
        #expect(HTMLEscaping.text(input) == expected)
    }

    @Test func htmlParagraphsSplitAtBlankLinesAndKeepLineBreaks() {
        #expect(HTMLEscaping.paragraphs("One <b>\ntwo\n\n  \nThree") == "<p>One &lt;b&gt;<br>\ntwo</p>\n<p>Three</p>")
        #expect(HTMLEscaping.paragraphs("\n\n") == "")
    }

    @Test(arguments: [
        ("<script>alert(1)</script>", "\\<script\\>alert(1)\\</script\\>"),
        ("*bold* _it_ `code` [link](x) ![img](y)", "\\*bold\\* \\_it\\_ \\`code\\` \\[link\\](x) \\!\\[img\\](y)"),
        ("a | b ~~c~~ $x$ &amp; #1", "a \\| b \\~\\~c\\~\\~ \\$x\\$ \\&amp; \\#1"),
        ("back\\slash", "back\\\\slash"),
        ("two\nlines", "two lines"),
    ])
    func markdownInlineEscapesEverythingThatMakesSyntax(input: String, expected: String) {
        #expect(MarkdownEscaping.inline(input) == expected)
    }

    @Test(arguments: [
        ("- not a list", "\\- not a list"),
        ("+ not a list", "\\+ not a list"),
        ("= not a heading rule", "\\= not a heading rule"),
        ("1. not a list", "1\\. not a list"),
        ("2024) not a list", "2024\\) not a list"),
        ("# not a heading", "\\# not a heading"),
        ("> not a quote", "\\> not a quote"),
        ("1,000 offices", "1,000 offices"),
    ])
    func markdownBlockEscapesLineStartMarkers(input: String, expected: String) {
        #expect(MarkdownEscaping.block(input) == expected)
    }

    @Test func markdownParagraphsUseHardBreaksWithinAParagraph() {
        #expect(MarkdownEscaping.paragraphs("One\n- two\n\nThree") == "One\\\n\\- two\n\nThree")
    }

    @Test(arguments: [
        ("pyramid", "pyramid"),
        ("../../etc/passwd", "______etc_passwd"),
        ("/absolute", "_absolute"),
        (".hidden", "_hidden"),
        ("flat network", "flat_network"),
        ("金字塔", "___"),
        ("", "unnamed"),
    ])
    func fileNameComponentsCannotLeaveTheFolder(input: String, expected: String) {
        #expect(OutputName.component(input) == expected)
    }

    @Test func collidingFileNamesGetNumbers() {
        #expect(OutputName.unique(["a/b", "a_b", "A_B", "c"]) == ["a_b", "a_b-2", "A_B-3", "c"])
    }

    @Test(arguments: [
        ("index.html", true), ("charts/org-flat.svg", true), ("../index.html", false), ("/etc/passwd", false),
        ("charts/../../x", false), ("charts//x.svg", false), (".hidden", false), ("charts/a b.svg", false), ("", false),
    ])
    func onlySafeRelativePathsAreWritten(path: String, safe: Bool) {
        #expect(OutputName.isSafeRelativePath(path) == safe, "\(path)")
    }

    @Test(arguments: [
        ("pyramid-vs-flat", "pyramid-vs-flat"),
        ("--horizon", "--horizon"),
        ("my scenario.json", "'my scenario.json'"),
        ("it's", "'it'\\''s'"),
        ("$(rm -rf /)", "'$(rm -rf /)'"),
        ("", "''"),
    ])
    func commandWordsAreShellQuoted(word: String, quoted: String) {
        #expect(Provenance.shellQuoted(word) == quoted)
    }
}
