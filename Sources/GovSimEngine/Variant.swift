import GovSimModel

/// One arm of a comparison: a structure run under a policy.
public struct Variant: Sendable {
    public var name: String
    public var structure: Structure
    public var policy: Policy

    public init(name: String, structure: Structure, policy: Policy = Policy()) {
        self.name = name
        self.structure = structure
        self.policy = policy
    }
}
