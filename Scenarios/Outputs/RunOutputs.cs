using Burstsim.Results;
using System.Text;
using Burstsim.Results.Csv;
using Burstsim.Results.Parquet;
using Burstsim.Scenarios.Execution;
using Burstsim.Simulator.Scheduling;

namespace Burstsim.Scenarios.Outputs;

/// <summary>Writes a plan's (or shard's) results into the staging folder, in plan order: activations, summary, confidence intervals, burst layout, shard manifest.</summary>
internal static class RunOutputs
{
    public static readonly UTF8Encoding Utf8 = OutputEncoding.Utf8NoBom;

    /// <param name="folder">The staging folder.</param>
    /// <param name="plan">The plan run.</param>
    /// <param name="results">Its (or the shard's) units' results, in plan order.</param>
    /// <param name="shard">The shard's manifest, or null.</param>
    /// <param name="format">How activations are written.</param>
    /// <param name="activationsAssembled">Whether activations.csv was already assembled while the units ran (<see cref="ActivationsAssembly"/>).</param>
    public static void Write(OutputFolder folder, RunPlan plan, IReadOnlyList<UnitResult> results, ShardManifest? shard, ActivationFormat format = ActivationFormat.Csv, bool activationsAssembled = false)
    {
        if (format == ActivationFormat.Parquet)
        {
            if (results.Count == 1)
            {
                // One unit (a trace replay is one): its file is already the run's, so it is moved into place rather than read
                // and written again row group by row group (a day's 20.6 M rows; the copy was the last phase of the run and
                // raised its peak). The unit file is the runner's own, in the staging folder, so this is a rename.
                File.Move(results[0].ActivationsFile, folder.File("activations.parquet"), overwrite: true);
            }
            else
            {
                ActivationParquetWriter.Concatenate(folder.File("activations.parquet"), plan.SweptColumns, results.Select(r => r.ActivationsFile));
            }
        }
        else if (!activationsAssembled)
        {
            ActivationsFile.Assemble(folder.File("activations.csv"), ActivationsFile.Header(plan.SweptColumns), [.. results.Select(r => r.ActivationsFile)]);
        }

        using var summary = new StringWriter { NewLine = "\n" };
        using (var writer = new SummaryCsvWriter(summary, plan.SweptColumns, leaveOpen: true))
        {
            foreach (var result in results)
            {
                Interruption.ThrowIfRequested();
                writer.Add(result.Summary);
            }
        }

        WriteSummaries(folder, summary.ToString());

        // Written whenever the plan has a burst policy, even for a shard without one, so merged shards match the unsharded run.
        if (plan.Units.Any(u => u.Policy.LaunchesPacks))
        {
            using var layout = new StreamWriter(folder.File("burst_info.json"), append: false, Utf8, bufferSize: 1 << 16);
            BurstInfo.Write(layout, BurstInfo.FromResults(results));
        }

        if (shard is not null)
        {
            string[] written = [.. OutputFolder.KnownFiles.Where(n => n != ShardManifest.FileName && File.Exists(folder.File(n)))];
            File.WriteAllText(folder.File(ShardManifest.FileName), shard.Seal(folder.Staging, written).ToJson(), Utf8);
        }
    }

    public static void WriteSummaries(OutputFolder folder, string summaryText)
    {
        File.WriteAllText(folder.File("summary.csv"), summaryText, Utf8);
        File.WriteAllText(folder.File("summary-ci.csv"), SummaryCi.FromSummaryText(summaryText), Utf8);
    }
}
