import Foundation
import GovSimModel
import GovSimScenario

/// `govsim-bench load`: what reading a scenario costs before any simulation, in time and memory.
///
/// Large generated structures used to cost hundreds of bytes per unit to hold; this keeps the
/// figure visible. `load_s` covers parsing, decoding and the loader's own checks; `hierarchy_s`
/// one more ``Hierarchy`` per variant (as the engine builds it); `walk_s` one pass reading every
/// unit and every link, as compiling a model does.
struct LoadBenchmark {
    let options: Options

    init(_ options: Options) { self.options = options }

    func run() throws(BenchError) -> ResultLine {
        var watch = Stopwatch()
        let scenario = try EventLoopBenchmark.load(options.file)
        let loadSeconds = watch.seconds
        let residentAfterLoad = ProcessStats.residentMiB()

        watch = Stopwatch()
        var hierarchies: [Hierarchy] = []
        for variant in scenario.variants {
            do { hierarchies.append(try Hierarchy(variant.structure)) } catch {
                throw .data("\(scenario.file): \(error.description)")
            }
        }
        let hierarchySeconds = watch.seconds
        let residentAfterHierarchy = ProcessStats.residentMiB()

        watch = Stopwatch()
        var staff = 0, delay = 0.0
        for variant in scenario.variants {
            for unit in variant.structure.units { staff += unit.staff }
            for link in variant.structure.links { delay += link.delay.mean }
        }
        let walkSeconds = watch.seconds

        var line = ResultLine()
        line["scenario"] = scenario.name
        line["units"] = scenario.variants.reduce(0) { $0 + $1.structure.units.count }
        line["front_line"] = hierarchies.reduce(0) { $0 + $1.frontLine.count }
        line["staff"] = staff
        line["load_s"] = loadSeconds
        line["hierarchy_s"] = hierarchySeconds
        line["walk_s"] = walkSeconds
        line["rss_after_load_mb"] = residentAfterLoad
        line["rss_after_hierarchy_mb"] = residentAfterHierarchy
        line["peak_rss_mb"] = ProcessStats.peakResidentMiB()
        standardError("  \(scenario.name): load_s \(format(loadSeconds)) hierarchy_s \(format(hierarchySeconds)) "
            + "walk_s \(format(walkSeconds)) resident \(format(residentAfterLoad)) MiB after loading, "
            + "\(format(residentAfterHierarchy)) MiB with the hierarchies, peak \(format(ProcessStats.peakResidentMiB())) MiB\n")
        _ = delay
        return line
    }
}
