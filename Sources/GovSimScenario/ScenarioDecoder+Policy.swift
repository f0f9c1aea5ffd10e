import GovSimModel

extension ScenarioDecoder {
    func decodePolicy(_ value: JSONValue?, path: String) -> Policy {
        guard var fields = FieldReader(value, path: path, log: log, required: false) else { return Policy() }
        var policy = Policy()
        policy.delegation = fields.integer("delegation", default: 0, in: 0...1000) ?? 0
        if let items = fields.array("authority_by_level") {
            policy.authorityByLevel = items.enumerated().map { index, item in
                FieldReader.integer(item, at: "\(path).authority_by_level[\(index)]", in: 0...1000, log: log) ?? 0
            }
        }
        policy.peerConsultation = fields.bool("peer_consultation", default: true)
        policy.skipLevel = fields.bool("skip_level", default: true)
        policy.directReply = fields.bool("direct_reply", default: false)
        policy.serviceMode = choice(&fields, "service_mode", default: .internal)
        policy.intake = choice(&fields, "intake", default: .online)
        policy.tripTime = distribution(fields.value("trip_time"), path: fields.child("trip_time")) ?? policy.tripTime
        policy.medium = choice(&fields, "medium", default: .electronic)
        policy.paperDelay = distribution(fields.value("paper_delay"), path: fields.child("paper_delay")) ?? policy.paperDelay
        policy.paperApproval = fields.bool("paper_approval", default: false)
        policy.buckPassing = fields.number("buck_passing", default: 0, in: 0...0.99) ?? 0
        policy.corruption = fields.number("corruption", default: 0, in: 0...1) ?? 0
        policy.conflictProbability = fields.number("conflict_probability", default: 0, in: 0...1) ?? 0
        policy.learning = decodeLearning(fields.value("learning"), path: fields.child("learning"))
        policy.feedback = fields.bool("feedback", default: false)
        policy.evaluation = decodeEvaluation(fields.value("evaluation"), path: fields.child("evaluation"))
        policy.leakProbability = fields.number("leak_probability", default: 0, in: 0...1) ?? 0
        policy.isolatedNetworks = fields.bool("isolated_networks", default: false)
        policy.gatewayDelay = distribution(fields.value("gateway_delay"), path: fields.child("gateway_delay")) ?? policy.gatewayDelay
        fields.warnUnknownKeys()
        return policy
    }

    /// One of an enumeration's raw values, with the list of allowed ones when it is not.
    func choice<T: RawRepresentable & CaseIterable>(_ fields: inout FieldReader, _ key: String, default fallback: T) -> T
    where T.RawValue == String {
        guard let text = fields.string(key, default: fallback.rawValue) else { return fallback }
        guard let value = T(rawValue: text) else {
            let allowed = T.allCases.map { "\"\($0.rawValue)\"" }.joined(separator: ", ")
            log.error(fields.child(key), "expected one of \(allowed), got \"\(text)\"")
            return fallback
        }
        return value
    }

    func decodeLearning(_ value: JSONValue?, path: String) -> Policy.Learning? {
        guard var fields = FieldReader(value, path: path, log: log, required: false) else { return nil }
        defer { fields.warnUnknownKeys() }
        let learning = Policy.Learning(
            initialError: fields.number("initial_error", default: nil, in: 0...1) ?? 0,
            finalError: fields.number("final_error", default: nil, in: 0...1) ?? 0,
            halfLife: fields.number("half_life", default: nil, in: 0...1e9, exclusiveLower: true) ?? 1,
            inspectionRate: fields.number("inspection_rate", default: 0.1, in: 0...1) ?? 0.1)
        return learning
    }

    func decodeEvaluation(_ value: JSONValue?, path: String) -> Policy.Evaluation? {
        guard var fields = FieldReader(value, path: path, log: log, required: false) else { return nil }
        defer { fields.warnUnknownKeys() }
        return Policy.Evaluation(
            interval: fields.number("interval", default: nil, in: 0...1e12, exclusiveLower: true) ?? 1,
            threshold: fields.number("threshold", default: 0.9, in: 0...1) ?? 0.9)
    }

    func decodeSatisfaction(_ value: JSONValue?, path: String) -> Satisfaction {
        guard var fields = FieldReader(value, path: path, log: log, required: false) else { return Satisfaction() }
        defer { fields.warnUnknownKeys() }
        let standard = Satisfaction()
        return Satisfaction(
            patience: fields.number("patience", default: standard.patience, in: 0...1e12, exclusiveLower: true) ?? standard.patience,
            tripFactor: fields.number("trip_factor", default: standard.tripFactor, in: 0...1) ?? standard.tripFactor,
            wrongDecisionFactor: fields.number("wrong_decision_factor", default: standard.wrongDecisionFactor, in: 0...1)
                ?? standard.wrongDecisionFactor)
    }
}
