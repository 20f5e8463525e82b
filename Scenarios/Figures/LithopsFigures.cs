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
            LithopsCharts.Timeline(panels, LithopsCharts.Defaults with { Title = $"{title}: Lithops timeline", Style = sheet.Style }),
            $"{what}: Lithops timeline",
            $"As Lithops' fexec.plot() draws it (create_timeline), in seconds from host_job_create, x from 0 to 1.25 times the last results fetched; one panel per policy, replication 0. {StudyData.Pointer(study)}",
            null);
        sheet.Add(
            study.Name + "-lithops-histogram",
            LithopsCharts.ActiveCalls(panels, LithopsCharts.Defaults with { Title = $"{title}: active calls", Style = sheet.Style }),
            $"{what}: active calls",
            $"As Lithops' fexec.plot() draws it (create_histogram), x from 0 to 2.5 times the last worker end; one panel per policy, replication 0. {StudyData.Pointer(study)}",
            null);
    }
}
