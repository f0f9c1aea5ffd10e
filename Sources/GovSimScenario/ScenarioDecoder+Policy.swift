import GovSimModel

extension ScenarioDecoder {
    /// Every member the file leaves out keeps its value in ``Policy()``, the one place the
    /// defaults are defined.
    func decodePolicy(_ value: JSONValue?, path: String) -> Policy {
        let standard = Policy()
        guard var fields = FieldReader(value, path: path, log: log, required: false) else { return standard }
        var policy = standard
        policy.delegation = fields.integer("delegation", default: standard.delegation, in: 0...1000)
        if let items = fields.array("authority_by_level") {
            policy.authorityByLevel = items.enumerated().map { index, item in
                FieldReader.integer(item, at: "\(path).authority_by_level[\(index)]", in: 0...1000, log: log) ?? 0
            }
        }
        policy.peerConsultation = fields.bool("peer_consultation", default: standard.peerConsultation)
        policy.skipLevel = fields.bool("skip_level", default: standard.skipLevel)
        policy.directReply = fields.bool("direct_reply", default: standard.directReply)
        policy.serviceMode = choice(&fields, "service_mode", default: standard.serviceMode)
        policy.intake = choice(&fields, "intake", default: standard.intake)
        policy.tripTime = distribution(fields.value("trip_time"), path: fields.child("trip_time")) ?? standard.tripTime
        policy.medium = choice(&fields, "medium", default: standard.medium)
        policy.paperDelay = distribution(fields.value("paper_delay"), path: fields.child("paper_delay")) ?? standard.paperDelay
        policy.paperApproval = fields.bool("paper_approval", default: standard.paperApproval)
        policy.buckPassing = fields.number("buck_passing", default: standard.buckPassing, in: 0...0.99)
        policy.corruption = fields.number("corruption", default: standard.corruption, in: 0...1)
        policy.conflictProbability = fields.number("conflict_probability", default: standard.conflictProbability, in: 0...1)
        policy.learning = decodeLearning(fields.value("learning"), path: fields.child("learning"))
        policy.feedback = fields.bool("feedback", default: standard.feedback)
        policy.evaluation = decodeEvaluation(fields.value("evaluation"), path: fields.child("evaluation"))
        policy.leakProbability = fields.number("leak_probability", default: standard.leakProbability, in: 0...1)
        policy.isolatedNetworks = fields.bool("isolated_networks", default: standard.isolatedNetworks)
        policy.gatewayDelay = distribution(fields.value("gateway_delay"), path: fields.child("gateway_delay")) ?? standard.gatewayDelay
        fields.warnUnknownKeys()
        return policy
    }

    /// One of an enumeration's raw values, with the list of allowed ones when it is not.
    func choice<T: RawRepresentable & CaseIterable>(_ fields: inout FieldReader, _ key: String, default fallback: T) -> T
    where T.RawValue == String {
        let text = fields.string(key, default: fallback.rawValue)
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
            inspectionRate: fields.number("inspection_rate", default: Policy.Learning.defaultInspectionRate, in: 0...1))
        return learning
    }

    func decodeEvaluation(_ value: JSONValue?, path: String) -> Policy.Evaluation? {
        guard var fields = FieldReader(value, path: path, log: log, required: false) else { return nil }
        defer { fields.warnUnknownKeys() }
        return Policy.Evaluation(
            interval: fields.number("interval", default: nil, in: 0...1e12, exclusiveLower: true) ?? 1,
            threshold: fields.number("threshold", default: Policy.Evaluation.defaultThreshold, in: 0...1))
    }

    func decodeSatisfaction(_ value: JSONValue?, path: String) -> Satisfaction {
        guard var fields = FieldReader(value, path: path, log: log, required: false) else { return Satisfaction() }
        defer { fields.warnUnknownKeys() }
        let standard = Satisfaction()
        return Satisfaction(
            patience: fields.number("patience", default: standard.patience, in: 0...1e12, exclusiveLower: true),
            tripFactor: fields.number("trip_factor", default: standard.tripFactor, in: 0...1),
            wrongDecisionFactor: fields.number("wrong_decision_factor", default: standard.wrongDecisionFactor, in: 0...1))
    }
}
