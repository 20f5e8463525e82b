using Burstsim.Simulator.Engine;
using Burstsim.Simulator.Platform.Parameters;

namespace Burstsim.Simulator.Scheduling;

/// <summary>
/// Everything a policy may read, handed to its factory when a run starts: the invokers and their health, the clock,
/// the actions' invocation history, the platform parameters and a random stream of its own. A policy keeps what it
/// needs and returns decisions; it never reaches the platform's components. Draw only from <see cref="Random"/>: it is
/// derived from the run's seed and the policy's stream name, so runs repeat exactly and no other component's draws shift.
/// </summary>
public sealed class PolicyContext
{
    internal PolicyContext(IInvokerInventory inventory, IClock clock, IInvocationHistory history, PlatformParameters parameters, StreamRandom random, int controller, int controllers)
    {
        Inventory = inventory;
        Clock = clock;
        History = history;
        Parameters = parameters;
        Random = random;
        Controller = controller;
        Controllers = controllers;
    }

    /// <summary>The invokers (fixed facts), by index.</summary>
    public IReadOnlyList<InvokerInfo> Invokers => Inventory.Invokers;

    /// <summary>Health and free resources as the controller knows them now.</summary>
    public IInvokerInventory Inventory { get; }

    /// <summary>The simulation clock.</summary>
    public IClock Clock { get; }

    /// <summary>Every action's invocations so far.</summary>
    public IInvocationHistory History { get; }

    /// <summary>The platform's parameters (read-only records).</summary>
    public PlatformParameters Parameters { get; }

    /// <summary>This policy's own random stream (seeded from the run's seed and <see cref="PolicyFactory.StreamName"/>).</summary>
    public StreamRandom Random { get; }

    /// <summary>For a classic balancer, the controller it serves (0-based; each controller has its own balancer); 0 otherwise.</summary>
    public int Controller { get; }

    /// <summary>Controllers behind nginx; each holds 1/Controllers of every invoker's memory slots (OpenWhisk).</summary>
    public int Controllers { get; }
}
