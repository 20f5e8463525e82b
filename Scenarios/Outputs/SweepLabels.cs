using Burstsim.Scenarios.Execution;

namespace Burstsim.Scenarios.Outputs;

/// <summary>
/// Short names for a sweep's varied fields, so a row's label fits beside the numbers at 80 columns:
/// <c>platform.invoker.docker_parallel_runs</c> reads "dpr" (the initials of its last segment's words),
/// <c>workload.functions</c> reads "functions" (a one-word last segment as it is). When two fields would share a short
/// name, the last segments are used, and when those clash too, the full paths. A legend printed once above the tables
/// maps every abbreviated name to its full <c>--vary</c> path.
/// </summary>
internal sealed record SweepLabels(IReadOnlyDictionary<string, string> ShortNames)
{
    /// <summary>The short names of the fields varied across <paramref name="results"/> (none for a run).</summary>
    public static SweepLabels Of(IReadOnlyList<UnitResult> results)
    {
        ArgumentNullException.ThrowIfNull(results);
        var paths = results.SelectMany(r => r.Unit.Scenario.Columns.Select(c => c.Key)).Distinct(StringComparer.Ordinal).ToArray();
        foreach (Func<string, string> name in new Func<string, string>[] { Initials, LastSegment, p => p })
        {
            var names = paths.Select(name).ToArray();
            if (names.Distinct(StringComparer.Ordinal).Count() == names.Length)
            {
                return new SweepLabels(paths.Zip(names).ToDictionary(p => p.First, p => p.Second, StringComparer.Ordinal));
            }
        }

        throw new InvalidOperationException("internal error in SweepLabels: distinct paths gave equal full names");
    }

    /// <summary>A row's label: "dpr=5, drss=0.05".</summary>
    public string Label(UnitResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return string.Join(", ", result.Unit.Scenario.Columns.Select(c => $"{ShortNames[c.Key]}={c.Value}"));
    }

    /// <summary>"sweep: dpr = platform.invoker.docker_parallel_runs", one line per abbreviated field; none when every name is its path.</summary>
    public IEnumerable<string> Legend() =>
        ShortNames.Where(p => !string.Equals(p.Key, p.Value, StringComparison.Ordinal)).Select(p => $"sweep: {p.Value} = {p.Key}");

    private static string LastSegment(string path) => path.Split('.')[^1];

    private static string Initials(string path)
    {
        var words = LastSegment(path).Split('_', StringSplitOptions.RemoveEmptyEntries);
        return words.Length < 2 ? LastSegment(path) : string.Concat(words.Select(w => w[0]));
    }
}
