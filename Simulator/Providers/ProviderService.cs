using Burstsim.Simulator.Engine;

namespace Burstsim.Simulator.Providers;

/// <summary>What a provider does with a call once its client sent it: queue it, scale, and hand it to an environment through <see cref="CloudRun.Run"/>.</summary>
internal abstract class ProviderService(CloudRun run)
{
    protected CloudRun Run { get; } = run;

    /// <summary>The client thread's time for one call (the request until its answer), drawn per call.</summary>
    public abstract SimSpan ClientRequest();

    /// <summary>Lithops invoke_pool_threads of the provider's backend.</summary>
    public abstract int InvokePoolThreads { get; }

    /// <summary>Lithops max_workers of the provider's backend.</summary>
    public abstract int MaxWorkers { get; }

    /// <summary>The provider accepted <paramref name="call"/> now.</summary>
    public abstract void Accept(CloudCall call);

    /// <summary><paramref name="call"/>'s worker ended and its environment is free (the run already released it).</summary>
    public virtual void Finished(CloudCall call)
    {
    }

    /// <summary>Sets up what exists before the run (Lambda provisioned concurrency).</summary>
    public virtual void Prepare(SimTime now)
    {
    }
}
