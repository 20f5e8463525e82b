using Burstsim.Results.Charts;
using Burstsim.Results.Report;
using Burstsim.Scenarios.Execution;

namespace Burstsim.Scenarios.Figures;

/// <summary>
/// Regenerates the figure set: runs every study, draws its figures into figures/ in every format asked
/// for, writes the summary CSVs into data/ and index.html, and only then moves the whole folder into
/// place, so a failure leaves the destination as it was.
/// </summary>
internal static class FigureSetWriter
{
    public static IReadOnlyList<string> Write(FigureSet set, string outDir, int threads, IReadOnlyList<ExportFormat> formats, bool interactive, FigureStyle style, string command)
    {
        ArgumentNullException.ThrowIfNull(set);
        return OutputFolder.Write(outDir, folder =>
        {
            var sheet = new FigureSheet(folder.Staging, formats, style);
            var written = new List<string>();
            var runs = set.All.Select(s => StudyRunner.Run(s, folder.Work, threads, interactive)).ToArray();
            foreach (var run in runs)
            {
                written.AddRange(StudyData.Write(folder.Staging, run));
            }

            ComparisonFigures.Draw(sheet, runs[0], "Thesis sleep", cdf: false);
            LithopsFigures.Draw(sheet, runs[0], "Thesis sleep");
            ComparisonFigures.Draw(sheet, runs[1], "Thesis Monte Carlo", cdf: false);
            GranularityFigure.Draw(sheet, runs[2]);
            CostFigure.Draw(sheet, runs[2]);
            SensitivityFigures.Draw(sheet, runs[3]);
            ComparisonFigures.Draw(sheet, runs[4], "Single invoker", cdf: true);
            written.AddRange(sheet.Files);
            written.Add(sheet.WriteCaptions());
            Outputs.RunRecord.Write(folder.Staging, command, runs.Select(r => r.Scenario));
            written.Add(Outputs.RunRecord.FileName);

            new HtmlReport
            {
                Title = "burstsim figure set",
                Description = "Classic OpenWhisk vs burst vs FaaSBatch on the catalogue's thesis and paper scenarios. "
                              + "Regenerate with: burstsim figures --out DIR [--format svg,png,pdf] [--style paper --width 3.5in]. "
                              + "Each figure's numbers are in data/ (the file is named in its caption); the captions are also in " + FigureSheet.CaptionsFile + ".",
                Figures = sheet.Figures,
            }.Write(folder.Staging);
            written.Add(HtmlReport.FileName);
            return (IReadOnlyList<string>)written;
        });
    }
}
