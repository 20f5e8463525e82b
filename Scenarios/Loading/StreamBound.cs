using System.Globalization;
using Burstsim.Scenarios.Execution;
using Burstsim.Scenarios.Model;
using Burstsim.Simulator;
using Burstsim.Simulator.Workloads;

namespace Burstsim.Scenarios.Loading;

/// <summary>
/// Refuses, before anything runs and without a pass over its jobs, a streamed trace replay (<see cref="StreamedJobs"/>)
/// that cannot finish or cannot fit, from the bounds the trace states: its busiest minute's calls, which the replay holds
/// at once, and the calls of one minute that all outlast it, in flight together whatever the policy, beyond the memory
/// this process can use; its function-seconds over the most functions the policy can run at once on the cluster
/// (<see cref="Simulator.Scheduling.PolicyFactory.MostFunctionsAtOnceOverall"/>) or its largest job's over that job's own
/// bound beyond the clock's horizon (<see cref="SimLimits.MaxSeconds"/>); its calls' run time over the monitor's interval
/// beyond <see cref="SimLimits.MaxPolls"/>. A pass (<see cref="HorizonCheck"/>, <see cref="SpanBound"/>) would make a
/// day's millions of jobs again, or hang on a minute of two billion calls, before it could refuse anything.
/// </summary>
internal static class StreamBound
{
    /// <summary>Bytes a call held by the replay takes at least: its arrival tick, draw order, function and run time (a 32-byte entry of the minute's list).</summary>
    public const long BytesPerHeldCall = 32;

    /// <summary>
    /// Bytes a call in flight (arrived, queued or running) takes, with what the run keeps of it: measured about 3.4 KB
    /// (<c>/usr/bin/time -f %M burstsim run</c> of a Huawei minute of 100 000 calls of 90 s, all in flight together,
    /// under faasbatch on 2 x 8 CPUs with Parquet activations: 400 MB peak, about 60 MB of it the process); 2 KB keeps
    /// the estimate below what a run takes, so only a replay that certainly does not fit is refused.
    /// </summary>
    public const long BytesPerCallInFlight = 2_048;

    /// <summary>
    /// Bytes a row held by a per-invocation trace's reorder buffer takes at least: measured about 490 B (hostile10 F16,
    /// <c>/usr/bin/time</c> maxrss of a 3 M-row azure-2021 replay: 229 MB in arrival order, 1.70 GB with its first row
    /// moved to the end); 400 B keeps the estimate below what a run takes.
    /// </summary>
    public const long BytesPerReorderedRow = 400;

    /// <summary>Reorder buffers estimated above this many bytes are warned about (once per file and process): memory that sorting the file would save.</summary>
    public const long WarnReorderedAbove = 256L * 1024 * 1024;

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, byte> Warned = new(StringComparer.Ordinal);

    /// <exception cref="Cli.InputException">The replay cannot fit or cannot finish; the message gives the numbers, where in the trace, and the fix (at <paramref name="field"/>).</exception>
    public static void Check(Scenario scenario, ScenarioCase scenarioCase, StreamedJobs jobs, Field field) =>
        Check(scenario, scenarioCase, jobs, field, AvailableMemory.Bytes());

