/// File names made from scenario text (variant names), and the check that keeps every file a
/// report writes inside its folder.
enum OutputName {
    /// A file name made of `text`: ASCII letters, digits, `-` and `_` kept, anything else (`/`,
    /// `.`, spaces, other scripts) becomes `_`. Never empty, never starts with a dot, at most 64
    /// characters, so `../../etc` gives `______etc` and cannot leave the folder.
    static func component(_ text: String) -> String {
        let kept = text.unicodeScalars.prefix(64).map { scalar -> Character in
            let allowed = ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar) || ("0"..."9").contains(scalar)
                || scalar == "-" || scalar == "_"
            return allowed ? Character(scalar) : "_"
        }
        return kept.isEmpty ? "unnamed" : String(kept)
    }

    /// ``component(_:)`` of each text, with `-2`, `-3`, ... appended where two would collide
    /// (file systems that ignore case count as colliding).
    static func unique(_ texts: [String]) -> [String] {
        var taken = Set<String>(), names: [String] = []
        for text in texts {
            let base = component(text)
            var name = base, number = 2
            while taken.contains(name.lowercased()) {
                name = "\(base)-\(number)"
                number += 1
            }
            taken.insert(name.lowercased())
            names.append(name)
        }
        return names
    }

    /// True for a relative path of safe components (`charts/org-flat.svg`): nothing absolute,
    /// no `..`, no empty or hidden component.
    static func isSafeRelativePath(_ path: String) -> Bool {
        let parts = path.split(separator: "/", omittingEmptySubsequences: false)
        return !parts.isEmpty && parts.allSatisfy { part in
            !part.isEmpty && !part.hasPrefix(".") && part.unicodeScalars.allSatisfy { scalar in
                ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar) || ("0"..."9").contains(scalar)
                    || scalar == "-" || scalar == "_" || scalar == "."
            }
        }
    }
}
