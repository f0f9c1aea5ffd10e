import GovSimScenario

/// Shared by the fuzz targets: the input as bytes and the limits every target reads under.
enum FuzzSupport {
    /// Small enough that no accepted input can take more than milliseconds to build.
    static let limits = ScenarioLoader.Limits(maxUnits: 3000, maxFileBytes: 1 << 20)

    static func bytes(_ data: UnsafePointer<UInt8>, _ size: Int) -> [UInt8] {
        Array(UnsafeBufferPointer(start: data, count: size))
    }
}
