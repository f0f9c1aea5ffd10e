import GovSimEngine
import GovSimModel

extension ScenarioDecoder {
    func decodeClaims(_ items: [JSONValue]?, path: String, variants: [Variant], sources: [Scenario.Source]) -> [Claim] {
        var ids = Set<String>()
        return (items ?? []).enumerated().compactMap { index, item in
            let itemPath = "\(path)[\(index)]"
            guard var fields = FieldReader(item, path: itemPath, log: log) else { return nil }
            let id = fields.string("id") ?? ""
            if !ids.insert(id).inserted { log.error("\(itemPath).id", "another claim already has the id \"\(id)\"") }
            let text = fields.string("text") ?? ""
            let source = fields.string("source", default: "") ?? ""
            if !source.isEmpty, !sources.contains(where: { $0.id == source || $0.file == source }) {
                log.error("\(itemPath).source", "names no entry of sources; add a source with id or file \"\(source)\"")
            }
            let expectText = fields.string("expect") ?? ""
            let comparison = Claim.Comparison.parse(expectText)
            if comparison == nil, !expectText.isEmpty {
                log.error("\(itemPath).expect", "expected \"variant.metric < variant.metric\" (or >, or a number on one side), got \"\(expectText)\"")
            }
            if let comparison { checkOperands(comparison, path: "\(itemPath).expect", variants: variants) }
            var verdict: Claim.Verdict?
            if let verdictText = fields.string("expected_verdict", default: "") , !verdictText.isEmpty {
                verdict = Claim.Verdict(rawValue: verdictText)
                if verdict == nil {
                    log.error("\(itemPath).expected_verdict", "expected \"supported\", \"contradicted\" or \"inconclusive\", got \"\(verdictText)\"")
                }
            }
            fields.warnUnknownKeys()
            guard let comparison else { return nil }
            return Claim(id: id, text: text, source: source.isEmpty ? nil : source, expect: comparison, expectedVerdict: verdict)
        }
    }

    private func checkOperands(_ comparison: Claim.Comparison, path: String, variants: [Variant]) {
        for operand in [comparison.left, comparison.right] {
            guard case .metric(let variant, let metric) = operand else { continue }
            if !variants.contains(where: { $0.name == variant }) {
                let names = variants.map(\.name).sorted().joined(separator: ", ")
                log.error(path, "no variant is named \"\(variant)\"; the variants are \(names)")
            }
            if !MetricCatalog.isKnown(metric) {
                let guess = MetricCatalog.suggestion(for: metric).map { "; did you mean \"\($0)\"?" } ?? ""
                log.error(path, "no metric is named \"\(metric)\"\(guess)")
            }
        }
    }
}
