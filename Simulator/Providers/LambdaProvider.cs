using Burstsim.Simulator.Engine;
using Burstsim.Simulator.Platform.Parameters;

namespace Burstsim.Simulator.Providers;

/// <summary>
/// AWS Lambda for one run: memory, architecture, concurrency settings, price list. Prices: AWS Lambda pricing page
/// (aws.amazon.com/lambda/pricing, US East (N. Virginia), first tier, read for 2024 list prices): duration
/// 0.0000166667 USD per GB-s on x86 and 0.0000133334 on Arm, requests 0.20 USD per million; provisioned concurrency
/// 0.0000041667 (x86) / 0.0000033334 (Arm) per GB-s kept, and its executions 0.0000097222 / 0.0000077778 per GB-s.
/// Duration is rounded up to 1 ms and includes the INIT phase of on-demand environments (same page). Free tier: 1 M
/// requests and 400,000 GB-s a month.
/// </summary>
internal sealed class LambdaProvider(int memoryMb, bool arm, int accountLimit, int reserved, int provisioned, bool freeTier, AwsLambdaParameters parameters)
    : CloudProvider(memoryMb, freeTier)
{
    public const double X86GbSecond = 0.0000166667;
    public const double ArmGbSecond = 0.0000133334;
    public const double Request = 0.0000002;
    public const double X86ProvisionedGbSecond = 0.0000041667;
    public const double ArmProvisionedGbSecond = 0.0000033334;
    public const double X86ProvisionedDurationGbSecond = 0.0000097222;
    public const double ArmProvisionedDurationGbSecond = 0.0000077778;
    public const long FreeRequests = 1_000_000;
    public const double FreeGbSeconds = 400_000;

    /// <summary>Lambda bills duration in 1 ms steps.</summary>
    public const double BillingIncrementS = 0.001;

    /// <summary>Provisioned concurrency is charged in five-minute steps (pricing page).</summary>
    public const double ProvisionedIncrementS = 300;

    public override string Name => "aws-lambda";

    public bool Arm { get; } = arm;

    /// <summary>Reserved concurrency if set, else the account's concurrency limit.</summary>
    public int ConcurrencyLimit { get; } = reserved > 0 ? reserved : accountLimit;

    /// <summary>Environments kept initialised (provisioned concurrency).</summary>
    public int Provisioned { get; } = provisioned;

    /// <summary>vCPUs: memory / 1769 MB.</summary>
    public override double Vcpus => MemoryMb / parameters.MemoryPerVcpuMb;

    public override SimSpan IdleLifetime => SimSpan.FromSeconds(parameters.IdleLifetimeS);

    public override ProviderService CreateService(CloudRun run) => new LambdaService(run, this, parameters);

    /// <summary>From INIT (cold, on demand) through the handler's end, rounded up to 1 ms.</summary>
    public override double BilledSeconds(CloudCall call) =>
        RoundUp((call.WorkerEnd - call.Ready).Seconds + call.InitTime.Seconds, BillingIncrementS);

    public override ProviderBill Bill(long invocations, double billedSeconds, double spanSeconds)
    {
        double gb = MemoryMb / 1024.0;
        double gbSeconds = gb * billedSeconds;
        long requests = invocations;
        double billableGbSeconds = FreeTier ? Math.Max(0, gbSeconds - FreeGbSeconds) : gbSeconds;
        long billableRequests = FreeTier ? Math.Max(0, requests - FreeRequests) : requests;
        double provisionedGbSeconds = Provisioned * gb * RoundUp(spanSeconds, ProvisionedIncrementS);
        return new ProviderBill(
            Name,
            gbSeconds,
            0,
            "",
            requests,
            billableGbSeconds * (Arm ? ArmGbSecond : X86GbSecond),
            billableRequests * Request,
            provisionedGbSeconds * (Arm ? ArmProvisionedGbSecond : X86ProvisionedGbSecond));
    }
}
