import Foundation

/// The files of one report, written in two phases so an interrupted or failed run never leaves
/// a half-written report and never destroys the previous one: every file first goes to a
/// temporary name beside its target; only when all are written are they renamed into place
/// (each rename is atomic on POSIX file systems), in the order staged.
///
/// Paths are relative to the report's folder and checked, so nothing can be written outside it.
struct StagedFiles {
    let folder: String
    private(set) var staged: [(temporary: String, target: String, relative: String)] = []

    init(folder: String) { self.folder = folder }

    /// Writes `data` to a temporary file for `relative` (`charts/org-flat.svg`).
    mutating func stage(_ data: Data, as relative: String) throws(AtomicFile.WriteError) {
        let target = folder + "/" + relative
        guard OutputName.isSafeRelativePath(relative) else {
            throw AtomicFile.WriteError(path: target, reason: "refused: the name would leave the output folder or hide the file")
        }
        let temporary = try AtomicFile.writeTemporary(data, for: target)
        staged.removeAll { $0.relative == relative }
        staged.append((temporary, target, relative))
    }

    mutating func stage(_ text: String, as relative: String) throws(AtomicFile.WriteError) {
        try stage(Data(text.utf8), as: relative)
    }

    /// Renames every staged file into place; returns the targets. On a failure the files not
    /// yet renamed are removed and the error names the first that failed.
    mutating func commit() throws(AtomicFile.WriteError) -> [String] {
        let files = staged
        staged = []
        for (index, file) in files.enumerated() {
            do { try AtomicFile.moveIntoPlace(file.temporary, to: file.target) } catch {
                for rest in files[(index + 1)...] { unlink(rest.temporary) }
                throw error
            }
        }
        return files.map(\.target)
    }

    /// Removes every staged temporary file (after a failure to stage one of them).
    mutating func discard() {
        for file in staged { unlink(file.temporary) }
        staged = []
    }
}
