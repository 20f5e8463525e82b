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

            // Drawing takes seconds of its own after the runs: it gets its own progress line, a step per figure group.
            Action<FigureSheet>[] groups =
            [
                s => ComparisonFigures.Draw(s, runs[0], "Thesis sleep", cdf: false),
                s => LithopsFigures.Draw(s, runs[0], "Thesis sleep"),
                s => ComparisonFigures.Draw(s, runs[1], "Thesis Monte Carlo", cdf: false),
                s => GranularityFigure.Draw(s, runs[2]),
                s => CostFigure.Draw(s, runs[2]),
                s => SensitivityFigures.Draw(s, runs[3]),
                s => ComparisonFigures.Draw(s, runs[4], "Single invoker", cdf: true),
            ];
            ProgressDisplay.Run(interactive, "drawing figures", groups.Length, step =>
            {
                foreach (var draw in groups)
                {
                    Interruption.ThrowIfRequested();
                    draw(sheet);
                    step();
                }

                return groups.Length;
            });
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
