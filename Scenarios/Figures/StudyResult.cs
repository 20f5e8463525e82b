using Burstsim.Scenarios.Execution;
using Burstsim.Scenarios.Model;

namespace Burstsim.Scenarios.Figures;

/// <summary>A study's scenario as run and its results in plan order (replication 0 carries startups and timelines).</summary>
internal sealed record StudyResult(FigureStudy Study, Scenario Scenario, RunPlan Plan, IReadOnlyList<UnitResult> Results)
{
    public string Name => Scenario.Name;

    /// <summary>Replication 0 of each case and policy: the runs the figures draw.</summary>
    public IReadOnlyList<UnitResult> Shown => [.. Results.Where(r => r.Timeline is not null && r.Startups is not null)];
}
