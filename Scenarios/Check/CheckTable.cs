using Burstsim.Results.Regression;
using Spectre.Console;

namespace Burstsim.Scenarios.Check;

/// <summary>The gate's table: scenario / [case /] policy / metric / baseline / now / delta / allowed / verdict, one row per check.</summary>
internal static class CheckTable
{
    public static void Print(TextWriter stdout, bool interactive, IReadOnlyList<MetricCheck> checks, bool improvementsFail)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(stdout),
            Ansi = interactive ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = interactive ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
        });
        if (!interactive)
        {
            console.Profile.Width = 200;
        }

        bool showCase = checks.Any(c => !string.Equals(c.Run.Case, c.Run.Scenario, StringComparison.Ordinal));
        var table = new Table().Border(interactive ? TableBorder.Rounded : TableBorder.Ascii);
        table.AddColumn("scenario");
        if (showCase)
        {
            table.AddColumn("case");
        }

        table.AddColumn("policy");
        table.AddColumn("metric");
        foreach (string column in new[] { "baseline", "now", "delta", "allowed" })
        {
            table.AddColumn(new TableColumn(column).RightAligned());
        }

        table.AddColumn("verdict");
        foreach (var check in checks)
        {
            var cells = new List<string> { check.Run.Scenario };
            if (showCase)
            {
                cells.Add(check.Run.Case);
            }

            cells.AddRange([check.Run.Policy, check.Metric.Name, check.Short(check.Baseline.Mean), check.Short(check.Now.Mean), check.DeltaText(), check.Short(check.Allowed)]);
            var row = cells.Select(c => (Spectre.Console.Rendering.IRenderable)new Text(c)).ToList();
            row.Add(new Text(VerdictText(check, improvementsFail), VerdictStyle(check, improvementsFail)));
            table.AddRow(row);
        }

        console.Write(table);
    }

    public static string VerdictText(MetricCheck check, bool improvementsFail) => check.Verdict switch
    {
        Verdict.Regressed => "REGRESSED",
        Verdict.Improved when improvementsFail => "IMPROVED (update)",
        Verdict.Improved => "improved",
        _ => "ok",
    };

    private static Style VerdictStyle(MetricCheck check, bool improvementsFail) =>
        JUnitReport.Fails(check, improvementsFail) ? new Style(Color.Red) : check.Verdict == Verdict.Improved ? new Style(Color.Yellow) : Style.Plain;
}
