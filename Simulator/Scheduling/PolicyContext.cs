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

    /// <summary>
    /// A context outside any run, for a policy's own tests: every invoker online with all its CPUs and memory free, the
    /// clock and history given (default: stopped at zero, nothing invoked), the stream <paramref name="streamName"/> of
    /// <paramref name="seed"/>. Inside a run the platform makes the context; this one changes only as its clock and history do.
    /// </summary>
    /// <param name="invokers">The cluster as policies see it (index i at position i).</param>
    /// <param name="parameters">Platform parameters (default: the defaults).</param>
    /// <param name="seed">The run seed the stream derives from.</param>
    /// <param name="streamName">The policy's stream name (<see cref="PolicyFactory.StreamName"/>).</param>
    /// <param name="clock">The clock the policy reads (default: stopped at zero).</param>
    /// <param name="history">The invocation history (default: empty).</param>
    /// <param name="controller">Controller index (0-based) for a balancer.</param>
    /// <param name="controllers">Controllers in all (at least 1).</param>
    /// <exception cref="ArgumentException">An invoker's index is not its position, or controller is out of range.</exception>
    public static PolicyContext Standalone(IReadOnlyList<InvokerInfo> invokers, PlatformParameters? parameters = null, ulong seed = 1, string streamName = "test", IClock? clock = null, IInvocationHistory? history = null, int controller = 0, int controllers = 1)
    {
        ArgumentNullException.ThrowIfNull(invokers);
        if (invokers.Where((info, i) => info.Index != i).Any())
        {
            throw new ArgumentException("invoker i must have Index i", nameof(invokers));
        }

        ArgumentOutOfRangeException.ThrowIfLessThan(controllers, 1);
        if (controller < 0 || controller >= controllers)
        {
            throw new ArgumentException($"controller {controller} is not one of 0..{controllers - 1}", nameof(controller));
        }

        var p = parameters ?? new PlatformParameters();
        return new PolicyContext(new PolicyContexts.FullInventory([.. invokers], p.Invoker), clock ?? new PolicyContexts.StoppedClock(), history ?? new InvocationHistory(), p, new RandomStreams(seed).Open(streamName), controller, controllers);
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
