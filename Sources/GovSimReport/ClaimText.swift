import GovSimEngine
import GovSimScenario
import GovSimText

/// How a claim's verdict and effect read, for every output (terminal, Markdown, HTML): the words
/// are decided here once.
public enum ClaimText {
    /// What the verdict means for this claim, in a sentence a class understands.
    public static func meaning(_ result: ClaimResult) -> String {
        let m = NumberFormat.percent(result.claim.minEffect)
        switch result.verdict {
        case .supported: return "the effect is at least \(m) in the claimed direction, beyond the 95% interval's doubt"
        case .contradicted: return "the effect goes the other way, by at least \(m), beyond the 95% interval's doubt"
        case .negligible: return "whichever way it goes, the difference is confidently smaller than \(m): too small to matter"
        case .inconclusive:
            return result.effect == nil ? "this run has no interval to judge on (fewer than two measured replications)"
                : "the 95% interval is too wide to tell whether the effect reaches \(m)"
        case .unstable:
            return "\(result.unstableVariants.joined(separator: " and ")) reaches no steady state, so its "
                + "\(result.claim.metrics.joined(separator: " and ")) describes the run's length, not the organisation"
        case .notTestable: return "not testable here: \(result.claim.notTestable ?? "the model cannot test it")"
        }
    }

    /// "flat turnaround.mean is 66% lower than pyramid's (95% CI 65% to 67% lower; paired over 10
    /// replications)"; nil when there is no effect to state.
    public static func effect(_ result: ClaimResult) -> String? {
        guard let effect = result.effect, effect.relative.isFinite else { return nil }
        let subject = side(result.claim.expect.left), reference = side(result.claim.expect.right)
        let pairing = effect.paired ? "paired over \(effect.count) replications" : "over \(effect.count) replications"
        guard effect.relative != 0 || effect.upper != effect.lower else {
            return "\(subject) equals \(reference) in every replication (\(pairing))"
        }
        let word = effect.relative < 0 ? "lower" : "higher"
        // Percentages with as many decimals as the interval needs for its bounds to differ.
        let sign = effect.relative < 0 ? -1.0 : 1.0
        let (a, b) = sign < 0 ? (-effect.upper, -effect.lower) : (effect.lower, effect.upper)
        let text = NumberFormat.estimate(mean: abs(effect.relative) * 100, lower: a * 100, upper: b * 100, count: effect.count)
        let interval: String
        if effect.lower < 0, effect.upper > 0 {
            interval = "95% CI from \(percent(-effect.lower)) lower to \(percent(effect.upper)) higher"
        } else {
            interval = "95% CI " + (text.interval.map { "\($0)% \(word)" } ?? "\(text.mean)% \(word)")
        }
        return "\(subject) is \(text.mean)% \(word) than \(reference) (\(interval); \(pairing))"
    }

    /// "flat turnaround.mean" or "2".
    static func side(_ operand: Claim.Operand) -> String {
        switch operand {
        case .metric(let variant, let metric): "\(variant) \(metric)"
        case .constant(let value): NumberFormat.short(value)
        }
    }

    /// A relative difference as people say it: "66%", "0.4%", "230%".
    static func percent(_ share: Double) -> String {
        let value = share * 100
        return abs(value) < 10 && value != value.rounded() ? "\(NumberFormat.short(value, digits: 2))%" : "\(NumberFormat.grouped(Int(value.rounded())))%"
    }
}
