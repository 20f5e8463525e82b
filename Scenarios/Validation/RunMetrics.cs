using Burstsim.Results.Csv;
using Burstsim.Results.Summary;
using Burstsim.Simulator.Platform;

namespace Burstsim.Scenarios.Validation;

/// <summary>One run's summary (startup percentiles, makespan, peak concurrency) and its sorted startups, real or simulated, by the same definitions.</summary>
/// <param name="Summary">The summary.csv row of the run.</param>
/// <param name="Startups">Every function's startup in seconds, ascending.</param>
internal sealed record RunMetrics(SummaryRow Summary, IReadOnlyList<double> Startups)
{
    public static RunMetrics Of(RunContext context, IEnumerable<ActivationRecord> records)
    {
        var accumulator = new RunSummaryAccumulator(context);
        foreach (var record in records)
        {
            accumulator.Add(record);
        }

        return new RunMetrics(accumulator.ToSummaryRow(), [.. accumulator.StartupSeconds]);
    }
}
