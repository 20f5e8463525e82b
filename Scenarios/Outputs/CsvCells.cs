using System.Globalization;
using System.Text;

namespace Burstsim.Scenarios.Outputs;

/// <summary>The CSV conventions of Results.Csv for the files this project writes itself: RFC 4180 quoting, invariant numbers, "\n".</summary>
internal static class CsvCells
{
    public static string Escape(string value) =>
        value.AsSpan().IndexOfAny(",\"\r\n") >= 0 || (value.Length > 0 && (char.IsWhiteSpace(value[0]) || char.IsWhiteSpace(value[^1])))
            ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\""
            : value;

    public static string Line(IEnumerable<string> cells) => string.Join(',', cells.Select(Escape)) + "\n";

    /// <summary>Six decimals, NaN as an empty cell, never "-0.000000" (as summary.csv).</summary>
    public static string Number(double value)
    {
        if (double.IsNaN(value))
        {
            return string.Empty;
        }

        string text = value.ToString("F6", CultureInfo.InvariantCulture);
        return text == "-0.000000" ? "0.000000" : text;
    }

    /// <summary>Splits one CSV line (a header) into its cells, honouring quotes.</summary>
    public static IReadOnlyList<string> Split(string line)
    {
        var cells = new List<string>();
        var cell = new StringBuilder();
        bool quoted = false;
        for (int i = 0; i < line.Length; i++)
        {
            char c = line[i];
            if (quoted && c == '"' && i + 1 < line.Length && line[i + 1] == '"')
            {
                cell.Append('"');
                i++;
            }
            else if (c == '"')
            {
                quoted = !quoted;
            }
            else if (c == ',' && !quoted)
            {
                cells.Add(cell.ToString());
                cell.Clear();
            }
            else
            {
                cell.Append(c);
            }
        }

        cells.Add(cell.ToString());
        return cells;
    }
}
