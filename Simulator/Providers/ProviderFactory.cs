using Burstsim.Simulator.Platform.Parameters;
using Burstsim.Simulator.Scheduling;
using Burstsim.Simulator.Workloads;

namespace Burstsim.Simulator.Providers;

/// <summary>
/// The cloud family (<c>cloud:NAME</c>): the run's calls go to a public FaaS provider through its Lithops backend
/// instead of the OpenWhisk cluster (the scenario's cluster is then unused). The providers are built in (AWS Lambda,
/// Google Cloud Functions); their models are the simulator's own, so this family takes no plug-ins.
/// </summary>
public abstract class ProviderFactory : PolicyFactory
{
    private protected ProviderFactory()
    {
    }

    /// <inheritdoc/>
    public sealed override PolicyFamily Family => PolicyFamily.Cloud;

    /// <summary>One function per environment: "1".</summary>
    public override string GranularityLabel(PolicyOptions options) => "1";

    /// <summary>"g=1 (NAME)": one function per environment, on the provider.</summary>
    public override string GranularityCategory(PolicyOptions options) => $"g=1 ({Name})";

    /// <summary>The memory range of one environment, MB, for messages and checks.</summary>
    private protected abstract (int Min, int Max) MemoryRangeMb(PolicyOptions options);

    /// <summary>Why <paramref name="memoryMb"/> is not a memory size the provider offers, or null if it is (within the range).</summary>
    private protected virtual string? MemoryProblem(int memoryMb, PolicyOptions options) => null;

    /// <summary>The provider for one run, its memory resolved (the <c>memory</c> option, else the jobs' memory).</summary>
    internal abstract CloudProvider Create(PolicyOptions options, int memoryMb, PlatformParameters parameters);

    /// <summary>The memory a run's environments get: the option, else the jobs' one memory size.</summary>
    internal static int MemoryOf(PolicyOptions options, IReadOnlyList<JobRequest> jobs) =>
        options.IntegerOrNull("memory") ?? (jobs.Count == 0 ? 256 : jobs[0].MemoryMb);

    /// <summary>
    /// Refuses memory the provider does not offer, workloads with exchange phases, faults, mixed memory sizes, Lithops
    /// chunking (a chunksize other than 1) and functions that surely run past the action time limit
    /// (<c>platform.recovery.runtime_timeout_s</c>, which the provider models do not apply).
    /// </summary>
    /// <exception cref="InvalidSetupException">The run cannot go to this provider; the message names the field and the range.</exception>
    public override void CheckFeasible(RunSetup setup, IReadOnlyList<JobRequest> jobs, PolicyOptions options)
    {
        ArgumentNullException.ThrowIfNull(setup);
        ArgumentNullException.ThrowIfNull(jobs);
        ArgumentNullException.ThrowIfNull(options);
        if (jobs.Any(j => j.Phases.Count > 0))
        {
            throw new InvalidSetupException($"cloud:{Name} runs plain function bodies; a phased workload (exchanges between functions) runs on the OpenWhisk cluster only");
        }

        if (!setup.Faults.IsEmpty)
        {
            throw new InvalidSetupException($"cloud:{Name} takes no 'faults:' (they name the cluster's invokers); run the faults with an OpenWhisk policy");
        }

        var client = setup.Parameters.Client;
        if (client.CallsPerActivation != 1)
        {
            string key = client.Chunksize is null ? "platform.client.worker_processes" : "platform.client.chunksize";
            throw new InvalidSetupException(
                $"{key} makes a Lithops chunksize of {client.CallsPerActivation}; cloud:{Name} sends one call per function: chunking is modelled on OpenWhisk's classic path only; set platform.client.chunksize=1 or use a classic policy",
                key);
        }

        double limit = setup.Parameters.Recovery.RuntimeTimeoutS;
        foreach (var job in jobs)
        {
            for (int i = 0; i < job.Functions; i++)
            {
                var work = job.Work(i);
                double least = work.CpuSeconds + work.WaitSeconds; // at one full vCPU; less CPU only makes it longer
                if (least > limit)
                {
                    throw new InvalidSetupException(
                        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"function {i} of job {job.JobId} runs at least {least:0.###} s, past platform.recovery.runtime_timeout_s ({limit} s): cloud:{Name} does not model the provider's function timeout ending it; raise runtime_timeout_s (Lambda allows up to 900 s) or shorten the functions"),
                        "platform.recovery.runtime_timeout_s");
                }
            }
        }

        if (options.IntegerOrNull("memory") is null)
        {
            if (jobs.Select(j => j.MemoryMb).Distinct().Count() > 1)
            {
                throw new InvalidSetupException($"the jobs ask for several memory sizes; cloud:{Name} runs one function configuration: give its memory option (cloud:{Name},memory=256)");
            }

            int memory = MemoryOf(options, jobs);
            var (min, max) = MemoryRangeMb(options);
            string? problem = memory < min || memory > max ? $"outside {min}-{max} MB" : MemoryProblem(memory, options);
            if (problem is not null)
            {
                throw new InvalidSetupException(
                    $"the functions' memory {memory} MB (platform.runtime.runtime_memory_mb or the workload's memory_mb) is {problem} for cloud:{Name}; set the policy's memory option (cloud:{Name},memory=256)",
                    "platform.runtime.runtime_memory_mb");
            }
        }
    }
}
