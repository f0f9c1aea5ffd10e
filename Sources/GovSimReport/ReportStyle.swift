/// The report pages' style sheet: large, high-contrast type for a projector, and print rules
/// for A4 (page margins, no breaks inside a figure, table or claim, the wide chart on a
/// landscape page). System fonts only: nothing is fetched.
enum ReportStyle {
    static let css = """
        :root { --ink: #1d1d1f; --muted: #5b6068; --rule: #d6d8dc; --accent: #1d5fa3; --tint: #f4f5f7;
                --supported: #1a7f37; --contradicted: #b42318; --inconclusive: #6b6f76; --unstable: #b54708; }
        * { box-sizing: border-box; }
        html { font-size: 18px; -webkit-text-size-adjust: 100%; }
        body { margin: 0; color: var(--ink); background: #ffffff; line-height: 1.55;
               font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Helvetica Neue", Arial, "Noto Sans CJK SC", sans-serif; }
        a { color: var(--accent); }
        code, .metric-name { font-family: ui-monospace, "SFMono-Regular", Menlo, Consolas, "DejaVu Sans Mono", monospace; font-size: 0.86em; }
        .masthead { background: #14365c; color: #ffffff; padding: 2rem 1.5rem 1.3rem; }
        .masthead .inner, main, .repro .inner { max-width: 76rem; margin: 0 auto; }
        .kicker { margin: 0 0 0.4rem; text-transform: uppercase; letter-spacing: 0.08em; font-size: 0.75rem; opacity: 0.85; }
        h1 { margin: 0 0 0.5rem; font-size: 2.15rem; line-height: 1.2; }
        .subtitle { margin: 0; opacity: 0.9; }
        .toc { margin-top: 1rem; display: flex; flex-wrap: wrap; gap: 0.3rem 1rem; font-size: 0.85rem; }
        .toc a { color: #cfe2ff; }
        main { padding: 0 1.5rem 1.5rem; }
        section { padding: 1.4rem 0 1.2rem; border-bottom: 1px solid var(--rule); }
        h2 { margin: 0.3rem 0 0.8rem; font-size: 1.55rem; line-height: 1.25; }
        h3 { margin: 0.4rem 0; font-size: 1.12rem; line-height: 1.35; }
        .prose { max-width: 48rem; }
        .hint { color: var(--muted); font-size: 0.88rem; max-width: 52rem; }
        .facts { color: var(--muted); font-size: 0.85rem; margin: 0.25rem 0; }
        .questions { padding-left: 1.6rem; }
        .questions li { margin-bottom: 0.9rem; }
        .questions li p { margin: 0; }
        .predict .questions li { font-size: 1.12rem; font-weight: 600; }
        .answer-space { height: 2.2rem; border-bottom: 1px dashed #a8adb4; max-width: 48rem; }
        .variants { display: grid; grid-template-columns: repeat(auto-fit, minmax(20rem, 1fr)); gap: 0.8rem 1.5rem; }
        .variant p { margin: 0.2rem 0; }
        figure { margin: 1.3rem 0; }
        figure svg.chart { display: block; max-width: 100%; height: auto; margin: 0 auto; }
        figcaption { margin-top: 0.4rem; color: var(--muted); font-size: 0.82rem; text-align: center; }
        .missing { color: var(--contradicted); }
        .org-grid { display: grid; grid-template-columns: repeat(auto-fit, minmax(30rem, 1fr)); gap: 0 1.5rem; }
        .org-grid figure { margin: 0.8rem 0; }
        .table-wrap { overflow-x: auto; }
        table { border-collapse: collapse; font-variant-numeric: tabular-nums; }
        table.comparison { min-width: 36rem; }
        .comparison th, .comparison td { padding: 0.45rem 0.7rem 0.45rem 2.5rem; border-bottom: 1px solid var(--rule); text-align: right; vertical-align: top; }
        .comparison thead th { border-bottom: 2px solid var(--ink); font-size: 1.05rem; }
        .comparison th[scope=row] { text-align: left; font-weight: 600; }
        .comparison th:first-child { text-align: left; padding-left: 0.7rem; }
        .mean { font-size: 1.05rem; }
        .unit { color: var(--muted); font-weight: 400; font-size: 0.85rem; }
        .meaning, .ci { display: block; color: var(--muted); font-size: 0.76rem; font-weight: 400; }
        .ci { white-space: nowrap; }
        .parameters th, .parameters td { padding: 0.35rem 0.8rem 0.35rem 0; border-bottom: 1px solid var(--rule); text-align: left; vertical-align: top; }
        .parameters th { white-space: nowrap; }
        .button-link { display: inline-block; padding: 0.55rem 1.1rem; border-radius: 6px; background: var(--accent); color: #ffffff; font-weight: 600; text-decoration: none; }
        .claim { margin: 1rem 0; padding: 0.8rem 1.1rem; border: 1px solid var(--rule); border-left: 7px solid var(--inconclusive); border-radius: 6px; }
        .claim.supported { border-left-color: var(--supported); }
        .claim.contradicted { border-left-color: var(--contradicted); }
        .claim .verdict { margin: 0; }
        .badge { display: inline-block; padding: 0.1rem 0.6rem; border-radius: 999px; background: var(--inconclusive); color: #ffffff;
                 font-size: 0.78rem; font-weight: 700; letter-spacing: 0.04em; text-transform: uppercase; }
        .supported .badge { background: var(--supported); }
        .contradicted .badge { background: var(--contradicted); }
        .claim.unstable { border-left-color: var(--unstable); }
        .unstable .badge { background: var(--unstable); }
        .effect { margin: 0.3rem 0; font-weight: 600; }
        .unstable-note { padding: 0.6rem 0.9rem; border: 2px solid var(--unstable); border-radius: 6px; background: #fffaeb; }
        td.unreliable .mean { color: var(--unstable); }
        table.theory { border-collapse: collapse; margin: 0.3rem 0 0.6rem; font-variant-numeric: tabular-nums; }
        table.theory th, table.theory td { padding: 0.3rem 0.9rem; border-bottom: 1px solid var(--rule); text-align: right; }
        table.theory th:first-child, table.theory td:first-child { text-align: left; }
        table.differs td { text-align: left; }
        .why { color: var(--muted); font-size: 0.85rem; }
        .test, .figures { margin: 0.3rem 0; }
        .figures { font-variant-numeric: tabular-nums; }
        blockquote { margin: 0.7rem 0 0.2rem; padding: 0.5rem 0.9rem; background: var(--tint); border-left: 3px solid #98a2ae; }
        blockquote p { margin: 0.2rem 0; }
        blockquote .translation { font-style: italic; }
        blockquote footer { color: var(--muted); font-size: 0.8rem; }
        details { margin: 0.6rem 0; padding: 0.5rem 0.9rem; border: 1px solid var(--rule); border-radius: 6px; max-width: 52rem; }
        details[open] { background: var(--tint); }
        summary { cursor: pointer; font-weight: 600; }
        .repro { background: var(--tint); padding: 1rem 1.5rem 2rem; font-size: 0.85rem; }
        .repro h2 { font-size: 1.15rem; }
        .repro dl { display: grid; grid-template-columns: max-content 1fr; gap: 0.3rem 1rem; margin: 0; }
        .repro dt { font-weight: 600; }
        .repro dd { margin: 0; overflow-wrap: anywhere; }
        .repro .note { color: var(--muted); }
        @media (max-width: 40rem) { html { font-size: 16px; } h1 { font-size: 1.6rem; } }
        @page { size: A4; margin: 14mm 12mm 15mm; }
        @page landscape { size: A4 landscape; margin: 10mm; }
        @media print {
          html { font-size: 10pt; }
          .masthead { background: none; color: var(--ink); padding: 0 0 0.5rem; border-bottom: 2px solid var(--ink); }
          .toc, .action { display: none; }
          main { padding: 0; }
          section { padding: 0.7rem 0 0.5rem; border-bottom: none; }
          h2, h3, .hint { break-after: avoid; }
          .hint { break-inside: avoid; }
          figure, tr, .claim, details, blockquote, .questions li, .variant { break-inside: avoid; }
          figure svg.chart { max-height: 240mm; }
          figure.wide { page: landscape; }
          figure.wide svg.chart { max-height: 180mm; }
          .table-wrap { overflow: visible; }
          a { color: inherit; text-decoration: none; }
          .badge, .claim, .repro { print-color-adjust: exact; -webkit-print-color-adjust: exact; }
          .repro { background: none; border-top: 1px solid var(--rule); padding: 0.6rem 0 0; }
        }
        """
}
