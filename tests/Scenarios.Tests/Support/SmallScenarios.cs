namespace Burstsim.Scenarios.Tests.Support;

/// <summary>Small scenarios that run in well under a second.</summary>
public static class SmallScenarios
{
    /// <summary>Two invokers, 6 sleeping functions, classic vs burst.</summary>
    public const string Sleep = """
        name: small-sleep
        description: six sleeping functions on two small invokers
        seed: 7
        cluster:
          invokers:
            - cpus: 4
            - cpus: 4
        workload:
          type: sleep
          functions: 6
          seconds: 1
        policies: [classic, burst]
        """;

    /// <summary>Eight sleeping functions, classic calls only, no variability: what calibrate must recover from its own runs is exact.</summary>
    public const string ClassicExact = """
        name: small-fit
        seed: 5
        cluster: {count: 2, cpus: 4}
        platform:
          variability: false
          client: {max_workers: 100}
        workload: {type: sleep, functions: 8, seconds: 1}
        policies: [classic]
        """;

    /// <summary>Several tenants' bursts arriving at random: exercises every random stream of a run.</summary>
    public const string Tenants = """
        name: small-tenants
        seed: 3
        replications: 2
        cluster: {count: 2, cpus: 8}
        workload:
          type: arrivals
          process: poisson
          mean_interarrival_s: 0.5
          jobs: 4
          tenants:
            - {name: a, weight: 2, functions: 4, wait_s: 1}
            - {name: b, weight: 1, functions: 3, cpu_s: 0.5}
        policies: [classic, "burst:g=2"]
        """;
}
