import GovSimScenario

/// The scenario loader and validator: any bytes are either a scenario or a list of problems.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzScenario(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = FuzzSupport.bytes(data, size)
    do {
        let loaded = try ScenarioLoader.decode(bytes, file: "fuzz.json", limits: FuzzSupport.limits)
        _ = loaded.warnings.map(\.description)
    } catch {
        precondition(!error.problems.isEmpty, "a refused scenario must say why")
        _ = error.description
    }
    return 0
}
