using Burstsim.Scenarios.Execution;
using Burstsim.Scenarios.Model;

namespace Burstsim.Scenarios.Figures;

/// <summary>A study's scenario as run and its results in plan order (every replication carries startups, replication 0 the timeline).</summary>
internal sealed record StudyResult(FigureStudy Study, Scenario Scenario, RunPlan Plan, IReadOnlyList<UnitResult> Results)
{
    public string Name => Scenario.Name;

    /// <summary>Replication 0 of each case and policy: the runs the timelines draw.</summary>
    public IReadOnlyList<UnitResult> Shown => [.. Results.Where(r => r.Timeline is not null && r.Startups is not null)];

    /// <summary>The startups of every replication of <paramref name="shown"/>'s case and policy, in replication order.</summary>
    public IReadOnlyList<double> Pooled(UnitResult shown) => Pool(Results, shown);

    /// <summary>As <see cref="Pooled(UnitResult)"/>, over any list of results (e.g. a <c>run</c>'s).</summary>
    public static IReadOnlyList<double> Pool(IEnumerable<UnitResult> results, UnitResult shown)
    {
        ArgumentNullException.ThrowIfNull(shown);
        return [.. results.Where(r => r.Unit.Case == shown.Unit.Case && r.Unit.Policy == shown.Unit.Policy && r.Startups is not null)
            .OrderBy(r => r.Unit.Replication).SelectMany(r => r.Startups!)];
    }
}
