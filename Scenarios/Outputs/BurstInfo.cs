using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Burstsim.Scenarios.Execution;
using Burstsim.Simulator.Scheduling;

namespace Burstsim.Scenarios.Outputs;

/// <summary>
/// burst_info.json: for each burst policy, for each run, the thesis' Listing 4.2 layout
/// <c>{"invoker0": {"container3": [first, last], ...}, ...}</c>. Runs are keyed
/// <c>replication/case</c>, prefixed by the swept values (<c>path=value,.../</c>) in a sweep and
/// suffixed by <c>/jobN</c> when a run holds several bursts. Keys keep plan order.
/// </summary>
internal static class BurstInfo
{
    private static readonly JavaScriptEncoder Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping;

    public static IEnumerable<BurstRunLayout> FromResults(IEnumerable<UnitResult> results)
    {
        foreach (var result in results.Where(r => r.Unit.Policy.Kind == PolicyKind.Burst))
        {
            var unit = result.Unit;
            var invokerOrder = unit.Scenario.Cluster.Invokers.Select((inv, i) => (inv.Name, i)).ToDictionary(p => p.Name, p => p.i, StringComparer.Ordinal);
            string variant = string.Join(",", unit.Scenario.Columns.Select(p => $"{p.Key}={p.Value}"));
            string key = (variant.Length > 0 ? variant + "/" : string.Empty) + unit.Replication.ToString(CultureInfo.InvariantCulture) + "/" + unit.Case.Label;
            var jobs = result.Layout.GroupBy(p => p.JobId).OrderBy(g => g.Key).ToArray();
            if (jobs.Length == 0)
            {
                yield return new BurstRunLayout(unit.Policy.Name, key, []);
            }

            foreach (var job in jobs)
            {
                var invokers = job
                    .GroupBy(p => p.Invoker, StringComparer.Ordinal)
                    .OrderBy(g => invokerOrder.GetValueOrDefault(g.Key, int.MaxValue)).ThenBy(g => g.Key, StringComparer.Ordinal)
                    .Select(g => new BurstInvokerLayout(g.Key, [.. g.OrderBy(p => p.FirstWorker).Select(p => new BurstContainerRange(p.Container, p.FirstWorker, p.LastWorker))]))
                    .ToArray();
                yield return new BurstRunLayout(unit.Policy.Name, jobs.Length > 1 ? $"{key}/job{job.Key.ToString(CultureInfo.InvariantCulture)}" : key, invokers);
            }
        }
    }

    public static string Write(IEnumerable<BurstRunLayout> runs)
    {
        var text = new StringBuilder("{");
        bool firstPolicy = true;
        foreach (var policy in runs.GroupBy(r => r.Policy, StringComparer.Ordinal))
        {
            text.Append(firstPolicy ? "\n" : ",\n").Append("  ").Append(Quote(policy.Key)).Append(": {");
            firstPolicy = false;
            bool firstRun = true;
            foreach (var run in policy)
            {
                text.Append(firstRun ? "\n" : ",\n").Append("    ").Append(Quote(run.RunKey)).Append(": {");
                firstRun = false;
                for (int i = 0; i < run.Invokers.Count; i++)
                {
                    var invoker = run.Invokers[i];
                    text.Append(i == 0 ? "\n" : ",\n").Append("      ").Append(Quote(invoker.Invoker)).Append(": {");
                    var seen = new HashSet<string>(StringComparer.Ordinal);
                    text.AppendJoin(", ", invoker.Containers.Select(c =>
                        string.Create(CultureInfo.InvariantCulture, $"{Quote(Unique(c.Container, seen))}: [{c.First}, {c.Last}]")));
                    text.Append('}');
                }

                text.Append(run.Invokers.Count > 0 ? "\n    }" : "}");
            }

            text.Append("\n  }");
        }

        return text.Append(firstPolicy ? "}\n" : "\n}\n").ToString();
    }

    /// <summary>Reads a burst_info.json back (for merge); the shape is checked, order kept.</summary>
    public static IReadOnlyList<BurstRunLayout> Read(string json, string source)
    {
        var runs = new List<BurstRunLayout>();
        using var document = JsonDocument.Parse(json);
        foreach (var policy in Objects(document.RootElement, source))
        {
            foreach (var run in Objects(policy.Value, source))
            {
                var invokers = Objects(run.Value, source).Select(inv => new BurstInvokerLayout(
                    inv.Name,
                    [.. Objects(inv.Value, source).Select(c => new BurstContainerRange(c.Name, Bound(c.Value, 0, source), Bound(c.Value, 1, source)))])).ToArray();
                runs.Add(new BurstRunLayout(policy.Name, run.Name, invokers));
            }
        }

        return runs;
    }

    private static IEnumerable<JsonProperty> Objects(JsonElement element, string source) =>
        element.ValueKind == JsonValueKind.Object ? element.EnumerateObject() : throw new FormatException($"{source}: expected a JSON object, found {element.ValueKind}");

    private static int Bound(JsonElement range, int index, string source) =>
        range.ValueKind == JsonValueKind.Array && range.GetArrayLength() == 2 ? range[index].GetInt32() : throw new FormatException($"{source}: a container's value must be [first, last]");

    private static string Quote(string text) => "\"" + JsonEncodedText.Encode(text, Encoder).ToString() + "\"";

    // JSON keys must be unique; a container name seen twice for one invoker (never expected) gets a #n suffix.
    private static string Unique(string name, HashSet<string> seen)
    {
        string candidate = name;
        for (int n = 2; !seen.Add(candidate); n++)
        {
            candidate = string.Create(CultureInfo.InvariantCulture, $"{name}#{n}");
        }

        return candidate;
    }
}
