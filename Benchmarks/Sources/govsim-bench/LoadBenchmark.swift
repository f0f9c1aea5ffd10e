import Foundation
import GovSimModel
import GovSimScenario

/// `govsim-bench load`: what reading a scenario costs before any simulation, in time and memory.
///
/// Generated structures used to cost hundreds of bytes per unit to hold; this keeps the figure
/// visible. `load_s` covers parsing, decoding and the loader's own checks; `hierarchy_s` one more
/// ``Hierarchy`` per variant (as the engine builds it). The walks time one pass over every unit
/// (`units_walk_s`, whole ``Unit`` values), every link (`links_walk_s`), every unit through
/// ``Structure/attributes(of:)`` (`attributes_walk_s`), and every unit's superior, level and
/// jurisdiction (`hierarchy_walk_s`): what compiling a model reads.
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
        let walks = Self.walks(scenario.variants.map(\.structure), hierarchies)

        var line = ResultLine()
        line["scenario"] = scenario.name
        line["units"] = scenario.variants.reduce(0) { $0 + $1.structure.units.count }
        line["front_line"] = hierarchies.reduce(0) { $0 + $1.frontLine.count }
        line["load_s"] = loadSeconds
        line["hierarchy_s"] = hierarchySeconds
        for (name, seconds) in walks { line["\(name)_walk_s"] = seconds }
        line["rss_after_load_mb"] = residentAfterLoad
        line["rss_after_hierarchy_mb"] = residentAfterHierarchy
        line["peak_rss_mb"] = ProcessStats.peakResidentMiB()
        let walkText = walks.map { "\($0.name) \(format($0.seconds)) s" }.joined(separator: ", ")
        standardError("  \(scenario.name): load_s \(format(loadSeconds)) hierarchy_s \(format(hierarchySeconds)); "
            + "walks: \(walkText); resident \(format(residentAfterLoad)) MiB after loading, "
            + "\(format(residentAfterHierarchy)) MiB with the hierarchies, peak \(format(ProcessStats.peakResidentMiB())) MiB\n")
        return line
    }

    /// Seconds of each pass; the sums keep the optimiser from skipping the reads.
    static func walks(_ structures: [Structure], _ hierarchies: [Hierarchy]) -> [(name: String, seconds: Double)] {
        var staff = 0, delay = 0.0, costRate = 0.0, sum: UInt64 = 0
        let result = [
            ("units", timed { for structure in structures { for unit in structure.units { staff += unit.staff } } }),
            ("links", timed { for structure in structures { for link in structure.links { delay += link.delay.mean } } }),
            ("attributes", timed {
                for structure in structures {
                    for unit in structure.units.indices { costRate += structure.attributes(of: unit).costRate }
                }
            }),
            ("hierarchy", timed {
                for hierarchy in hierarchies {
                    for unit in 0..<hierarchy.unitCount {
                        sum &+= UInt64(bitPattern: Int64(hierarchy.superior[unit]) &+ Int64(hierarchy.level[unit]))
                            &+ hierarchy.jurisdiction[unit]
                    }
                }
            }),
        ]
        if staff < 0 || delay.isNaN || costRate.isNaN || sum == 1 { standardError("") }
        return result
    }

    static func timed(_ body: () -> Void) -> Double {
        let watch = Stopwatch()
        body()
        return watch.seconds
    }
}
