using Burstsim.Scenarios.Loading;

namespace Burstsim.Scenarios.Figures;

/// <summary>
/// One catalogue scenario the figure set runs, with the changes it needs (more replications for
/// confidence bands, or small sizes for a quick check), and the short title its figures carry.
/// </summary>
/// <param name="Scenario">Catalogue name, e.g. thesis-sleep-120.</param>
/// <param name="Title">Short figure title: the descriptions of the catalogue are too long for a chart title.</param>
/// <param name="Overrides">Applied as --set would be.</param>
internal sealed record FigureStudy(string Scenario, string Title, IReadOnlyList<Override> Overrides)
{
    public static FigureStudy Of(string scenario, string title, params string[] sets) =>
        new(scenario, title, [.. sets.Select(s => Override.Parse(s, "figures"))]);
}
