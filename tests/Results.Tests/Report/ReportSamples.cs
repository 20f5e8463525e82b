using Burstsim.Results.Report;

namespace Burstsim.Results.Tests.Report;

/// <summary>A small fixed report shared by the report tests and its golden file.</summary>
internal static class ReportSamples
{
    public static ReportTable Summary() => new("Startup latency per policy",
        ["policy", "functions", "startup_p50_s", "startup_p99_s"],
        [
            ["classic", "96", "4.25", "9.10"],
            ["burst", "96", "1.05", "1.20"],
        ]);

    public static HtmlReport Report() => new()
    {
        Title = "burstsim: sleep(5) x 96",
        Description = "Scenario sleep-96, seed 42, 3 replications.",
        Figures =
        [
            new ReportFigure("Timeline", "Functions by submit, start and end; colours are invokers.", "figures/timeline.svg"),
            new ReportFigure("Startup latency", "Whiskers at 1.5 IQR.", "figures/startup boxplot.svg") { Table = Summary() },
        ],
        Tables = [Summary()],
    };
}
