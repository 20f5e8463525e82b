using System.Text;
using Burstsim.Results.Csv;
using Burstsim.Scenarios.Outputs;

namespace Burstsim.Scenarios.Figures;

/// <summary>
/// data/SCENARIO-summary.csv and data/SCENARIO-summary-ci.csv: the summary rows behind a study's
/// figures, in the same format as <c>burstsim run</c>'s summary.csv and summary-ci.csv.
/// </summary>
internal static class StudyData
{
    public static IReadOnlyList<string> Write(string root, StudyResult study)
    {
        ArgumentNullException.ThrowIfNull(study);
        using var text = new StringWriter { NewLine = "\n" };
        using (var writer = new SummaryCsvWriter(text, study.Plan.SweptColumns, leaveOpen: true))
        {
            foreach (var result in study.Results)
            {
                writer.Add(result.Summary);
            }
        }

        string directory = Path.Combine(root, "data");
        Execution.StagingRegistry.CreateDirectory(directory);
        string summary = study.Name + "-summary.csv";
        string ci = study.Name + "-summary-ci.csv";
        string summaryText = text.ToString();
        File.WriteAllText(Path.Combine(directory, summary), summaryText, RunOutputs.Utf8);
        File.WriteAllText(Path.Combine(directory, ci), SummaryCi.FromSummaryText(summaryText), RunOutputs.Utf8);
        return ["data/" + summary, "data/" + ci];
    }

    /// <summary>The caption's pointer to the numbers behind a figure.</summary>
    public static string Pointer(StudyResult study)
    {
        ArgumentNullException.ThrowIfNull(study);
        string ci = study.Scenario.Replications > 1
            ? string.Create(System.Globalization.CultureInfo.InvariantCulture, $"means with 95% intervals over n = {study.Scenario.Replications} replications")
            : "one replication: means only, no intervals";
        return new StringBuilder("Runs: data/").Append(study.Name).Append("-summary.csv (one row per run) and data/").Append(study.Name).Append("-summary-ci.csv (").Append(ci).Append(").").ToString();
    }
}
