import GovSimEngine
/// The scenario `govsim new` writes: small, commented with `_` keys, valid, and quick to run.
/// Kept beside the decoder so the tests hold it to the format and the schema.
public enum StarterScenario {
    /// The starter scenario named `name`, which must be a scenario name (lowercase letters,
    /// digits and '-': safe inside a JSON string).
    public static func text(name: String) -> String {
        """
        {
          "_comment": "A GovSim scenario, written by govsim new. Keys that start with _ are comments: govsim ignores them. Every key is described in the README (section Scenarios) and scenarios/schema.json. Check it with: govsim validate \(name).json, run it with: govsim run \(name).json",
          "format": 1,
          "name": "\(name)",
          "title": "A tall pyramid and a flat network with the same staff",
          "narrative": "What the class should notice. A small city service handles permits in two departments. The pyramid passes every case that needs a signature up its line and the answer back down; the flat network has one level less, lets its front offices sign permits, and lets them ask their counterpart in the other department directly. Watch turnaround and where the decisions are taken.",
          "time_unit": "hour",

          "_run": "Each replication simulates 500 hours; the first 50 are warm-up and not measured. The claims are judged on the confidence intervals over the replications.",
          "horizon": 500,
          "warmup": 50,
          "replications": 5,
          "seed": 1,

          "sources": [
            {
              "_comment": "A passage a claim draws on: the document's file name, the quote in its own language, and a translation.",
              "id": "002-links",
              "file": "002_4e45d3798de698cc.txt",
              "quote": "传统政府的业务处理流程周期长,中间环节多,这是由政府金字塔式的组织结构所决定的。",
              "translation": "The traditional government's business processes have long cycles and many intermediate links; this is determined by the government's pyramid-shaped organisational structure."
            }
          ],
          "claims": [
            {
              "_comment": "A claim the run checks: variant.metric < variant.metric. After the run it is supported (the confidence intervals separate this way), contradicted (they separate the other way) or inconclusive. expected_verdict records what you expect.",
              "id": "flat-faster",
              "text": "Cases are settled faster in the flat network than in the pyramid.",
              "source": "002-links",
              "expect": "flat.\(Metric.turnaroundMean.rawValue) < pyramid.\(Metric.turnaroundMean.rawValue)",
              "expected_verdict": "supported"
            }
          ],
          "questions": [
            {"kind": "predict", "text": "Both organisations have the same staff. Which settles a permit faster, and by how much?"},
            {"kind": "discuss", "text": "The flat network's front offices sign permits themselves. What could go wrong, and which metric would show it?"}
          ],

          "workload": {
            "_comment": "Cases arrive at the front-line offices: arrival_rate per hour in all. A case needs a unit whose authority (its height above the front line, plus the policy's delegation) is at least its class; other_departments asks for another department's input too.",
            "arrival_rate": 10,
            "case_types": [
              {"name": "routine", "share": 70, "class": 0},
              {"name": "permit", "share": 25, "class": 1},
              {"name": "joint", "share": 5, "class": 1, "other_departments": 1}
            ]
          },

          "variants": [
            {
              "name": "pyramid",
              "description": "Four levels, every manager with four subordinates; authority follows rank.",
              "structure": {
                "_comment": "Generated structures: pyramid (levels, span), flat (levels, teams, span or same_headcount_as) or tree (spans); or list units one by one. Per-level values are one value or a list, top first.",
                "generator": "pyramid",
                "levels": 4,
                "span": 4,
                "departments": ["Permits", "Tax"],
                "service": [{"exponential": 0.1}, {"exponential": 0.2}, {"exponential": 0.2}, {"exponential": 0.5}],
                "report_delay": {"exponential": 0.5}
              }
            },
            {
              "name": "flat",
              "description": "Three levels and the same staff; front offices sign permits and consult their counterparts.",
              "structure": {
                "generator": "flat",
                "same_headcount_as": "pyramid",
                "levels": 3,
                "departments": ["Permits", "Tax"],
                "service": [{"exponential": 0.1}, {"exponential": 0.2}, {"exponential": 0.5}],
                "peers": ["none", "complete", "counterparts"],
                "report_delay": {"exponential": 0.5},
                "peer_delay": {"exponential": 0.5}
              },
              "policy": {
                "_comment": "delegation: every unit below the top may decide this many classes more than its rank allows.",
                "delegation": 1
              }
            }
          ]
        }

        """
    }
}
