import GovSimEngine
import GovSimModel

extension ScenarioDecoder {
    /// - Parameter declared: every variant name the file declares, built or not (a variant whose
    ///   structure failed was reported already; a claim on it is not a second mistake).
    func decodeClaims(_ items: [JSONValue]?, path: String, variants: [Variant], sources: [Scenario.Source],
                      declared: [String], workload: Workload?, shapes: [String: Shape]) -> [Claim] {
        var ids = Set<String>()
        return (items ?? []).enumerated().compactMap { index, item in
            let itemPath = "\(path)[\(index)]"
            guard var fields = FieldReader(item, path: itemPath, log: log) else { return nil }
            let id = fields.string("id", hint: "an id: a short name for the claim (\"flat-faster\")") ?? ""
            if !ids.insert(id).inserted { log.error("\(itemPath).id", "another claim already has the id \"\(id)\"") }
            let text = fields.string("text", hint: "the claim in words, as the document makes it") ?? ""
            let source = fields.string("source", default: "")
            if !source.isEmpty, !sources.contains(where: { $0.id == source || $0.file == source }) {
                log.error("\(itemPath).source", "names no entry of sources; add a source with id or file \"\(source)\"")
            }
            let expectText = fields.string("expect", hint: "a comparison: \"flat.\(Metric.turnaroundMean.rawValue) < pyramid.\(Metric.turnaroundMean.rawValue)\"") ?? ""
            let comparison = Claim.Comparison.parse(expectText)
            if comparison == nil, !expectText.isEmpty {
                log.error("\(itemPath).expect", Self.expectHint(expectText))
            }
            if let comparison {
                checkOperands(comparison, path: "\(itemPath).expect", declared: declared, workload: workload, shapes: shapes)
            }
            var verdict: Claim.Verdict?
            let verdictText = fields.string("expected_verdict", default: "")
            if !verdictText.isEmpty {
                verdict = Claim.Verdict(rawValue: verdictText)
                if verdict == nil {
                    let names = Claim.Verdict.allCases.map { "\"\($0.rawValue)\"" }
                    log.error("\(itemPath).expected_verdict", "expected one of \(names.joined(separator: ", ")), got \"\(verdictText)\"")
                }
            }
            let basis = decodeBasis(&fields, path: itemPath, cites: !source.isEmpty)
            let minEffect: Double = fields.number("min_effect", default: Claim.defaultMinEffect, in: 0...10)
            let notTestableText: String = fields.string("not_testable", default: "")
            let notTestable = notTestableText.isEmpty ? nil : notTestableText
            fields.warnUnknownKeys()
            guard let comparison else { return nil }
            return Claim(id: id, text: text, source: source.isEmpty ? nil : source, expect: comparison, expectedVerdict: verdict,
                         basis: basis, minEffect: minEffect, notTestable: notTestable)
        }
    }

    /// `basis`: "document" needs a source to quote; without the key, a claim that cites a source
    /// is taken as the document's and one that cites none as the author's reading.
    private func decodeBasis(_ fields: inout FieldReader, path: String, cites: Bool) -> Claim.Basis {
        let fallback: Claim.Basis = cites ? .document : .interpretation
        let text: String = fields.string("basis", default: fallback.rawValue)
        guard let basis = Claim.Basis(rawValue: text) else {
            log.error("\(path).basis", "expected \"document\" (a source makes the claim) or \"interpretation\" (your reading), got \"\(text)\"")
            return fallback
        }
        if basis == .document, !cites {
            log.error("\(path).basis", "a document's claim cites its source: add \"source\" (the id of an entry of sources) or say \"interpretation\"")
        }
        return basis
    }

    static func expectHint(_ text: String) -> String {
        if text.contains("=") {
            return "only < and > compare (a claim says which side is smaller), got \"\(text)\""
        }
        return "expected \"variant.metric < variant.metric\" (or >, or a number on one side), got \"\(text)\""
    }

    private func checkOperands(_ comparison: Claim.Comparison, path: String, declared: [String],
                               workload: Workload?, shapes: [String: Shape]) {
        if case .constant = comparison.left, case .constant = comparison.right {
            log.error(path, "compares two numbers; name a variant's metric on at least one side (variant.metric)")
            return
        }
        var messages: [String] = []   // both sides may share a mistake: say it once
        for operand in [comparison.left, comparison.right] {
            guard case .metric(let variant, let metric) = operand else { continue }
            if !declared.contains(variant) {
                messages.append("no variant is named \"\(variant)\"; the variants are \(declared.sorted().joined(separator: ", "))")
            }
            if let unknown = MetricRegistry.unknownNameMessage(metric) {
                messages.append(unknown)
            } else if Metric(rawValue: metric)?.needsShocks == true, workload?.shocks.isEmpty == true {
                messages.append("\(metric) is measured only in scenarios with shocks; add workload.shocks or compare another metric")
            } else if let level = Metric.PerLevel.parse(metric)?.level, let levels = shapes[variant]?.levels, level >= levels {
                messages.append("variant \"\(variant)\" has \(levels) levels (0 to \(levels - 1)), so it reports no \(metric)")
            }
        }
        var said = Set<String>()
        for message in messages where said.insert(message).inserted { log.error(path, message) }
    }
}
