using Burstsim.Results.Charts;
using Burstsim.Results.Statistics;

namespace Burstsim.Results.Tests.Charts;

/// <summary>Small fixed inputs (no randomness) shared by the chart tests and the golden files.</summary>
internal static class ChartSamples
{
    public static TimelinePanel ClassicPanel() => new("classic",
    [
        new TimelineRow(0, 0.0, 1.2, 6.2, 0, "invoker0"),
        new TimelineRow(1, 0.1, 1.9, 6.9, 1, "invoker1"),
        new TimelineRow(2, 0.2, 2.4, 7.5, 0, "invoker0"),
        new TimelineRow(3, 0.3, 3.1, 8.0, 1, "invoker1"),
        new TimelineRow(4, 0.4, 3.3, 8.4, 2, "invoker2"),
        new TimelineRow(5, 0.5, 4.0, 9.1, 2, "invoker2"),
    ]);

    public static TimelinePanel BurstPanel() => new("burst",
    [
        new TimelineRow(0, 0.0, 1.0, 6.0, 0, "invoker0"),
        new TimelineRow(1, 0.0, 1.05, 6.05, 0, "invoker0"),
        new TimelineRow(2, 0.0, 1.1, 6.1, 0, "invoker0"),
        new TimelineRow(3, 0.0, 1.15, 6.2, 1, "invoker1"),
    ]);

    public static IReadOnlyList<TimelinePanel> Timeline() => [ClassicPanel(), BurstPanel()];

    public static IReadOnlyList<BoxplotBox> GroupedBoxes() =>
    [
        BoxplotBox.FromValues("1 (classic)", "48 workers", [4.0, 4.5, 5.0, 5.5, 6.0, 6.2, 6.8, 12.0]),
        BoxplotBox.FromValues("1 (classic)", "96 workers", [6.0, 6.5, 7.0, 7.5, 8.0, 8.1, 8.3, 16.0]),
        BoxplotBox.FromValues("8", "48 workers", [1.0, 1.1, 1.2, 1.3, 1.4]),
        BoxplotBox.FromValues("8", "96 workers", [1.5, 1.6, 1.7, 1.8, 1.9, 0.1]),
    ];

    public static IReadOnlyList<CdfSeries> Cdfs() =>
    [
        CdfSeries.FromValues("classic", [1.0, 2.0, 2.0, 3.5, 5.0]),
        CdfSeries.FromValues("burst", [0.5, 0.7, 0.9, 1.1]),
    ];

    public static IReadOnlyList<LineSeries> Lines() =>
    [
        new LineSeries("faasbatch",
        [
            LinePoint.FromInterval(0.05, ConfidenceInterval.Of([1.0, 1.2, 1.4])),
            LinePoint.FromInterval(0.1, ConfidenceInterval.Of([1.5, 1.6, 1.9])),
            LinePoint.FromInterval(0.5, ConfidenceInterval.Of([2.5, 3.0, 3.1])),
        ]),
        new LineSeries("classic", [new LinePoint(0.05, 4.0), new LinePoint(0.1, 4.1), new LinePoint(0.5, 4.0)]),
        new LineSeries("containers", [new LinePoint(0.05, 40), new LinePoint(0.1, 25), new LinePoint(0.5, 8)], SecondaryAxis: true),
    ];

    public static LineChartOptions LineOptions() => new()
    {
        Title = "Dispatch interval",
        XLabel = "dispatch interval (s)",
        YLabel = "mean startup latency (s)",
        SecondaryYLabel = "containers provisioned",
    };
}
