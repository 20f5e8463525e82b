using Burstsim.Results.Charts;

namespace Burstsim.Scenarios.Figures;

/// <summary>
/// The pair Lithops users know from <c>fexec.plot()</c> (lithops/plots.py): the per-call event
/// timeline and the active-calls histogram, one panel per policy, replication 0.
/// </summary>
internal static class LithopsFigures
{
    public static void Draw(FigureSheet sheet, StudyResult study, string what)
    {
        ArgumentNullException.ThrowIfNull(sheet);
        ArgumentNullException.ThrowIfNull(study);
        var panels = study.Shown.Select(r => new TimelinePanel(FigureLabels.Policy(r.Unit.Policy), r.Timeline!)).ToArray();
        string title = study.Study.Title;
        sheet.Add(
            study.Name + "-lithops-timeline",
            LithopsCharts.Timeline(panels, LithopsCharts.Defaults with { Title = $"{title}: Lithops timeline" }),
            $"{what}: Lithops timeline",
            $"As Lithops' fexec.plot() draws it (create_timeline): per function call, dots at host submit, function start, function done, status fetched and results fetched, in seconds from host_job_create; one panel per policy, replication 0. {StudyData.Pointer(study)}",
            null);
        sheet.Add(
            study.Name + "-lithops-histogram",
            LithopsCharts.ActiveCalls(panels, LithopsCharts.Defaults with { Title = $"{title}: active calls" }),
            $"{what}: active calls",
            $"As Lithops' fexec.plot() draws it (create_histogram): a grey line per call from worker start to worker end, and the number of calls active at each moment (counted exactly, not in one-second bins). {StudyData.Pointer(study)}",
            null);
    }
}