    /// <inheritdoc cref="Check(Scenario, ScenarioCase, StreamedJobs, Field)"/>
    public static void Check(Scenario scenario, ScenarioCase scenarioCase, StreamedJobs jobs, Field field, long availableBytes)
    {
        ArgumentNullException.ThrowIfNull(jobs);
        CheckMemory(jobs, field, availableBytes);
        double interval = scenario.Parameters.Client.MonitoringIntervalS;
        if (jobs.JobSecondsAtLeast is { } seconds && seconds / interval > SimLimits.MaxPolls)
        {
            throw field.Error(string.Create(
                CultureInfo.InvariantCulture,
                $"the replay would take at least {seconds / interval:G3} Lithops monitor polls: its {jobs.Count:N0} calls run at least {seconds:G4} s in all, polled every platform.client.monitoring_interval_s = {interval:G4} s, more than the {SimLimits.MaxPolls:G3} a run may take; raise monitoring_interval_s, or replay fewer or shorter calls (e.g. burstsim trace sample FILES --functions N --scale X --out DIR)"));
        }

        foreach (var policy in scenarioCase.Policies ?? scenario.Policies)
        {
            var setup = new RunSetup(scenario.Cluster, scenario.Parameters, scenarioCase.Workload, policy, scenario.Seed);
            var factory = policy.Placement.Factory;
            if (jobs.LargestJob is { } job && factory.MostFunctionsAtOnce(setup, job) is { } mostOfJob)
            {
                double jobSeconds = (job.Work(0).CpuSeconds + job.Work(0).WaitSeconds) * job.Functions;
                double span = jobSeconds / mostOfJob;
                string why = string.Create(
                    CultureInfo.InvariantCulture,
                    $"under {policy.Name}, the call on {jobs.LargestJobWhere ?? "the trace's largest row"} asks for {job.Functions:N0} functions of {job.Work(0).CpuSeconds + job.Work(0).WaitSeconds:G4} s ({jobSeconds:G4} function-seconds) and at most {mostOfJob:N0} of them can run at once (platform.client.max_workers {scenario.Parameters.Client.MaxWorkers}, the invokers' user memory / {job.MemoryMb} MB per container)");
                if (!(job.Arrival.Seconds + span <= SimLimits.MaxSeconds))
                {
                    throw field.Error(string.Create(
                        CultureInfo.InvariantCulture,
                        $"the replay would span at least {job.Arrival.Seconds + span:G4} s: {why}, beyond the {SimLimits.MaxSeconds:G4} s (about 3.2 years) burstsim simulates; give that row fewer or shorter functions, add invokers or memory (cluster.memory_mb), or raise platform.client.max_workers"));
                }

                if (span / interval > SimLimits.MaxPolls)
                {
                    throw field.Error(string.Create(
                        CultureInfo.InvariantCulture,
                        $"the replay would take at least {span / interval:G3} Lithops monitor polls (a span of at least {span:G4} s polled every platform.client.monitoring_interval_s = {interval:G4} s: {why}), more than the {SimLimits.MaxPolls:G3} a run may take; give that row fewer or shorter functions, raise max_workers or monitoring_interval_s"));
                }
            }

            if (jobs.FunctionSecondsAtLeast is { } functionSeconds && factory.MostFunctionsAtOnceOverall(setup, jobs.MemoryMbAtLeast ?? 1) is { } most && functionSeconds / most > SimLimits.MaxSeconds)
            {
                throw field.Error(string.Create(
                    CultureInfo.InvariantCulture,
                    $"the replay would span at least {functionSeconds / most:G4} s: under {policy.Name}, its {jobs.Count:N0} calls need at least {functionSeconds:G4} function-seconds and at most {most:N0} functions of {jobs.MemoryMbAtLeast ?? 1} MB or more can run at once on the cluster's {scenario.Cluster.Invokers.Count} invokers (classic: one container each within their user memory, cluster.memory_mb; burst: one CPU each), beyond the {SimLimits.MaxSeconds:G4} s (about 3.2 years) burstsim simulates; add invokers or memory, lower the functions' memory_mb, or replay fewer or shorter calls (e.g. burstsim trace sample FILES --functions N --scale X --out DIR)"));
            }
        }
    }

    private static void CheckMemory(StreamedJobs jobs, Field field, long availableBytes)
    {
        long held = jobs.CallsHeldAtMost ?? 0;
        long inFlight = jobs.CallsInFlightAtLeast ?? 0;
        long reordered = jobs.RowsReorderedAbout ?? 0;
        double reorderBytes = reordered * (double)BytesPerReorderedRow;
        double bytes = MemoryEstimate.ProcessBytes + (held * (double)BytesPerHeldCall) + (inFlight * (double)BytesPerCallInFlight) + reorderBytes;
        string reorderText = reordered > 1
            ? string.Create(CultureInfo.InvariantCulture, $"{jobs.RowsReorderedWhy}, so the replay holds about {reordered:N0} rows at once to put them in order (at least {BytesPerReorderedRow} B each)")
            : string.Empty;
        if (bytes <= availableBytes)
        {
            if (reorderBytes > WarnReorderedAbove && Warned.TryAdd(jobs.RowsReorderedWhy ?? string.Empty, 0))
            {
                // It fits; say why memory grows and how to avoid it, rather than let a 7x peak go unexplained.
                Cli.CliContext.Stderr.WriteLine(string.Create(CultureInfo.InvariantCulture, $"warning: {reorderText}, about {reorderBytes / 1e9:0.##} GB; sort the file by arrival to replay it in constant memory"));
            }

            return;
        }

        string heldText = held > 0
            ? string.Create(CultureInfo.InvariantCulture, $"{held:N0} calls of {jobs.CallsHeldWhere ?? "one minute"} are drawn and sorted before the first is handed out ({BytesPerHeldCall} B each)")
            : string.Empty;
        string inFlightText = inFlight > 0
            ? string.Create(CultureInfo.InvariantCulture, $"{inFlight:N0} calls of {jobs.CallsInFlightWhere ?? "one minute"} each run a minute or longer, so all are in flight together at its end (at least {BytesPerCallInFlight} B each)")
            : string.Empty;
        string fix = reorderBytes > (held * (double)BytesPerHeldCall) + (inFlight * (double)BytesPerCallInFlight)
            ? "sort the file by arrival (the replay then holds one row at a time)"
            : "replay fewer calls per minute (e.g. burstsim trace sample FILES --functions N --scale X --out DIR, or a smaller max_functions for azure)";
        throw field.Error(string.Create(
            CultureInfo.InvariantCulture,
            $"the replay would hold at least {bytes / 1e9:0.##} GB: {string.Join("; and ", new[] { heldText, inFlightText, reorderText }.Where(t => t.Length > 0))}; more than the {availableBytes / 1e9:0.##} GB this process can use now (free memory, MemAvailable, plus what it holds); {fix}, or use a machine with more memory"));
    }
}
