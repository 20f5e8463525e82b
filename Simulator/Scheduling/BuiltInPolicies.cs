using Burstsim.Simulator.Scheduling.Burst;
using Burstsim.Simulator.Scheduling.Classic;
using Burstsim.Simulator.Scheduling.FaaSBatch;
using Burstsim.Simulator.Scheduling.Lifecycle;

namespace Burstsim.Simulator.Scheduling;

/// <summary>The policies that ship with burstsim, one factory each (their folders: Classic, Burst, FaaSBatch, Lifecycle).</summary>
internal static class BuiltInPolicies
{
    public static IReadOnlyList<PolicyFactory> All { get; } =
    [
        new ShardingBalancerFactory(),
        new RoundRobinBalancerFactory(),
        new LeastLoadedBalancerFactory(),
        new RandomBalancerFactory(),
        new HeterogeneousPlacementFactory(),
        new HomogeneousPlacementFactory(),
        new FixedIntervalBatchingFactory(),
        new Providers.AwsLambdaFactory(),
        new Providers.GcpFunctionsFactory(),
        new OpenWhiskKeepAliveFactory(),
        new FixedKeepAliveFactory(),
        new HybridHistogramKeepAliveFactory(),
        new GreedyDualKeepAliveFactory(),
        new StemCellsPrewarmFactory(),
        new LeastRecentlyUsedEvictionFactory(),
    ];
}
