using System.Collections.Concurrent;
using Burstsim.Scenarios.Outputs;

namespace Burstsim.Scenarios.Execution;

/// <summary>
/// Runs units in parallel (one at a time per thread, dynamically assigned) and returns their results
/// in plan order, so that outputs do not depend on the thread count.
/// </summary>
internal static class PlanExecutor
{
    /// <param name="assembly">Where finished units' CSV activations are appended in plan order as they come (and their files deleted); null to leave every unit's file for the caller.</param>
    /// <param name="what">What the progress bar names before the run count (the figure set's study), or null for the count alone.</param>
    public static UnitResult[] Execute(RunPlan plan, IReadOnlyList<RunUnit> units, string workDirectory, int threads, bool figures, bool interactive, ActivationFormat format = ActivationFormat.Csv, ActivationsAssembly? assembly = null, string? what = null)
    {
        StagingRegistry.CreateDirectory(workDirectory);
        // One run is measured by the functions it has reported; several by the runs done.
        var reported = units.Count == 1 && interactive ? new ReportedFunctions() : null;
        string count = units.Count == 1 ? "1 run" : $"{units.Count} runs";
        return ProgressDisplay.Run(interactive, what is null ? count : $"{what}, {count}", units.Count, step =>
        {
            var results = new UnitResult[units.Count];
            var options = new ParallelOptions { MaxDegreeOfParallelism = threads, CancellationToken = Interruption.Token };
            var order = Partitioner.Create(Enumerable.Range(0, units.Count), EnumerablePartitionerOptions.NoBuffering);
            // A setup the model refuses (InvalidSetupException) comes out wrapped like any other failure; Failures
            // reports it as bad input and everything else (an ArgumentException of the model included) as exit 70.
            Parallel.ForEach(order, options, i =>
            {
                // Box plots and CDFs pool every replication's startups; timelines show replication 0.
                results[i] = UnitRunner.Run(units[i], plan.SweptColumns, workDirectory, figures, format, reported?.Sink());
                assembly?.Done(i, results[i].ActivationsFile);
                step();
            });

            return results;
        }, reported);
    }
}
