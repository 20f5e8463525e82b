using System.Globalization;
using Burstsim.Simulator.Platform.Parameters;
using Burstsim.Simulator.Scheduling;

namespace Burstsim.Simulator.Providers;

/// <summary><c>cloud:aws-lambda</c>: AWS Lambda through Lithops' aws_lambda backend (docs/model.md "Public cloud").</summary>
public sealed class AwsLambdaFactory : ProviderFactory
{
    /// <summary>Lambda memory range, MB (AWS docs, "Configuring function memory": 128 to 10,240 MB in 1-MB steps; Lithops aws_lambda config.py RUNTIME_MEMORY_MIN/MAX).</summary>
    public const int MinMemoryMb = 128, MaxMemoryMb = 10240;

    /// <summary>Default account concurrency limit (AWS docs, "Lambda quotas": 1,000 concurrent executions per Region).</summary>
    public const int DefaultAccountLimit = 1000;

    /// <summary>Concurrency Lambda keeps unreserved (AWS docs, "Configuring reserved concurrency": 100).</summary>
    public const int UnreservedMinimum = 100;

    /// <summary>
    /// Largest account concurrency limit the simulator takes: 100,000. AWS raises the Regional quota on request (Service
    /// Quotas, "Lambda quotas") to tens of thousands; provisioned environments are made before the run, so this bound
    /// also bounds the work done up front.
    /// </summary>
    public const int MaxAccountLimit = 100_000;

    /// <inheritdoc/>
    public override string Name => "aws-lambda";

    /// <inheritdoc/>
    public override string Summary => "AWS Lambda via Lithops aws_lambda: async Invoke, 1000 new environments per 10 s, account concurrency, 1 vCPU per 1769 MB (AWS docs)";

    /// <inheritdoc/>
    public override IReadOnlyList<PolicyOption> Options { get; } =
    [
        PolicyOption.Integer("memory", "memory of each environment, MB (Lithops runtime_memory); default: the functions' memory", min: MinMemoryMb, max: MaxMemoryMb),
        PolicyOption.Text("arch", "x86 or arm (Graviton): the price per GB-s", "x86"),
        PolicyOption.Integer("account_limit", "the account's concurrency limit (AWS default 1000; 100 to 100000)", DefaultAccountLimit, min: 1, max: MaxAccountLimit),
        PolicyOption.Integer("reserved", "reserved concurrency of the function (0: none, the function shares the account's)", 0, min: 0),
        PolicyOption.Integer("provisioned", "provisioned concurrency: environments initialised before the run, billed while kept", 0, min: 0),
        PolicyOption.Flag("remote_invoker", "Lithops remote_invoker: one call starts a function that sends the job's calls from inside the cloud"),
        PolicyOption.Flag("free_tier", "take the monthly free tier (1 M requests, 400,000 GB-s) off the bill"),
    ];

    /// <inheritdoc/>
    public override void Validate(PolicyOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        string arch = options.Text("arch") ?? "x86";
        if (arch is not ("x86" or "arm"))
        {
            throw new FormatException($"cloud:aws-lambda arch={arch}: the architecture is x86 or arm");
        }

        CheckConcurrency(options, UnreservedMinimum);
    }

    /// <summary>Also checks the concurrency options against <c>platform.aws_lambda</c> (unreserved minimum, throttle retries).</summary>
    /// <exception cref="InvalidSetupException">A concurrency option or a retry interval is out of range; the message names it and the range.</exception>
    public override void CheckFeasible(RunSetup setup, IReadOnlyList<Workloads.JobRequest> jobs, PolicyOptions options)
    {
        base.CheckFeasible(setup, jobs, options);
        var lambda = setup.Parameters.AwsLambda;
        if (lambda.UnreservedMinimum < 0 || lambda.UnreservedMinimum > options.Integer("account_limit"))
        {
            throw new InvalidSetupException(string.Create(CultureInfo.InvariantCulture,
                $"platform.aws_lambda.unreserved_minimum ({lambda.UnreservedMinimum}) must be 0 to the account's concurrency limit (cloud:aws-lambda account_limit {options.Integer("account_limit")}); lower it or raise account_limit"),
                "platform.aws_lambda.unreserved_minimum");
        }

        if (!(lambda.ThrottleRetryFirstS > 0) || !(lambda.ThrottleRetryMaxS >= lambda.ThrottleRetryFirstS))
        {
            throw new InvalidSetupException(string.Create(CultureInfo.InvariantCulture,
                $"platform.aws_lambda.throttle_retry_max_s ({lambda.ThrottleRetryMaxS} s) must be at least throttle_retry_first_s ({lambda.ThrottleRetryFirstS} s), which must be over 0: retries double from the first interval up to the maximum"),
                "platform.aws_lambda.throttle_retry_max_s");
        }

        try
        {
            CheckConcurrency(options, lambda.UnreservedMinimum);
        }
        catch (FormatException e)
        {
            throw new InvalidSetupException(e.Message);
        }
    }

    /// <summary>account_limit, reserved and provisioned against each other and the concurrency Lambda keeps unreserved.</summary>
    private static void CheckConcurrency(PolicyOptions options, int unreservedMinimum)
    {
        int account = options.Integer("account_limit");
        if (account < unreservedMinimum)
        {
            throw new FormatException(string.Create(CultureInfo.InvariantCulture,
                $"cloud:aws-lambda account_limit={account} is below the {unreservedMinimum} concurrency Lambda keeps unreserved: account_limit may be {Math.Max(1, unreservedMinimum)} to {MaxAccountLimit}"));
        }

        int reserved = options.Integer("reserved");
        int most = account - unreservedMinimum;
        if (reserved > 0 && reserved > most)
        {
            throw new FormatException(string.Create(CultureInfo.InvariantCulture,
                $"cloud:aws-lambda reserved={reserved} is over the account concurrency limit: reserved concurrency may be 1 to {Math.Max(0, most)} (account_limit {account} less the {unreservedMinimum} Lambda keeps unreserved); lower reserved or raise account_limit"));
        }

        int provisioned = options.Integer("provisioned");
        int cap = reserved > 0 ? reserved : most;
        if (provisioned > cap)
        {
            throw new FormatException(string.Create(CultureInfo.InvariantCulture,
                $"cloud:aws-lambda provisioned={provisioned} is over the concurrency the function may have: provisioned concurrency may be 0 to {Math.Max(0, cap)} ({(reserved > 0 ? "its reserved concurrency" : $"account_limit {account} less the {unreservedMinimum} kept unreserved")})"));
        }
    }

    private protected override (int Min, int Max) MemoryRangeMb(PolicyOptions options) => (MinMemoryMb, MaxMemoryMb);

    internal override CloudProvider Create(PolicyOptions options, int memoryMb, PlatformParameters parameters) =>
        new LambdaProvider(
            memoryMb,
            options.Text("arch") == "arm",
            options.Integer("account_limit"),
            options.Integer("reserved"),
            options.Integer("provisioned"),
            options.Flag("free_tier"),
            parameters.AwsLambda) { RemoteInvoker = options.Flag("remote_invoker") };
}
