using Burstsim.Results.Statistics;
using Burstsim.Simulator.Engine;

namespace Burstsim.Scenarios.Traces;

/// <summary>
/// Chooses N functions of a trace that keep its distributions of per-function rate and mean duration, as invitro's sampler
/// does (vhive-serverless/invitro, sampler/sample.py): draw several uniform random samples of N functions and keep the one
/// closest to the trace in Wasserstein-1 distance. invitro compares each minute's invocation counts and resource use;
/// burstsim compares the per-function mean rate (calls/min) and mean duration (s), on log10 scale because both span
/// decades (Shahrad et al., ATC'20, Figures 5 and 7), and scores a sample by the mean of the two distances (rate alone
/// where the trace gives no run times). Draws come from the stream <c>trace.sample</c> of the seed: same trace, N, trials
/// and seed give the same functions.
/// </summary>
internal static class TraceSampler
{
    /// <summary>Samples drawn by default: invitro's reference samples were chosen from 16 trials (docs/sampler.md).</summary>
    public const int DefaultTrials = 16;

    /// <summary>Most samples <c>--trials</c> may ask for: far past the point where the best sample's distance still moves.</summary>
    public const int MostTrials = 10_000;

    /// <summary>
    /// Most trials x functions scored in one command: each trial sorts and compares the whole trace's per-function
    /// values, under 1 µs per function (1000 trials of bench/azure_day.py's 4000-function day: 4.8 s of CPU with the reading),
    /// so 1e8 is a minute or two.
    /// </summary>
    public const double MostFunctionTrials = 1e8;

    /// <summary>The best of <paramref name="trials"/> random samples of <paramref name="count"/> functions (all of them: the trace itself).</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="count"/> outside [1, functions] or <paramref name="trials"/> below 1 (the command checks both first).</exception>
    public static SampleChoice Choose(TraceProfile trace, int count, int trials, ulong seed)
    {
        ArgumentNullException.ThrowIfNull(trace);
        int n = trace.Functions.Count;
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(count, n);
        ArgumentOutOfRangeException.ThrowIfLessThan(trials, 1);
        var whole = trace.Quantities();
        var random = new RandomStreams(seed).Open("trace.sample");
        int[] best = [];
        double bestScore = double.PositiveInfinity;
        int drawn = count == n ? 1 : trials;
        for (int t = 0; t < drawn; t++)
        {
            Execution.Interruption.ThrowIfRequested();
            int[] indices = Draw(random, n, count);
            double score = Score(trace, whole, indices);
            if (score < bestScore || best.Length == 0)
            {
                (best, bestScore) = (indices, score);
            }
        }

        var chosen = best.Select(i => trace.Functions[i]).ToArray();
        return new SampleChoice(chosen, Distances(trace, whole, chosen), bestScore, drawn);
    }

    /// <summary>The distances of <paramref name="sample"/>'s per-function quantities from <paramref name="trace"/>'s.</summary>
    public static IReadOnlyList<SampleDistance> Distances(TraceProfile trace, IReadOnlyList<(string Quantity, double[] Values)> whole, IReadOnlyList<FunctionProfile> sample) =>
        [.. whole.Zip(trace.Quantities(sample), (w, s) => s.Values.Length == 0
            ? new SampleDistance(w.Quantity, double.NaN, double.NaN)
            : new SampleDistance(w.Quantity, Wasserstein.Distance(w.Values.Select(Math.Log10), s.Values.Select(Math.Log10)), KolmogorovSmirnov.Distance(w.Values, s.Values)))];

    private static double Score(TraceProfile trace, IReadOnlyList<(string Quantity, double[] Values)> whole, int[] indices)
    {
        // Rate and duration only: memory is what invitro folds into resources, but burstsim's scenarios may override it.
        var scored = Distances(trace, whole, [.. indices.Select(i => trace.Functions[i])]).Take(trace.HasDurations ? 2 : 1).ToArray();
        return scored.Any(d => double.IsNaN(d.Wasserstein)) ? double.PositiveInfinity : scored.Average(d => d.Wasserstein);
    }

    /// <summary><paramref name="count"/> distinct indices below <paramref name="n"/>, uniformly (a partial Fisher-Yates shuffle), ascending.</summary>
    private static int[] Draw(StreamRandom random, int n, int count)
    {
        int[] all = [.. Enumerable.Range(0, n)];
        for (int i = 0; i < count; i++)
        {
            int j = i + random.Next(n - i);
            (all[i], all[j]) = (all[j], all[i]);
        }

        return [.. all.Take(count).Order()];
    }
}
