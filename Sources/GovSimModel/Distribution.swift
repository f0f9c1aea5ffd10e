/// A non-negative random duration (a service or a transmission time), in scenario time units.
///
/// Scenario files write it as `{"exponential": 2.0}`, `{"deterministic": 0.5}`,
/// `{"lognormal": {"mean": 2.0, "cv": 0.5}}`, or a bare number (deterministic).
public enum Distribution: Hashable, Sendable {
    /// Memoryless, with this mean: the M in M/M/1.
    case exponential(mean: Double)
    /// Always exactly this value.
    case deterministic(Double)
    /// Log-normal with this mean and coefficient of variation (standard deviation / mean).
    case lognormal(mean: Double, cv: Double)

    /// No delay at all: an instantaneous electronic hand-over.
    public static let zero = Distribution.deterministic(0)

    public var mean: Double {
        switch self {
        case .exponential(let mean): mean
        case .deterministic(let value): value
        case .lognormal(let mean, _): mean
        }
    }

    /// The same shape with its mean multiplied by `factor`.
    public func scaled(by factor: Double) -> Distribution {
        switch self {
        case .exponential(let mean): .exponential(mean: mean * factor)
        case .deterministic(let value): .deterministic(value * factor)
        case .lognormal(let mean, let cv): .lognormal(mean: mean * factor, cv: cv)
        }
    }

    /// Every parameter is finite and non-negative.
    public var isValid: Bool {
        switch self {
        case .exponential(let mean): mean.isFinite && mean >= 0
        case .deterministic(let value): value.isFinite && value >= 0
        case .lognormal(let mean, let cv): mean.isFinite && mean >= 0 && cv.isFinite && cv >= 0
        }
    }
}
