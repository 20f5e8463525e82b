using System.Globalization;
using System.Text.RegularExpressions;
using Burstsim.Scenarios.Cli;
using Burstsim.Scenarios.Tests.Support;

namespace Burstsim.Scenarios.Tests.Docs;

/// <summary>
/// Every number the docs quote from a run is regenerated and compared, so a model change that moves one fails until
/// the doc moves too. A quoted number is declared by a marker after its paragraph or table:
/// <c>&lt;!-- docs-numbers: run SCENARIO [options] | SELECTOR COLUMN FORMAT = VALUE | ... --&gt;</c>. The run is made
/// with <c>--out</c> added; SELECTOR (<c>policy=classic</c>, more with ',') picks a row of summary.csv (replication 0)
/// or, for a column ending in _mean, _ci95_low or _ci95_high, of summary-ci.csv; FORMAT is a .NET format (<c>0.00</c>);
/// VALUE must be written in the paragraph. <c>docs/update-numbers.sh</c> rewrites the values (paragraph and marker)
/// from fresh runs. Category Docs: .ci/run runs it as its own step.
/// </summary>
[Trait("Category", "Docs")]
public sealed partial class DocsNumberTests
{
    /// <summary>Set to 1 (docs/update-numbers.sh) to rewrite the quoted values from fresh runs instead of comparing.</summary>
    private const string UpdateVariable = "BURSTSIM_DOCS_UPDATE";

    public static TheoryData<string> Markers()
    {
        var data = new TheoryData<string>();
        foreach (string doc in DocCommands.Files(Repository.Root))
        {
            var lines = File.ReadAllLines(Repository.File(doc));
            bool fenced = false;
            for (int i = 0; i < lines.Length; i++)
            {
                // Markers shown in a fenced block or as inline code (the docs that explain them) are text.
                fenced ^= lines[i].TrimStart().StartsWith("```", StringComparison.Ordinal);
                if (!fenced && lines[i].TrimStart().StartsWith("<!--", StringComparison.Ordinal) && Marker().IsMatch(lines[i]))
                {
                    data.Add(string.Create(CultureInfo.InvariantCulture, $"{doc}:{i + 1}"));
                }
            }
        }

        return data;
    }

    [Fact]
    public void The_docs_declare_the_numbers_they_quote()
    {
        Assert.True(Markers().Count >= 3, "the docs-numbers markers are gone");
    }

    [Theory]
    [MemberData(nameof(Markers))]
    public void Quoted_numbers_match_a_fresh_run(string where)
    {
        int colon = where.LastIndexOf(':');
        string doc = where[..colon];
        int index = int.Parse(where[(colon + 1)..], CultureInfo.InvariantCulture) - 1;
        string path = Repository.File(doc);
        var lines = File.ReadAllLines(path);
        var match = Marker().Match(lines[index]);
        string[] parts = match.Groups["body"].Value.Split('|', StringSplitOptions.TrimEntries);
        string run = parts[0];

        using var folder = new TempFolder();
        var result = Shell.Run([.. Words(run), "--out", folder["out"]]);
        Assert.True(result.ExitCode == ExitCodes.Ok, $"{where}: burstsim {run}: {result}");

        // The paragraph (or table) the marker closes: back to the previous blank line.
        int first = index;
        while (first > 0 && lines[first - 1].Trim().Length > 0)
        {
            first--;
        }

        var errors = new List<string>();
        var updated = new List<string> { run };
        string paragraph = string.Join('\n', lines[first..index]);
        int searchFrom = 0;
        foreach (string item in parts.Skip(1))
        {
            var quoted = Item().Match(item);
            Assert.True(quoted.Success, $"{where}: '{item}' is not SELECTOR COLUMN FORMAT = VALUE");
            string column = quoted.Groups["column"].Value;
            string fresh = Value(folder["out"], quoted.Groups["selector"].Value, column).ToString(quoted.Groups["format"].Value, CultureInfo.InvariantCulture);
            string written = quoted.Groups["value"].Value;
            int at = paragraph.IndexOf(written, searchFrom, StringComparison.Ordinal);
            if (at < 0)
            {
                errors.Add($"{where}: the marker quotes {written} for {item}, but the text above it does not say {written}");
            }
            else if (fresh != written)
            {
                errors.Add($"{where}: {quoted.Groups["selector"].Value} {column} is now {fresh}, the doc says {written}");
                paragraph = paragraph[..at] + fresh + paragraph[(at + written.Length)..];
                at += fresh.Length - written.Length;
            }

            searchFrom = Math.Max(searchFrom, at + 1);
            updated.Add($"{quoted.Groups["selector"].Value} {column} {quoted.Groups["format"].Value} = {fresh}");
        }

        if (errors.Count > 0 && Environment.GetEnvironmentVariable(UpdateVariable) == "1")
        {
            var text = lines[..first].Concat(paragraph.Split('\n')).Append(lines[index].Replace(match.Groups["body"].Value, " " + string.Join(" | ", updated) + " ", StringComparison.Ordinal)).Concat(lines[(index + 1)..]);
            File.WriteAllText(path, string.Join('\n', text) + "\n");
            return;
        }

        Assert.True(errors.Count == 0, string.Join('\n', errors) + $"\n(docs/update-numbers.sh rewrites them; set {UpdateVariable}=1)");
    }

    private static double Value(string outDir, string selector, string column)
    {
        bool ci = column.EndsWith("_mean", StringComparison.Ordinal) || column.EndsWith("_ci95_low", StringComparison.Ordinal) || column.EndsWith("_ci95_high", StringComparison.Ordinal);
        var rows = File.ReadAllLines(Path.Combine(outDir, ci ? "summary-ci.csv" : "summary.csv"));
        var header = rows[0].Split(',');
        var wanted = selector.Split(',').Select(s => s.Split('=', 2)).Select(kv => (Column: Array.IndexOf(header, kv[0]), kv[1])).Append((Column: ci ? -1 : Array.IndexOf(header, "replication"), "0")).Where(w => w.Column >= 0).ToArray();
        int col = Array.IndexOf(header, column);
        Assert.True(col >= 0, $"no column {column} in {string.Join(',', header)}");
        var row = rows.Skip(1).Select(r => r.Split(',')).Single(cells => wanted.All(w => cells[w.Column] == w.Item2));
        return double.Parse(row[col], CultureInfo.InvariantCulture);
    }

    private static string[] Words(string run) => run.Split(' ', StringSplitOptions.RemoveEmptyEntries);

    [GeneratedRegex(@"<!--\s*docs-numbers:(?<body>.*?)-->", RegexOptions.CultureInvariant)]
    private static partial Regex Marker();

    [GeneratedRegex(@"^(?<selector>\S+)\s+(?<column>\S+)\s+(?<format>\S+)\s*=\s*(?<value>\S+)$", RegexOptions.CultureInvariant)]
    private static partial Regex Item();
}
