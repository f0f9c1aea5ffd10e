/// Which elements of a long list its hash looks at: about a thousand, spread evenly.
///
/// ``UnitList`` and ``LinkList`` hash a sample, not every element, so that hashing a national
/// tree does not compute eleven million units. Equal lists have equal counts and equal elements at
/// the same positions, so they still hash equally.
enum HashSample {
    static func positions(count: Int) -> StrideThrough<Int> {
        stride(from: 0, through: count - 1, by: max(1, count / 1024))
    }
}
