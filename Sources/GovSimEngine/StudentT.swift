/// The 97.5% quantile of Student's t distribution: the multiplier of a two-sided 95% interval.
public enum StudentT {
    /// Exact to the printed digits for 1 to 30 degrees of freedom.
    static let table: [Double] = [
        12.7062, 4.3027, 3.1824, 2.7764, 2.5706, 2.4469, 2.3646, 2.3060, 2.2622, 2.2281,
        2.2010, 2.1788, 2.1604, 2.1448, 2.1314, 2.1199, 2.1098, 2.1009, 2.0930, 2.0860,
        2.0796, 2.0739, 2.0687, 2.0639, 2.0595, 2.0555, 2.0518, 2.0484, 2.0452, 2.0423,
    ]

    public static func quantile975(degreesOfFreedom df: Int) -> Double {
        guard df >= 1 else { return .nan }
        if df <= table.count { return table[df - 1] }
        // Cornish-Fisher expansion around the normal quantile (Abramowitz and Stegun 26.7.5);
        // error below 1e-4 beyond 30 degrees of freedom.
        let z = 1.959964, n = Double(df)
        let z3 = z * z * z, z5 = z3 * z * z, z7 = z5 * z * z
        return z + (z3 + z) / (4 * n) + (5 * z5 + 16 * z3 + 3 * z) / (96 * n * n)
            + (3 * z7 + 19 * z5 + 17 * z3 - 15 * z) / (384 * n * n * n)
    }
}
