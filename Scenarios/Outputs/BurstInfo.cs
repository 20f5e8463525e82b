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
/// suffixed by <c>/jobN</c> when a run holds several bursts; a part holding '/' or '%' is percent-encoded
/// (<c>a%2Fjob1</c>), so no two runs share a key. Keys keep plan order.
/// </summary>
internal static class BurstInfo
{
    private static readonly JavaScriptEncoder Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping;

    public static IEnumerable<BurstRunLayout> FromResults(IEnumerable<UnitResult> results)
    {
        foreach (var result in results.Where(r => r.Unit.Policy.LaunchesPacks))
        {
            var unit = result.Unit;
            var invokerOrder = unit.Scenario.Cluster.Invokers.Select((inv, i) => (inv.Name, i)).ToDictionary(p => p.Name, p => p.i, StringComparer.Ordinal);
            string variant = string.Join(",", unit.Scenario.Columns.Select(p => $"{p.Key}={p.Value}"));
            string replication = unit.Replication.ToString(CultureInfo.InvariantCulture);
            // Each part percent-encoded where it holds the '/' (a case "a/job1", a swept path): case "a"'s second burst
            // and a case named "a/job1" were one key, and a JSON reader kept one of the two (hostile11 B2).
            string[] parts = variant.Length > 0 ? [variant, replication, unit.Case.Label] : [replication, unit.Case.Label];
            var jobs = result.Layout.GroupBy(p => p.JobId).OrderBy(g => g.Key).ToArray();
            if (jobs.Length == 0)
            {
                yield return new BurstRunLayout(unit.Policy.Name, Traces.FunctionKey.Join("/", parts), []);
            }

            foreach (var job in jobs)
            {
                var invokers = job
                    .GroupBy(p => p.Invoker, StringComparer.Ordinal)
                    .OrderBy(g => invokerOrder.GetValueOrDefault(g.Key, int.MaxValue)).ThenBy(g => g.Key, StringComparer.Ordinal)
                    .Select(g => new BurstInvokerLayout(g.Key, [.. g.OrderBy(p => p.FirstWorker).Select(p => new BurstContainerRange(p.Container, p.FirstWorker, p.LastWorker))]))
                    .ToArray();
                string key = jobs.Length > 1 ? Traces.FunctionKey.Join("/", [.. parts, "job" + job.Key.ToString(CultureInfo.InvariantCulture)]) : Traces.FunctionKey.Join("/", parts);
                yield return new BurstRunLayout(unit.Policy.Name, key, invokers);
            }
        }
    }

    /// <summary>The burst_info.json text of <paramref name="runs"/> (for tests and small layouts).</summary>
    public static string Write(IEnumerable<BurstRunLayout> runs)
    {
        using var text = new StringWriter { NewLine = "\n" };
        Write(text, runs);
        return text.ToString();
    }

    /// <summary>
    /// Streams burst_info.json into <paramref name="output"/>: a ten-million-function burst has 208 334 packs, and
    /// building the 13 MB text in memory first doubled the run's peak allocation at its very end.
    /// </summary>
    public static void Write(TextWriter output, IEnumerable<BurstRunLayout> runs)
    {
        output.Write('{');
        bool firstPolicy = true;
        foreach (var policy in runs.GroupBy(r => r.Policy, StringComparer.Ordinal))
        {
            output.Write(firstPolicy ? "\n  " : ",\n  ");
            output.Write(Quote(policy.Key));
            output.Write(": {");
            firstPolicy = false;
            bool firstRun = true;
            foreach (var run in policy)
            {
                output.Write(firstRun ? "\n    " : ",\n    ");
                output.Write(Quote(run.RunKey));
                output.Write(": {");
                firstRun = false;
                for (int i = 0; i < run.Invokers.Count; i++)
                {
                    var invoker = run.Invokers[i];
                    output.Write(i == 0 ? "\n      " : ",\n      ");
                    output.Write(Quote(invoker.Invoker));
                    output.Write(": {");
                    var seen = new HashSet<string>(StringComparer.Ordinal);
                    for (int c = 0; c < invoker.Containers.Count; c++)
                    {
                        var range = invoker.Containers[c];
                        output.Write(c == 0 ? string.Empty : ", ");
                        output.Write(Quote(Unique(range.Container, seen)));
                        output.Write(string.Create(CultureInfo.InvariantCulture, $": [{range.First}, {range.Last}]"));
                    }

                    output.Write('}');
                }

                output.Write(run.Invokers.Count > 0 ? "\n    }" : "}");
            }

            output.Write("\n  }");
        }

        output.Write(firstPolicy ? "}\n" : "\n}\n");
    }

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
