/// Something structurally wrong with a ``Structure``, found before any simulation starts.
public enum StructureError: Error, Equatable, Sendable, CustomStringConvertible {
    case empty
    case unitOutOfRange(link: Int, unit: Int)
    case selfLink(link: Int)
    case twoSuperiors(unit: Int)
    case cycle(unit: Int)
    case badStaff(unit: Int, staff: Int)
    case badDepartment(unit: Int, department: Int)
    case badNumber(unit: Int, field: String)
    case tooManyDepartments(count: Int)
    case platformLink(link: Int)

    public var description: String {
        switch self {
        case .empty: "the structure has no units; add at least one"
        case .unitOutOfRange(let link, let unit):
            "links[\(link)] names unit \(unit), which does not exist"
        case .selfLink(let link): "links[\(link)] links a unit to itself"
        case .twoSuperiors(let unit):
            "units[\(unit)] has two reports_to links; use a dotted_line link for a second superior"
        case .cycle(let unit): "units[\(unit)] is part of a reports-to cycle; a superior cannot report to its own subordinate"
        case .badStaff(let unit, let staff): "units[\(unit)].staff: expected an integer of at least 1, got \(staff)"
        case .badDepartment(let unit, let department):
            "units[\(unit)].department: no department number \(department)"
        case .badNumber(let unit, let field): "units[\(unit)].\(field): expected a finite number in range"
        case .platformLink(let link):
            "links[\(link)] must be a platform link from an office to a platform; a platform has no other links"
        case .tooManyDepartments(let count):
            "the structure has \(count) departments; at most \(Hierarchy.maxDepartments) are supported"
        }
    }
}
