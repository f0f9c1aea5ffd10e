import Foundation

/// One `RESULT {json}` line, keys sorted so the output is stable and easy to diff.
struct ResultLine {
    var fields: [String: Any] = ["tool": "govsim"]

    subscript(key: String) -> Any? {
        get { fields[key] }
        set { fields[key] = newValue }
    }

    var line: String {
        // NaN is not JSON: write null, as Python's json module reads it.
        let clean = fields.mapValues { value -> Any in
            if let number = value as? Double, !number.isFinite { return NSNull() }
            if let numbers = value as? [Double] { return numbers.map { $0.isFinite ? $0 as Any : NSNull() } }
            return value
        }
        let data = (try? JSONSerialization.data(withJSONObject: clean, options: [.sortedKeys])) ?? Data("{}".utf8)
        return "RESULT " + String(decoding: data, as: UTF8.self)
    }
}
