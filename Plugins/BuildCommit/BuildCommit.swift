import Foundation
import PackagePlugin

/// Records the commit a build is made from, for `govsim --version`.
///
/// A prebuild command runs before every build (a build command would run only when declared
/// inputs change, and a commit is not a file SwiftPM can watch: HEAD, a branch ref, packed refs,
/// a worktree's own HEAD). The script rewrites `BuildCommit.swift` only when its text changes, so
/// a build at the same commit compiles nothing again. Its value is read from the checkout at build
/// time, never at run time: a binary reports the commit it was built from, not the one its
/// checkout has moved to since.
@main struct BuildCommitPlugin: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let package = context.package.directoryURL
        let generated = context.pluginWorkDirectoryURL.appending(path: "Generated")
        return [
            .prebuildCommand(
                displayName: "Recording the commit of this build",
                executable: URL(fileURLWithPath: "/bin/sh"),
                arguments: [package.appending(path: "scripts/build-commit.sh").path, package.path, generated.path],
                outputFilesDirectory: generated),
        ]
    }
}
