import GovSimModel

/// A ``Policy``'s levers as the event loop reads them: samplers and plain numbers.
package struct CompiledLevers: Sendable {
    package let policy: Policy
    package let tripTime: Sampler
    package let paperDelay: Sampler
    package let gatewayDelay: Sampler
    /// Paper links never leak a case's data electronically.
    package let leakProbability: Double
    // The policy's switches copied out, so the event loop reads a field, not a large struct.
    let peerConsultation, skipLevel, directReply, paperApproval, isolatedNetworks, feedback: Bool
    let serviceMode: Policy.ServiceMode
    let intake: Policy.Intake
    let buckPassing, corruption, conflictProbability, inspectionRate: Double
    let learning: Policy.Learning?
    let evaluation: Policy.Evaluation?
    /// Units keep track of decision outcomes (for learning or evaluation).
    let tracksOutcomes: Bool

    init(_ policy: Policy) {
        self.policy = policy
        peerConsultation = policy.peerConsultation
        skipLevel = policy.skipLevel
        directReply = policy.directReply
        paperApproval = policy.paperApproval
        isolatedNetworks = policy.isolatedNetworks
        feedback = policy.feedback
        serviceMode = policy.serviceMode
        intake = policy.intake
        buckPassing = policy.buckPassing
        corruption = policy.corruption
        conflictProbability = policy.conflictProbability
        // An evaluation without learning still needs units to learn their outcomes; no file can
        // set the rate then, so it is learning's default.
        inspectionRate = policy.learning?.inspectionRate ?? Policy.Learning.defaultInspectionRate
        learning = policy.learning
        evaluation = policy.evaluation
        tracksOutcomes = policy.learning != nil || policy.evaluation != nil
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
        guard isolatedNetworks else { return (false, leakProbability > 0) }
        if from != to { return (true, false) }
        return (false, from && leakProbability > 0)
    }
}
