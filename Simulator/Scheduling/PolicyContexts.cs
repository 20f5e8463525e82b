using Burstsim.Simulator.Engine;
using Burstsim.Simulator.Platform;

namespace Burstsim.Simulator.Scheduling;

/// <summary>Makes the <see cref="PolicyContext"/> each policy gets: its own stream, the run's views.</summary>
internal static class PolicyContexts
{
    /// <summary>A context for a run: <paramref name="controller"/> k > 0 of a classic run draws from the stream name plus ".k".</summary>
    public static PolicyContext ForRun(PolicyFactory factory, IInvokerInventory inventory, IClock clock, IInvocationHistory history, Platform.Parameters.PlatformParameters parameters, RandomStreams streams, int controller = 0) =>
        new(inventory, clock, history, parameters, streams.Open(factory.StreamName + (controller == 0 ? string.Empty : $".{controller}")), controller, parameters.Controller.Controllers);

    /// <summary>A context on the empty cluster at time zero, for feasibility checks before a run.</summary>
    public static PolicyContext ForCheck(RunSetup setup, PolicyFactory factory)
    {
        var inventory = new FullInventory(InvokerInfos(setup.Cluster, setup.Parameters.Invoker), setup.Parameters.Invoker);
        return ForRun(factory, inventory, new StoppedClock(), new InvocationHistory(), setup.Parameters, new RandomStreams(setup.Seed));
    }

    /// <summary>The invokers as policies see them.</summary>
    public static InvokerInfo[] InvokerInfos(ClusterSpec cluster, Platform.Parameters.InvokerParameters invoker)
    {
        int least = Invoker.StemCellsLeastMb(invoker);
        return [.. cluster.Invokers.Select((s, i) => new InvokerInfo(i, s.Name, s.Cpus, s.UserMemoryMb, s.UserMemoryMb - least))];
    }

    internal sealed class StoppedClock : IClock
    {
        public SimTime Now => SimTime.Zero;
    }

    internal sealed class FullInventory(InvokerInfo[] invokers, Platform.Parameters.InvokerParameters p) : IInvokerInventory
    {
        public IReadOnlyList<InvokerInfo> Invokers => invokers;

        public IReadOnlyList<int> FreeCpus { get; } = [.. invokers.Select(i => i.Cpus)];

        public IReadOnlyList<long> FreeMemoryMb { get; } = [.. invokers.Select(i => Math.Max(0, (long)i.UserMemoryMb - Invoker.StemCellsMostMb(p)))];

        public bool IsOnline(int invoker) => true;
    }
}
