using System.Globalization;

namespace Burstsim.Results.Csv;

/// <summary>
/// Which run a row belongs to: the columns that tell policies, replications and swept parameter
/// values apart when several runs share one activations.csv or summary.csv.
/// </summary>
/// <param name="Scenario">Scenario name, e.g. <c>paper-48</c>.</param>
/// <param name="Policy">Placement policy, e.g. <c>classic/sharding</c> or <c>burst/homogeneous</c>.</param>
/// <param name="Granularity">Pack size as the figures label it: <c>1</c>, <c>6</c>, <c>het</c>, <c>join</c>.</param>
/// <param name="Replication">0-based replication index.</param>
/// <param name="Seed">The seed the run was simulated with.</param>
public sealed record RunContext(string Scenario, string Policy, string Granularity, int Replication, ulong Seed)
{
    /// <summary>
    /// Swept parameter values in column order, e.g. (<c>platform.docker.parallel_runs</c>, <c>10</c>).
    /// Values are already formatted (invariant culture): the CSV writes them as they are.
    /// </summary>
    public IReadOnlyList<KeyValuePair<string, string>> Swept { get; init; } = [];

    /// <summary>A copy with one more swept column at the end.</summary>
    public RunContext WithSwept(string name, string value) =>
        this with { Swept = [.. Swept, new KeyValuePair<string, string>(name, value)] };

    /// <summary>The value of a swept column, or null when this context does not set it.</summary>
    public string? SweptValue(string name)
    {
        foreach (var pair in Swept)
        {
            if (string.Equals(pair.Key, name, StringComparison.Ordinal))
            {
                return pair.Value;
            }
        }

        return null;
    }

    /// <summary>Throws when a name is empty or a swept column is named twice or clashes with a fixed column.</summary>
    public void Validate()
    {
        Require(Scenario, nameof(Scenario));
        Require(Policy, nameof(Policy));
        Require(Granularity, nameof(Granularity));
        ArgumentOutOfRangeException.ThrowIfNegative(Replication);
        ArgumentNullException.ThrowIfNull(Swept);

        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var pair in Swept)
        {
            if (string.IsNullOrWhiteSpace(pair.Key))
            {
                throw new ArgumentException("A swept column needs a name.", nameof(Swept));
            }

            if (pair.Value is null)
            {
                throw new ArgumentException($"Swept column '{pair.Key}' has no value.", nameof(Swept));
            }

            if (!seen.Add(pair.Key) || ActivationColumns.IsFixed(pair.Key) || SummaryColumns.IsFixed(pair.Key))
            {
                throw new ArgumentException($"Swept column '{pair.Key}' is named twice or clashes with a fixed column.", nameof(Swept));
            }
        }
    }

    // Records print lists as their type name; show the values so test failures and logs say which run.
    private bool PrintMembers(System.Text.StringBuilder builder)
    {
        builder.Append(CultureInfo.InvariantCulture, $"Scenario = {Scenario}, Policy = {Policy}, Granularity = {Granularity}, Replication = {Replication}, Seed = {Seed}");
        foreach (var pair in Swept)
        {
            builder.Append(CultureInfo.InvariantCulture, $", {pair.Key} = {pair.Value}");
        }

        return true;
    }

    // Records compare lists by reference; two contexts with the same swept values are the same run.
    public bool Equals(RunContext? other) =>
        other is not null
        && string.Equals(Scenario, other.Scenario, StringComparison.Ordinal)
        && string.Equals(Policy, other.Policy, StringComparison.Ordinal)
        && string.Equals(Granularity, other.Granularity, StringComparison.Ordinal)
        && Replication == other.Replication
        && Seed == other.Seed
        && Swept.SequenceEqual(other.Swept);

    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(Scenario, StringComparer.Ordinal);
        hash.Add(Policy, StringComparer.Ordinal);
        hash.Add(Granularity, StringComparer.Ordinal);
        hash.Add(Replication);
        hash.Add(Seed);
        foreach (var pair in Swept)
        {
            hash.Add(pair.Key, StringComparer.Ordinal);
            hash.Add(pair.Value, StringComparer.Ordinal);
        }

        return hash.ToHashCode();
    }

    private static void Require(string value, string name)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            throw new ArgumentException($"{name} must not be empty.", name);
        }
    }
}
