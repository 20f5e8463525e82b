using Burstsim.Results.Regression;
using Burstsim.Scenarios.Outputs;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace Burstsim.Scenarios.Check;

/// <summary>
/// The gate's table, one row per check, as wide as <see cref="ConsoleWidth"/> allows (200 columns when captured and
/// <c>COLUMNS</c> is unset, so CI logs keep one line a check). Widest first: scenario / [case /] policy / metric /
/// baseline / now / delta / allowed / verdict. When that does not fit, the names move out of the columns into a heading
/// line over their rows ("paper-startup, w48:" over policy and metric columns, then "paper-startup, w48, burst:g=2:"
/// over the metric column alone), as the run tables do; below <see cref="ConsoleTables.NarrowBelow"/> columns the box
/// becomes a rule under the header and columns sit one blank closer.
/// </summary>
internal static class CheckTable
{
    /// <summary>The width when captured (tests, CI, pipes) and <c>COLUMNS</c> is unset: the widest layout's 160 columns fit.</summary>
    private const int CapturedWidth = 200;

    // How many of the name columns (scenario, case, policy) stay columns; the rest go to the heading.
    private enum Names
    {
        All,
        Policy,
        None,
    }

    public static void Print(TextWriter stdout, bool interactive, IReadOnlyList<MetricCheck> checks, bool improvementsFail)
    {
        var console = ConsoleTables.Create(stdout, interactive, CapturedWidth);
        bool showCase = checks.Any(c => !string.Equals(c.Run.Case, c.Run.Scenario, StringComparison.Ordinal));
        int width = console.Profile.Width;
        bool compact = width < ConsoleTables.NarrowBelow;
        foreach (var names in new[] { Names.All, Names.Policy, Names.None })
        {
            var whole = Build(console, interactive, checks, names, showCase, compact, improvementsFail, widths: null, header: true);
            if (names == Names.None || ConsoleTables.NaturalWidth(whole) <= width)
            {
                if (names == Names.All)
                {
                    ConsoleTables.Write(console, whole);
                }
                else
                {
                    WriteGrouped(console, interactive, checks, names, showCase, compact, improvementsFail, Widths(whole));
                }

                return;
            }
        }
    }

    public static string VerdictText(MetricCheck check, bool improvementsFail) => check.Verdict switch
    {
        Verdict.Regressed => "REGRESSED",
        Verdict.Improved when improvementsFail => "IMPROVED (update)",
        Verdict.Improved => "improved",
        _ => "ok",
    };

    // One table per heading, every one with the columns of the table of all rows (so they line up), the header over the first only.
    private static void WriteGrouped(IAnsiConsole console, bool interactive, IReadOnlyList<MetricCheck> checks, Names names, bool showCase, bool compact, bool improvementsFail, IReadOnlyList<int> widths)
    {
        bool first = true;
        foreach (var group in Groups(checks, c => Heading(c, names, showCase)))
        {
            foreach (string line in ConsoleTables.Wrap(group.Key + ":", console.Profile.Width, "  "))
            {
                console.Write(new Text(line + "\n", interactive ? new Style(decoration: Decoration.Bold) : Style.Plain));
            }

            ConsoleTables.Write(console, Build(console, interactive, group.Value, names, showCase, compact, improvementsFail, widths, header: first));
            first = false;
        }
    }

    // Consecutive checks with the same heading, in their order (the gate's order: scenario, case, policy, metric).
    private static List<KeyValuePair<string, List<MetricCheck>>> Groups(IReadOnlyList<MetricCheck> checks, Func<MetricCheck, string> key)
    {
        var groups = new List<KeyValuePair<string, List<MetricCheck>>>();
        foreach (var check in checks)
        {
            string k = key(check);
            if (groups.Count == 0 || !string.Equals(groups[^1].Key, k, StringComparison.Ordinal))
            {
                groups.Add(new(k, []));
            }

            groups[^1].Value.Add(check);
        }

        return groups;
    }

    private static string Heading(MetricCheck check, Names names, bool showCase) =>
        string.Join(", ", new[] { check.Run.Scenario, showCase ? check.Run.Case : "", names == Names.None ? check.Run.Policy : "" }.Where(s => s.Length > 0));

    // widths: each column's width (from the table of every row), or null for the natural widths.
    private static Table Build(IAnsiConsole console, bool interactive, IReadOnlyList<MetricCheck> checks, Names names, bool showCase, bool compact, bool improvementsFail, IReadOnlyList<int>? widths, bool header)
    {
        // Boxed only when every name is a column: grouped rows read as one table under a single header rule.
        var table = names == Names.All ? ConsoleTables.NewTable(console, interactive) : new Table().Border(interactive ? HeaderRuleBorder.Unicode : HeaderRuleBorder.Hyphens);
        void Add(TableColumn column)
        {
            if (compact || names != Names.All)
            {
                // One blank before every column but the first, none after: with the border's blank, two between columns.
                column.Padding(table.Columns.Count == 0 ? 0 : 1, 0, 0, 0);
            }

            if (widths is not null)
            {
                column.Width(widths[table.Columns.Count]);
            }

            table.AddColumn(column.NoWrap());
        }

        if (names == Names.All)
        {
            Add(new TableColumn("scenario"));
            if (showCase)
            {
                Add(new TableColumn("case"));
            }
        }

        if (names != Names.None)
        {
            Add(new TableColumn("policy"));
        }

        Add(new TableColumn("metric"));
        foreach (string column in new[] { "baseline", "now", "delta", "allowed" })
        {
            Add(new TableColumn(column).RightAligned());
        }

        Add(new TableColumn("verdict"));
        if (!header)
        {
            table.HideHeaders();
        }

        foreach (var check in checks)
        {
            var cells = new List<string>();
            if (names == Names.All)
            {
                cells.Add(check.Run.Scenario);
                if (showCase)
                {
                    cells.Add(check.Run.Case);
                }
            }

            if (names != Names.None)
            {
                cells.Add(check.Run.Policy);
            }

            cells.AddRange([check.Metric.Name, check.Short(check.Baseline.Mean), check.Short(check.Now.Mean), check.DeltaText(), check.Short(check.Allowed)]);
            var row = cells.Select(c => (IRenderable)new Text(c)).ToList();
            row.Add(new Text(VerdictText(check, improvementsFail), VerdictStyle(check, improvementsFail)));
            table.AddRow(row);
        }

        return table;
    }

    // Each column's width in characters: its longest header line or cell.
    private static int[] Widths(Table table) =>
        [.. table.Columns.Select((column, i) => Math.Max(
            Length(column.Header),
            table.Rows.Select(r => Length(r[i])).DefaultIfEmpty(0).Max()))];

    private static int Length(IRenderable cell) => cell switch { Text text => text.Length, Markup markup => markup.Length, _ => 0 };

    private static Style VerdictStyle(MetricCheck check, bool improvementsFail) =>
        JUnitReport.Fails(check, improvementsFail) ? new Style(Color.Red) : check.Verdict == Verdict.Improved ? new Style(Color.Yellow) : Style.Plain;
}
