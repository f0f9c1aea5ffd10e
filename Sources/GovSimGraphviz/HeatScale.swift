/// Bands of the heat colouring: a value (a share, 0...1) to one of ``Palette/heat``'s colours.
///
/// Seven banded colours read better on a projector than a continuous ramp, and a legend can name
/// each band exactly.
enum HeatScale {
    /// Upper bounds of the bands but the last.
    static let bounds = [0.15, 0.3, 0.45, 0.6, 0.75, 0.9]

    static func band(_ share: Double) -> Int {
        guard share.isFinite else { return 0 }
        return bounds.firstIndex { share < $0 } ?? bounds.count
    }

    /// "15–30%" for each band.
    static var bandNames: [String] {
        let edges = [0.0] + bounds + [1.0]
        return (0..<Palette.heat.count).map { band in
            let low = Int((edges[band] * 100).rounded()), high = Int((edges[band + 1] * 100).rounded())
            return band == Palette.heat.count - 1 ? "\(low)% and more" : "\(low)–\(high)%"
        }
    }
}
