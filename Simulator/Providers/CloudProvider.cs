using Burstsim.Simulator.Engine;
using Burstsim.Simulator.Platform.Parameters;

namespace Burstsim.Simulator.Providers;

/// <summary>A provider as one run uses it: the policy's options resolved (memory, architecture, limits) and the platform's provider section.</summary>
internal abstract class CloudProvider(int memoryMb, bool freeTier)
{
    /// <summary>Lithops remote_invoker: the client sends one call and a function sends the job's calls.</summary>
    public bool RemoteInvoker { get; init; }

    /// <summary>The policy name, also the activations' invoker column ("aws-lambda").</summary>
    public abstract string Name { get; }

    /// <summary>Memory of each environment, MB.</summary>
    public int MemoryMb { get; } = memoryMb;

    /// <summary>Take the free tier off the bill (off by default: a run is rarely a month's only use).</summary>
    public bool FreeTier { get; } = freeTier;

    /// <summary>vCPUs of one environment.</summary>
    public abstract double Vcpus { get; }

    /// <summary>The share of one CPU a Lithops worker's single process gets: the vCPUs, at most one.</summary>
    public double CpuShare => Math.Min(1.0, Vcpus);

    /// <summary>How long an idle environment stays warm.</summary>
    public abstract SimSpan IdleLifetime { get; }

    /// <summary>The provider's service for one run.</summary>
    public abstract ProviderService CreateService(CloudRun run);

    /// <summary>
    /// True when the provider bills an instance's busy time instead of each request's (Cloud Run's request-based billing:
    /// an instance is charged while it processes at least one request, starts or shuts down, so requests running at
    /// once in one instance are billed once; cloud.google.com/run/docs/configuring/billing-settings).
    /// </summary>
    public virtual bool BillsInstanceBusyTime => false;

    /// <summary>Seconds billed for one busy period of an instance (idle to idle), rounded up to the billing increment; used when <see cref="BillsInstanceBusyTime"/>.</summary>
    public virtual double BilledBusySeconds(double busySeconds) => busySeconds;

    /// <summary>Seconds billed for one call (rounded up to the provider's billing increment).</summary>
    public abstract double BilledSeconds(CloudCall call);

    /// <summary>The run's bill from its calls' billed seconds and its span (first job created to last worker end), per the provider's price list.</summary>
    public abstract ProviderBill Bill(long invocations, double billedSeconds, double spanSeconds);

    /// <summary>Seconds rounded up to a whole number of <paramref name="incrementS"/> (Lambda 1 ms, Cloud Functions 100 ms).</summary>
    internal static double RoundUp(double seconds, double incrementS) =>
        Math.Ceiling(Math.Round(seconds / incrementS, 9)) * incrementS; // the rounding of the division keeps 0.3 s at 3 x 100 ms

    /// <summary>The platform parameters' record for <paramref name="parameters"/>.</summary>
    protected static PlatformParameters Check(PlatformParameters parameters) => parameters ?? throw new ArgumentNullException(nameof(parameters));
}
