/// Order statistics without a full sort: the k-th smallest value in expected linear time.
enum Selection {
    /// The value that would stand at index `k` if `values` were sorted ascending. Reorders
    /// `values` in place (Hoare's quickselect with a median-of-three pivot), so that every value
    /// before index `k` is at most the result and every value after it at least the result.
    /// `start`: a previous selection's index below `k`; its left side is not looked at again.
    static func kth(_ values: Column<Double>, _ k: Int, from start: Int = 0) -> Double {
        let v = values.base
        var low = start, high = values.count - 1
        while low < high {
            let middle = low + (high - low) / 2
            // Median of three keeps sorted or reversed input from going quadratic.
            if v[middle] < v[low] { v.swapAt(middle, low) }
            if v[high] < v[low] { v.swapAt(high, low) }
            if v[high] < v[middle] { v.swapAt(high, middle) }
            let pivot = v[middle]
            var i = low, j = high
            while i <= j {
                while v[i] < pivot { i += 1 }
                while v[j] > pivot { j -= 1 }
                if i <= j { v.swapAt(i, j); i += 1; j -= 1 }
            }
            if k <= j { high = j } else if k >= i { low = i } else { return v[k] }
        }
        return v[k]
    }

    /// The values at the given fractions of the sorted order (index `q (n - 1)`, rounded down):
    /// each selection after the first looks only right of the one before.
    static func quantiles(_ values: Column<Double>, _ fractions: [Double]) -> [Double] {
        guard values.count > 0 else { return fractions.map { _ in .nan } }
        let indices = fractions.map { Int($0 * Double(values.count - 1)) }
        var results = [Double](repeating: .nan, count: fractions.count)
        var start = 0
        for position in indices.indices.sorted(by: { indices[$0] < indices[$1] }) {
            results[position] = kth(values, indices[position], from: start)
            start = indices[position]
        }
        return results
    }
}

private extension UnsafeMutablePointer where Pointee == Double {
    func swapAt(_ a: Int, _ b: Int) { let t = self[a]; self[a] = self[b]; self[b] = t }
}
