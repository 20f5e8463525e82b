using Burstsim.Results;
using System.Globalization;
using System.Text;
using Burstsim.Results.Cost;
using Burstsim.Results.Csv;
using Burstsim.Results.Parquet;
using Burstsim.Scenarios.Outputs;
using Burstsim.Results.Summary;
using Burstsim.Simulator;
using Burstsim.Simulator.Platform;

namespace Burstsim.Scenarios.Execution;

/// <summary>
/// Runs one unit: the model streams each activation into the unit's own activations file (so units
/// can run in parallel and still be concatenated in plan order) and into its summary accumulator.
/// </summary>
internal static class UnitRunner
{
    /// <param name="progress">Also told of every row (the progress display's count of reported functions); null for none.</param>
    public static UnitResult Run(RunUnit unit, IReadOnlyList<string> sweptColumns, string workDirectory, bool figures, ActivationFormat format = ActivationFormat.Csv, IActivationSink? progress = null)
    {
        string extension = format == ActivationFormat.Parquet ? "parquet" : "csv";
        string file = Path.Combine(workDirectory, string.Create(CultureInfo.InvariantCulture, $"unit-{unit.Index:D7}.{extension}"));
        var summary = new RunSummaryAccumulator(unit.Context);
        var timeline = figures && unit.Replication == 0 ? new TimelineCollector(unit.Scenario.Cluster) : null;
        using var guard = new MemoryGuard(AvailableMemory.Bytes(), Interruption.Token);
        var setup = new RunSetup(unit.Scenario.Cluster, unit.Scenario.Parameters, unit.Case.Workload, unit.Policy, unit.Seed) { Faults = unit.Scenario.Faults, Cancellation = guard.Token };

        // The rows are written and summarised on a thread of their own while the model runs (BackgroundSink).
        RunOutcome Execute(IActivationSink rows)
        {
            var sinks = new List<IActivationSink> { rows, summary };
            if (timeline is not null)
            {
                sinks.Add(timeline);
            }

            sinks.Add(new CollectionPacer());
            if (progress is not null)
            {
                sinks.Add(progress);
            }

            using var background = new BackgroundSink(new ActivationFanOut([.. sinks]));
            var done = PlatformRun.Execute(setup, background);
            background.Complete();
            return done;
        }

        RunOutcome outcome;
        try
        {
            outcome = Write(file, format, sweptColumns, unit, Execute);
        }
        catch (OperationCanceledException) when (guard.Tripped && !Interruption.Requested)
        {
            throw guard.Refusal($"{unit.Context.Policy}, replication {unit.Replication}, case {unit.Case.Label}");
        }

        var row = WithCost(summary, outcome, unit);
        return new UnitResult(
            unit,
            row with
            {
                FunctionsRequested = outcome.FunctionsRequested,
                RejectedJobs = outcome.RejectedJobs,
                RejectedFunctions = outcome.RejectedFunctions,
                Http429 = outcome.Throttled,
                Http503 = outcome.ServiceUnavailable,
                InvokersTakenOut = outcome.InvokersTakenOut,
                DroppedTraceInvocations = outcome.DroppedTraceInvocations,
            },
            outcome.BurstLayout,
            outcome.Errors,
            Checks(unit, outcome, summary.Rows, row),
            file,
            figures ? [.. summary.StartupSeconds] : null,
            timeline?.Rows());
    }

    /// <summary>Runs the unit into its activations file, in the format asked for.</summary>
    private static RunOutcome Write(string file, ActivationFormat format, IReadOnlyList<string> sweptColumns, RunUnit unit, Func<IActivationSink, RunOutcome> execute)
    {
        if (format == ActivationFormat.Parquet)
        {
            // Created through the registry, as the CSV's WriteBehindStream: refused once a signal came, so no unit file
            // appears while the staging folder is being removed.
            using var parquet = new ActivationParquetWriter(StagingRegistry.CreateFile(file, bufferSize: 1 << 16), sweptColumns);
            parquet.Context = unit.Context;
            return execute(parquet);
        }

        using var output = new StreamWriter(new WriteBehindStream(file), OutputEncoding.Utf8NoBom, bufferSize: 1 << 16);
        using var csv = new ActivationCsvWriter(output, sweptColumns) { Context = unit.Context };
        return execute(csv);
    }

    private static SummaryRow WithCost(RunSummaryAccumulator summary, RunOutcome outcome, RunUnit unit)
    {
        var row = summary.ToSummaryRow();
        return row with
        {
            Cost = CostCalculator.Compute(outcome.Usage, outcome.Usage.CpuUsedSeconds, RentedSpan(summary, row), unit.Scenario.Cluster, unit.Scenario.Pricing, outcome.Bill),
            IdleMemoryGbS = outcome.Usage.IdleMemoryMbSeconds / CostCalculator.MbPerGb,
        };
    }

    // The invokers are rented for the makespan; a run in which no function succeeded has none, but its attempts still
    // held the cluster from the first job's creation to their last worker end.
    private static double RentedSpan(RunSummaryAccumulator summary, SummaryRow row) =>
        double.IsFinite(row.MakespanS) ? row.MakespanS : summary.AttemptsSpanS;

    /// <summary>Invariants of the model that every run must keep; a broken one makes the command exit 1.</summary>
    private static List<string> Checks(RunUnit unit, RunOutcome outcome, int rows, SummaryRow row)
    {
        var failed = new List<string>();
        string where = $"{unit.Context.Policy}, replication {unit.Replication}, case {unit.Case.Label}";
        if (row.Cost is { Utilisation: > 1 + 1e-9 } cost)
        {
            // busy_cpu_s is CPU time delivered by the invokers' CPUs, which cannot exceed what the cluster has.
            failed.Add($"{where}: utilisation is {cost.Utilisation:0.######} (busy {cost.BusyCpuSeconds:0.###} CPU-s), above 1");
        }

        if (outcome.FunctionsReported != rows)
        {
            failed.Add($"{where}: the model reported {outcome.FunctionsReported} functions but {rows} activation records arrived");
        }

        var cluster = unit.Scenario.Cluster;
        for (int i = 0; i < outcome.FinalInventory.Count && i < cluster.Invokers.Count; i++)
        {
            if (outcome.FinalInventory[i] != cluster.Invokers[i].Cpus && !outcome.OfflineInvokers.Contains(i))
            {
                failed.Add($"{where}: {cluster.Invokers[i].Name} ended with {outcome.FinalInventory[i]} free CPUs in the controller's inventory, not its {cluster.Invokers[i].Cpus}");
            }
        }

        return failed;
    }
}
