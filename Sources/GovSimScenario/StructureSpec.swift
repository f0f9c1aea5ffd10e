import GovSimModel

/// A variant's structure as the file describes it, before it is built: flat structures may be
/// sized after another variant's headcount, so building waits until every variant is read.
enum StructureSpec {
    case ready(Structure)
    case flat(FlatSpec)

    struct FlatSpec {
        /// Levels of a flat structure whose file does not say: leadership, teams, front line.
        static let defaultLevels = 3

        var levels: Int
        var teams: Int
        var span: Int?
        var sameHeadcountAs: String?
        var peers: [PeerTopology]
        var shortcuts: Int
        var profiles: [LevelProfile]
        var departments: [String]
        var reportDelay: Distribution
        var peerDelay: Distribution
        var platform: Structure.PlatformSpec?
    }
}
