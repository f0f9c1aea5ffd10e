/// Order statistics without a full sort: the k-th smallest value in expected linear time.
enum Selection {
    /// The value that would stand at index `k` if `values` were sorted ascending. Reorders
    /// `values` in place (Hoare's quickselect with a median-of-three pivot).
    static func kth(_ values: Column<Double>, _ k: Int) -> Double {
        let v = values.base
        var low = 0, high = values.count - 1
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
}

private extension UnsafeMutablePointer where Pointee == Double {
    func swapAt(_ a: Int, _ b: Int) { let t = self[a]; self[a] = self[b]; self[b] = t }
}
