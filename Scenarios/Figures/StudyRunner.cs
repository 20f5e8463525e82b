using Burstsim.Scenarios.Execution;
using Burstsim.Scenarios.Loading;

namespace Burstsim.Scenarios.Figures;

/// <summary>Runs one study through the same plan and executor as <c>burstsim run</c>, keeping startups and timelines.</summary>
internal static class StudyRunner
{
    public static StudyResult Run(FigureStudy study, string workDirectory, int threads, bool interactive)
    {
        var scenario = ScenarioLoader.Load(study.Scenario, study.Overrides);
        var plan = RunPlan.Build([scenario]);

        // Each study gets its own scratch folder: unit files are numbered from 0 in every plan.
        string work = Path.Combine(workDirectory, scenario.Name);
        var results = PlanExecutor.Execute(plan, plan.Units, work, threads, figures: true, interactive, what: scenario.Name);
        return new StudyResult(study, scenario, plan, results);
    }
}
