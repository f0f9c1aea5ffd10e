import Foundation

/// Programs the tests run: the `govsim` built with them, and tools found on the machine.
package enum Executables {
    /// The `govsim` built beside the test bundle (in `.build/debug`, or up from a macOS bundle's
    /// `Contents/MacOS`); the checkout's debug build otherwise.
    package static func govsim() throws -> String {
        var folder = URL(fileURLWithPath: CommandLine.arguments.first ?? "").resolvingSymlinksInPath().deletingLastPathComponent()
        for _ in 0..<4 {
            let candidate = folder.appendingPathComponent("govsim").path
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
            folder.deleteLastPathComponent()
        }
        let fallback = Repository.root + "/.build/debug/govsim"
        guard FileManager.default.isExecutableFile(atPath: fallback) else {
            throw Repository.MissingFiles(description: "no govsim binary near \(CommandLine.arguments.first ?? "the test bundle") "
                + "nor at \(fallback): build it first (swift build --build-tests builds it with the tests)")
        }
        return fallback
    }

    /// The first of `names` that is an executable file in a folder of the PATH or in the usual
    /// places for installed programs (a test run from an IDE may have a short PATH).
    package static func find(_ names: [String]) -> String? {
        let path = (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":").map(String.init)
        let folders = path + ["/usr/bin", "/usr/local/bin", "/opt/homebrew/bin"]
        for name in names {
            for folder in folders where FileManager.default.isExecutableFile(atPath: "\(folder)/\(name)") {
                return "\(folder)/\(name)"
            }
        }
        return nil
    }
}
