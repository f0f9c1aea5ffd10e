import Foundation
import GovSimScenario

/// The sweep `--param PATH=VALUES` parser, then the path resolved and set in a small scenario
/// and that scenario decoded: the same steps `govsim sweep --param` takes.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzParam(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let text = String(decoding: FuzzSupport.bytes(data, size), as: UTF8.self)
    guard let equals = text.firstIndex(of: "=") else { return 0 }
    guard let path = try? ParameterPath(String(text[..<equals])),
          let values = try? Sweep.values(String(text[text.index(after: equals)...])) else { return 0 }
    _ = path.description
    var sweep = Sweep()
    _ = try? sweep.set(path, values: values)
    _ = sweep.pointCount
    _ = try? path.resolve(in: ParamDocument.root)
    for value in values.prefix(4) {
        guard let changed = try? path.setting(.number(value), in: ParamDocument.root) else { continue }
        _ = try? ScenarioLoader.decode(Array(ParamDocument.encode(changed).utf8), file: "param.json",
                                       limits: FuzzSupport.limits)
    }
    return 0
}

enum ParamDocument {
    static let text = """
    {"format": 1, "name": "p", "horizon": 50, "replications": 2, "seed": 1,
     "workload": {"arrival_rate": 0.5, "case_types": [{"name": "a", "share": 1, "class": 1}]},
     "variants": [{"name": "tall", "structure": {"generator": "tree", "levels": 3, "span": 3}},
                  {"name": "flat", "structure": {"generator": "tree", "levels": 2, "span": 9},
                   "policy": {"delegation": 1}}]}
    """
    static let root: JSONValue = {
        var parser = JSONParser(Array(text.utf8))
        return (try? parser.parse()) ?? .null
    }()

    static func encode(_ value: JSONValue) -> String {
        switch value {
        case .null: "null"
        case .bool(let flag): flag ? "true" : "false"
        case .number(let number): number.isFinite ? "\(number)" : "1e999"
        case .string(let text): "\"" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
        case .array(let items): "[" + items.map(encode).joined(separator: ",") + "]"
        case .object(let members): "{" + members.map { encode(.string($0.key)) + ":" + encode($0.value) }.joined(separator: ",") + "}"
        }
    }
}
