using System.Globalization;
using Burstsim.Simulator.Platform.Parameters;
using Burstsim.Simulator.Scheduling;

namespace Burstsim.Simulator.Providers;

/// <summary><c>cloud:gcp-functions</c>: Google Cloud Functions (1st gen, or 2nd gen on Cloud Run) through Lithops' gcp_functions backend (docs/model.md "Public cloud").</summary>
public sealed class GcpFunctionsFactory : ProviderFactory
{
    /// <inheritdoc/>
    public override string Name => "gcp-functions";

    /// <inheritdoc/>
    public override string Summary => "Google Cloud Functions via Lithops gcp_functions: Pub/Sub push with slow start, max instances, CPU by memory tier (GCP docs)";

    /// <inheritdoc/>
    public override IReadOnlyList<PolicyOption> Options { get; } =
    [
        PolicyOption.Integer("memory", "memory of each instance, MB: 128, 256, 512, 1024, 2048, 4096, 8192 (16384, 32768 on gen 2); default: the functions' memory", min: 128, max: 32768),
        PolicyOption.Integer("gen", "1 (1st gen, as Lithops deployed it in 2023) or 2 (2nd gen, on Cloud Run)", 1, min: 1, max: 2),
        PolicyOption.Integer("max_instances", "the function's max instances; default 3000 on gen 1, 100 on gen 2", min: 1),
        PolicyOption.Integer("concurrency", "requests one instance takes at once (gen 2 only; needs 1 vCPU or more)", 1, min: 1, max: 1000),
        PolicyOption.Flag("remote_invoker", "Lithops remote_invoker: one call starts a function that sends the job's calls from inside the cloud"),
        PolicyOption.Flag("free_tier", "take the monthly free tier off the bill"),
    ];

    /// <inheritdoc/>
    public override void Validate(PolicyOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        int gen = options.Integer("gen");
        if (options.IntegerOrNull("memory") is { } memory && MemoryProblem(memory, options) is { } problem)
        {
            throw new FormatException($"cloud:gcp-functions memory={memory.ToString(CultureInfo.InvariantCulture)} is {problem}");
        }

        int concurrency = options.Integer("concurrency");
        if (concurrency > 1 && gen == 1)
        {
            throw new FormatException("cloud:gcp-functions concurrency > 1 needs gen=2: 1st gen instances take one request at a time");
        }

        if (concurrency > 1 && options.IntegerOrNull("memory") is { } m && m < 2048)
        {
            throw new FormatException("cloud:gcp-functions concurrency > 1 needs at least 1 vCPU: memory=2048 or more");
        }
    }

    /// <summary>Also refuses concurrency above 1 when the memory in effect (the option, else the functions' memory) gives under 1 vCPU.</summary>
    /// <exception cref="InvalidSetupException">The run cannot go to Cloud Functions as set; the message names the field and the fix.</exception>
    public override void CheckFeasible(RunSetup setup, IReadOnlyList<Workloads.JobRequest> jobs, PolicyOptions options)
    {
        base.CheckFeasible(setup, jobs, options);
        int memory = MemoryOf(options, jobs);
        if (options.Integer("concurrency") > 1 && memory < 2048)
        {
            throw new InvalidSetupException(string.Create(CultureInfo.InvariantCulture,
                $"cloud:gcp-functions concurrency > 1 needs at least 1 vCPU: memory=2048 or more (the memory in effect is {memory} MB, {(options.IntegerOrNull("memory") is null ? "the functions' memory, platform.runtime.runtime_memory_mb" : "the memory option")})"));
        }
    }

    private protected override (int Min, int Max) MemoryRangeMb(PolicyOptions options) => (128, GcpFunctionsProvider.MaxMemoryMb(options.Integer("gen")));

    private protected override string? MemoryProblem(int memoryMb, PolicyOptions options)
    {
        int gen = options.Integer("gen");
        var sizes = GcpFunctionsProvider.CpuTable.Select(t => t.MemoryMb).Where(m => m <= GcpFunctionsProvider.MaxMemoryMb(gen)).ToArray();
        return sizes.Contains(memoryMb)
            ? null
            : $"not a gen {gen} memory size: one of {string.Join(", ", sizes.Select(s => s.ToString(CultureInfo.InvariantCulture)))} MB (Cloud Functions memory tiers; Lithops gcp_functions RUNTIME_MEMORY_OPTIONS)";
    }

    internal override CloudProvider Create(PolicyOptions options, int memoryMb, PlatformParameters parameters)
    {
        int gen = options.Integer("gen");
        return new GcpFunctionsProvider(
            memoryMb,
            gen,
            options.IntegerOrNull("max_instances") ?? GcpFunctionsProvider.DefaultMaxInstances(gen),
            options.Integer("concurrency"),
            options.Flag("free_tier"),
            parameters.GcpFunctions) { RemoteInvoker = options.Flag("remote_invoker") };
    }
}
