import GovSimEngine

/// Reads a scenario's `sweep`:
///
/// ```json
/// "sweep": {
///   "parameters": {
///     "variants[0].structure.levels": [2, 3, 4, 5, 6],
///     "workload.arrival_rate": {"from": 0.5, "to": 2, "step": 0.25}
///   },
///   "points": [{"variants[0].structure.span": 16, "variants[0].structure.levels": 3}],
///   "metrics": ["turnaround.mean", "utilisation.max"],
///   "x": "variants[0].structure.levels"
/// }
/// ```
///
/// `points` (parameters that move together) is the grid's first dimension when present; each
/// of `parameters` adds one more. Every path is checked against the document it sweeps.
extension ScenarioDecoder {
    func decodeSweep(_ value: JSONValue?, path: String, root: JSONValue) -> Sweep? {
        guard let value else { return nil }
        guard var fields = FieldReader(value, path: path, log: log) else { return nil }
        defer { fields.warnUnknownKeys() }
        var sweep = Sweep()
        if let items = fields.array("points") {
            if let dimension = decodeSweepPoints(items, path: fields.child("points"), root: root) { sweep.dimensions.append(dimension) }
        }
        if let parameters = fields.value("parameters") {
            let parametersPath = fields.child("parameters")
            if case .object(let members) = parameters {
                for (key, item) in members where !FieldReader.isComment(key) {
                    guard let parameter = sweepPath(key, at: parametersPath, root: root),
                          let values = sweepValues(item, path: "\(parametersPath).\(key)") else { continue }
                    if sweep.parameters.contains(parameter) {
                        log.error("\(parametersPath).\(key)", "is swept twice; keep one")
                        continue
                    }
                    sweep.dimensions.append(Sweep.Dimension(path: parameter, values: values))
                }
            } else {
                log.error(parametersPath, "expected an object of \"path\": values, got \(parameters.kindName)")
            }
        }
        if sweep.dimensions.isEmpty, !log.hasErrors {
            log.error(path, "sweeps nothing; add \"parameters\" ({\"workload.arrival_rate\": [1, 2, 3]}) or \"points\"")
        }
        if sweep.dimensions.reduce(1.0, { $0 * Double($1.rows.count) }) > Double(Sweep.maxPoints) {
            log.error(path, "has \(sweep.pointCount) points; at most \(Sweep.maxPoints)")
        }
        if let metrics = fields.strings("metrics") {
            for (index, metric) in metrics.enumerated() {
                if let unknown = MetricRegistry.unknownNameMessage(metric) { log.error("\(fields.child("metrics"))[\(index)]", unknown) }
            }
            if metrics.isEmpty { log.error(fields.child("metrics"), "is empty; name at least one metric to chart") }
            sweep.metrics = metrics.isEmpty ? Sweep.defaultMetrics : metrics
        }
        let x = fields.string("x", default: "")
        if !x.isEmpty {
            let parsed = try? ParameterPath(x)
            if let parsed, sweep.parameters.contains(parsed) {
                sweep.x = parsed
            } else {
                log.error(fields.child("x"), "expected one of the swept parameters (\(sweep.parameters.map(\.description).joined(separator: ", "))), got \"\(x)\"")
            }
        }
        return sweep
    }

    private func decodeSweepPoints(_ items: [JSONValue], path: String, root: JSONValue) -> Sweep.Dimension? {
        guard !items.isEmpty else { log.error(path, "is empty; list at least one point"); return nil }
        var paths: [ParameterPath] = [], keys: [String] = [], rows: [[Double]] = []
        for (index, item) in items.enumerated() {
            let itemPath = "\(path)[\(index)]"
            guard case .object(let members) = item else {
                log.error(itemPath, "expected an object of \"path\": value, got \(item.kindName)")
                continue
            }
            if index == 0 {
                keys = members.map(\.key)
                paths = keys.compactMap { sweepPath($0, at: itemPath, root: root) }
                guard paths.count == keys.count, !keys.isEmpty else {
                    if keys.isEmpty { log.error(itemPath, "is empty; set at least one parameter") }
                    return nil
                }
            } else if members.map(\.key) != keys {
                log.error(itemPath, "sets \(members.map(\.key).joined(separator: ", ")); every point must set the same parameters as the first (\(keys.joined(separator: ", ")))")
                continue
            }
            let row = members.compactMap { FieldReader.number($0.value, at: "\(itemPath).\($0.key)", in: -1e15...1e15, log: log) }
            if row.count == keys.count { rows.append(row) }
        }
        return rows.count == items.count ? Sweep.Dimension(paths: paths, rows: rows) : nil
    }

    /// A swept path that names numbers (or a default) in `root`; logs why not.
    func sweepPath(_ text: String, at path: String, root: JSONValue) -> ParameterPath? {
        let parameter: ParameterPath
        do { parameter = try ParameterPath(text) } catch { log.error(path, error.description); return nil }
        do {
            for found in try parameter.resolve(in: root) {
                if let value = found.value, case .number = value { continue }
                if let value = found.value {
                    log.error(path, "\(parameter): \(found.path) is \(value.kindName); only numbers can be swept")
                    return nil
                }
            }
        } catch {
            log.error(path, error.description)
            return nil
        }
        return parameter
    }

    /// `[1, 2, 3]`, `{"from": 0.5, "to": 2, "step": 0.25}` or `"0.5:2:0.25"`.
    private func sweepValues(_ value: JSONValue, path: String) -> [Double]? {
        do {
            switch value {
            case .array(let items):
                let numbers = items.enumerated().compactMap { FieldReader.number($1, at: "\(path)[\($0)]", in: -1e15...1e15, log: log) }
                guard numbers.count == items.count else { return nil }
                return try Sweep.distinct(numbers, written: value.shortDescription)
            case .string(let text):
                return try Sweep.values(text)
            case .object:
                guard var fields = FieldReader(value, path: path, log: log) else { return nil }
                defer { fields.warnUnknownKeys() }
                guard let from = fields.number("from", default: nil, in: -1e15...1e15),
                      let to = fields.number("to", default: nil, in: -1e15...1e15),
                      let step = fields.number("step", default: nil, in: 0...1e15, exclusiveLower: true) else { return nil }
                return try Sweep.range(from: from, to: to, step: step, written: "from \(FieldReader.format(from)) to \(FieldReader.format(to)) step \(FieldReader.format(step))")
            default:
                log.error(path, "expected a list of numbers, {\"from\", \"to\", \"step\"} or \"FROM:TO:STEP\", got \(value.kindName)")
                return nil
            }
        } catch {
            log.error(path, error.message)
            return nil
        }
    }
}
