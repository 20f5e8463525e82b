using System.Globalization;
using System.Text;
using Burstsim.Results.Csv;

namespace Burstsim.Results.Charts;

/// <summary>
/// The numbers a figure draws, as one long-form table (one row per drawn point, box, bar or step), so that every figure
/// of a report can be re-plotted or checked from its CSV: times in seconds, counts as integers, text as drawn.
/// </summary>
/// <param name="Columns">Column names with their units (e.g. "start_s").</param>
/// <param name="Rows">Cells as text, one list per row, as many as <paramref name="Columns"/>.</param>
public sealed record FigureData(IReadOnlyList<string> Columns, IReadOnlyList<IReadOnlyList<string>> Rows)
{
    /// <summary>No data (a figure that draws nothing from numbers).</summary>
    public static FigureData Empty { get; } = new([], []);

    /// <summary>The table as CSV (RFC 4180 quoting, "\n" line ends), header first.</summary>
    public string ToCsv()
    {
        var text = new StringBuilder(CsvText.Line(Columns));
        foreach (var row in Rows)
        {
            text.Append(CsvText.Line(row));
        }

        return text.ToString();
    }

    /// <summary>A number as the CSV writes it: invariant, round-trip short ("0.25", "1E-05"), empty for NaN.</summary>
    internal static string Cell(double value) => double.IsNaN(value) ? "" : value.ToString("R", CultureInfo.InvariantCulture);

    /// <summary>An optional number: empty when null or NaN.</summary>
    internal static string Cell(double? value) => value is { } v ? Cell(v) : "";
}
