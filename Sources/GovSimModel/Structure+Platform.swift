/// A shared data platform (002: data-exchange platform, Golden Customs' public data centre).
extension Structure {
    /// What a platform is like, and who may use it.
    public struct PlatformSpec: Hashable, Sendable {
        public var name: String
        public var staff: Int
        /// Time to answer one query.
        public var service: Distribution
        /// Time a query takes to reach it (and its answer to come back).
        public var delay: Distribution
        /// Levels whose units are connected (0 = top); nil connects every level.
        public var levels: [Int]?

        public init(name: String = "Data exchange platform", staff: Int = 1, service: Distribution = .exponential(mean: 0.05),
                    delay: Distribution = .zero, levels: [Int]? = nil) {
            self.name = name
            self.staff = staff
            self.service = service
            self.delay = delay
            self.levels = levels
        }
    }

    /// This structure with one platform added and linked to every unit of the chosen levels.
    public func addingPlatform(_ spec: PlatformSpec) throws(StructureError) -> Structure {
        let hierarchy = try Hierarchy(self)
        var copy = self
        var platform = Unit(name: spec.name, staff: spec.staff, service: spec.service)
        platform.isPlatform = true
        copy.units.append(platform)
        let index = copy.units.count - 1
        for unit in units.indices where !units[unit].isPlatform {
            let level = Int(hierarchy.level[unit])
            if spec.levels?.contains(level) ?? true {
                copy.links.append(Link(.platform, from: unit, to: index, delay: spec.delay))
            }
        }
        return copy
    }
}
