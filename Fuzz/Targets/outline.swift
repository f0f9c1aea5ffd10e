import GovSimScenario

/// The student outline parser: any text is either a structure or a list of problems by line.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOutline(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let text = String(decoding: FuzzSupport.bytes(data, size), as: UTF8.self)
    do {
        let outline = try Outline.parse(text, file: "fuzz.outline")
        _ = outline.structure.units.count
    } catch {
        precondition(!error.problems.isEmpty, "a refused outline must say why")
        _ = error.description
    }
    return 0
}
