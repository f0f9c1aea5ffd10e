/// Collects problems while a file is read; shared by the readers of its parts.
final class ProblemLog {
    let file: String
    private(set) var problems: [ScenarioProblem] = []

    init(file: String) { self.file = file }

    func error(_ path: String, _ message: String) { problems.append(.init(.error, file: file, path: path, message: message)) }
    func warning(_ path: String, _ message: String) { problems.append(.init(.warning, file: file, path: path, message: message)) }
    var hasErrors: Bool { problems.contains { $0.severity == .error } }
}
