using System.Globalization;
using System.Reflection;
using Burstsim.Results.Csv;
using Burstsim.Scenarios.Outputs;

namespace Burstsim.Scenarios.Validation.Suite;

/// <summary>
/// The real values as a CSV (row key, metric, mean, each run's value, source): written by
/// <c>validate --suite --data DIR</c> into its output folder, and checked in as Scenarios/catalogue/validation/real-values.csv
/// (embedded) so the suite runs without the data checkout (CI's quick form).
/// </summary>
internal static class RealValueTable
{
    /// <summary>The embedded snapshot's resource name.</summary>
    public const string BuiltInResource = "validation/real-values.csv";

    private static readonly string[] Header = ["row", "metric", "real", "runs", "source"];

    /// <summary>The CSV text of <paramref name="values"/>.</summary>
    public static string Csv(IEnumerable<RealValue> values)
    {
        var text = new System.Text.StringBuilder(CsvCells.Line(Header));
        foreach (var v in values)
        {
            text.Append(CsvCells.Line([v.Key, v.Metric, CsvCells.Number(v.Mean), string.Join(';', v.Runs.Select(CsvCells.Number)), v.Source]));
        }

        return text.ToString();
    }

    /// <summary>The embedded snapshot.</summary>
    public static IReadOnlyList<RealValue> BuiltIn()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(BuiltInResource)
                           ?? throw new InvalidOperationException($"the build lost the embedded {BuiltInResource}");
        using var reader = new StreamReader(stream);
        return Parse(reader, BuiltInResource);
    }

    /// <summary>Parses a snapshot; a malformed one is bad input naming <paramref name="origin"/>.</summary>
    /// <exception cref="Cli.InputException">A missing column or a runs cell that is not numbers separated by ';'.</exception>
    public static IReadOnlyList<RealValue> Parse(TextReader reader, string origin)
    {
        try
        {
            using var table = CsvTable.Open(reader, origin, leaveOpen: true);
            int row = table.Require("row"), metric = table.Require("metric"), runs = table.Require("runs"), source = table.Require("source");
            var values = new List<RealValue>();
            while (table.Read())
            {
                string text = table.RequiredText(runs);
                var numbers = text.Split(';').Select(t => double.TryParse(t, NumberStyles.Float, CultureInfo.InvariantCulture, out double v) ? v
                    : throw new Cli.InputException("--suite", $"{origin}, line {table.Line}: runs '{text}' are not numbers separated by ';'")).ToArray();
                values.Add(new RealValue(table.RequiredText(row), table.RequiredText(metric), numbers, table.Text(source) ?? string.Empty));
            }

            return values;
        }
        catch (CsvDataException e)
        {
            throw new Cli.InputException("--suite", e.Message);
        }
    }
}
