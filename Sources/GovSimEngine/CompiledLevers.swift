import GovSimModel

/// A ``Policy``'s levers as the event loop reads them: samplers and plain numbers.
public struct CompiledLevers: Sendable {
    public let policy: Policy
    public let tripTime: Sampler
    public let paperDelay: Sampler
    public let gatewayDelay: Sampler
    /// Paper links never leak a case's data electronically.
    public let leakProbability: Double

    init(_ policy: Policy) {
        self.policy = policy
        tripTime = Sampler(policy.tripTime)
        paperDelay = Sampler(policy.paperDelay)
        gatewayDelay = Sampler(policy.gatewayDelay)
        leakProbability = policy.medium == .paper ? 0 : policy.leakProbability
    }

    /// The delay a link really has under this policy: its own when electronic, the courier's on paper.
    func linkDelay(_ own: Distribution) -> Sampler {
        policy.medium == .paper ? paperDelay : Sampler(own)
    }

    /// A message between the external and the internal network crosses a gateway when the networks
    /// are isolated; one inside the internal network cannot leak then.
    @inline(__always)
    func crossing(from: Bool, to: Bool) -> (gateway: Bool, mayLeak: Bool) {
        guard policy.isolatedNetworks else { return (false, leakProbability > 0) }
        if from != to { return (true, false) }
        return (false, from && leakProbability > 0)
    }
}
