/// The version of GovSim, written into every report footer and manifest: the one place it is set.
public enum GovSimVersion {
    public static let current = "0.1.0"
}
