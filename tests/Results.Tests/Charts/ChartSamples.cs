using Burstsim.Results.Charts;
using Burstsim.Results.Statistics;

namespace Burstsim.Results.Tests.Charts;

/// <summary>Small fixed inputs (no randomness) shared by the chart tests and the golden files.</summary>
internal static class ChartSamples
{
    public static TimelinePanel ClassicPanel() => new("classic",
    [
        Row(0, 0.0, 1.0, 1.2, 6.2, 0),
        Row(1, 0.1, 1.7, 1.9, 6.9, 1),
        Row(2, 0.2, 2.2, 2.4, 7.5, 0),
        Row(3, 0.3, 2.9, 3.1, 8.0, 1),
        Row(4, 0.4, 3.1, 3.3, 8.4, 2),
        Row(5, 0.5, 3.8, 4.0, 9.1, 2),
    ]);

    public static TimelinePanel BurstPanel() => new("burst",
    [
        Row(0, 0.0, 0.9, 1.0, 6.0, 0),
        Row(1, 0.0, 0.9, 1.05, 6.05, 0),
        Row(2, 0.0, 0.9, 1.1, 6.1, 0),
        Row(3, 0.0, 0.9, 1.15, 6.2, 1),
    ]);

    public static IReadOnlyList<TimelinePanel> Timeline() => [ClassicPanel(), BurstPanel()];

    /// <summary>A burst of <paramref name="functions"/> over <paramref name="invokers"/> invokers, packed in order.</summary>
    public static TimelinePanel LargeBurst(int functions, int invokers) => new("burst",
        [.. Enumerable.Range(0, functions).Select(i => Row(i, 0.0, 1.0 + (i % 48 * 0.001), 1.2 + (i % 48 * 0.001), 6.2 + (i % 7 * 0.01), i * invokers / functions))]);

    public static IReadOnlyList<(string, string, IReadOnlyList<double>)> GroupedBoxes() =>
    [
        ("g=1 (classic)", "48 workers", [4.0, 4.5, 5.0, 5.5, 6.0, 6.2, 6.8, 12.0]),
        ("g=1 (classic)", "96 workers", [6.0, 6.5, 7.0, 7.5, 8.0, 8.1, 8.3, 16.0]),
        ("g=8", "48 workers", [1.2, 1.2, 1.2, 1.2, 1.2]),
        ("g=8", "96 workers", [1.5, 1.6, 1.7, 1.8, 1.9, 0.1]),
    ];

    public static IReadOnlyList<(string, IReadOnlyList<double>)> Cdfs() =>
    [
        ("classic", [1.0, 2.0, 2.0, 3.5, 5.0]),
        ("burst", [0.5, 0.7, 0.9, 1.1]),
    ];

    public static IReadOnlyList<(string, IReadOnlyList<LinePoint>)> Lines() =>
    [
        ("faasbatch",
        [
            LinePoint.FromInterval(0.05, ConfidenceInterval.Of([1.0, 1.2, 1.4])),
            LinePoint.FromInterval(0.1, ConfidenceInterval.Of([1.5, 1.6, 1.9])),
            LinePoint.FromInterval(0.5, ConfidenceInterval.Of([2.5, 3.0, 3.1])),
        ]),
    ];

    public static ChartOptions LineOptions() => new()
    {
        Title = "Dispatch interval",
        XLabel = "dispatch interval (s)",
        YLabel = "mean startup latency (s)",
    };

    public static IReadOnlyList<(string, double, double?, double?)> References() => [("classic", 4.0, 3.8, 4.2), ("burst", 40.0, null, null)];

    private static TimelineRow Row(int id, double submit, double worker, double start, double end, int invoker) =>
        new(id, submit, start, end, invoker, "invoker" + invoker)
        {
            JobCreate = 0, WorkerStart = worker, WorkerEnd = end + 0.05, StatusDone = end + 1.0, ResultDone = end + 1.3,
        };
}
