using System.Security.Cryptography;
using System.Text;
using Burstsim.Results.Csv;
using Burstsim.Scenarios.Cli;
using Burstsim.Scenarios.Model;

namespace Burstsim.Scenarios.Execution;

/// <summary>
/// Every run of a scenario or sweep in a fixed order: variant, then case, then policy, then replication.
/// The order is the output order, the shard order and the merge order.
/// </summary>
internal sealed class RunPlan
{
    private RunPlan(IReadOnlyList<RunUnit> units, IReadOnlyList<string> sweptColumns)
    {
        Units = units;
        SweptColumns = sweptColumns;
        _fingerprint = new Lazy<string>(() => ComputeFingerprint(units, sweptColumns));
    }

    public IReadOnlyList<RunUnit> Units { get; }

    /// <summary>The extra output columns: the sweep's varied paths, then the cases' columns, in first-seen order.</summary>
    public IReadOnlyList<string> SweptColumns { get; }

    private readonly Lazy<string> _fingerprint;

    /// <summary>
    /// Identifies the plan, so that merge refuses shards of different sweeps. Computed on first use: it writes
    /// out every variant (a long Azure trace is megabytes), which only a sharded sweep needs.
    /// </summary>
    public string Fingerprint => _fingerprint.Value;

    public static RunPlan Build(IReadOnlyList<Scenario> variants)
    {
        ArgumentNullException.ThrowIfNull(variants);
        var units = new List<RunUnit>();
        var columns = new List<string>();
        foreach (var scenario in variants)
        {
            Interruption.ThrowIfRequested();
            foreach (var @case in scenario.Cases)
            {
                var swept = scenario.Columns.Concat(@case.Columns).ToArray();
                var clash = swept.GroupBy(p => p.Key, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
                if (clash is not null)
                {
                    throw new InputException(clash.Key, $"is both a varied path and a column of case '{@case.Label}'; rename the case column");
                }

                foreach (var pair in swept.Where(p => !columns.Contains(p.Key, StringComparer.Ordinal)))
                {
                    columns.Add(pair.Key);
                }

                foreach (var policy in @case.Policies ?? scenario.Policies)
                {
                    for (int r = 0; r < scenario.Replications; r++)
                    {
                        var context = new RunContext(scenario.Name, policy.Name, policy.GranularityLabel, r, unchecked(scenario.Seed + (ulong)r)) { Swept = swept };
                        units.Add(new RunUnit(units.Count, scenario, @case, policy, r, context));
                    }
                }
            }
        }

        return new RunPlan(units, columns);
    }

    /// <summary>
    /// SHA-256 (first 16 hex digits) of every unit's resolved inputs: the whole variant as bound after the file,
    /// profile, --overlay, --set and --vary (cluster, platform parameters, cases and their workloads, faults,
    /// pricing, policies, seed), then the unit's case, policy, replication and seed. Shards agree on it exactly
    /// when they would simulate the same runs, so merge can refuse a shard run with any other value.
    /// </summary>
    private static string ComputeFingerprint(IReadOnlyList<RunUnit> units, IReadOnlyList<string> columns)
    {
        // Hashed line by line: the text of a million variants is gigabytes, which the whole string would hold at once
        // (twice, as UTF-16 and UTF-8). Lines end at '\n', never inside a character, so the bytes hashed are the same.
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var text = new StringBuilder();
        text.AppendJoin('\u001f', columns).Append('\n');
        Flush(hash, text);

        // A variant's units share its Scenario object: write each variant once and let its units refer to it.
        var variants = new Dictionary<Scenario, int>(ReferenceEqualityComparer.Instance);
        foreach (var u in units)
        {
            Interruption.ThrowIfRequested();
            if (!variants.TryGetValue(u.Scenario, out int variant))
            {
                variant = variants.Count;
                variants.Add(u.Scenario, variant);
                text.Append("variant ").Append(variant).Append(' ');
                // The resolved YAML is how the values were written, not what they are: "0.5" and "0.50" are one plan.
                CanonicalText.Append(text, u.Scenario with { ResolvedYaml = "" });
                text.Append('\n');
            }

            var c = u.Context;
            text.Append(variant).Append('\u001f').Append(c.Scenario).Append('\u001f').Append(u.Case.Label).Append('\u001f').Append(c.Policy)
                .Append('\u001f').Append(c.Replication).Append('\u001f').Append(c.Seed);
            foreach (var pair in c.Swept)
            {
                text.Append('\u001f').Append(pair.Key).Append('=').Append(pair.Value);
            }

            text.Append('\n');
            Flush(hash, text);
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset())[..16];
    }

    private static void Flush(IncrementalHash hash, StringBuilder text)
    {
        // The whole line at once: a StringBuilder chunk may end between the two halves of a surrogate pair.
        hash.AppendData(Encoding.UTF8.GetBytes(text.ToString()));
        text.Clear();
    }
}
