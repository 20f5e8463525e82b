using System.Globalization;

namespace Burstsim.Scenarios.Cli;

/// <summary>
/// Real-run CSVs named on the command line (<c>import FILE</c>, <c>calibrate --real</c>): a folder given where a
/// file belongs is refused as a folder, listing the CSV files in it, rather than reported as a missing file.
/// </summary>
internal static class RealFileArguments
{
    /// <summary>Files listed in the message at most.</summary>
    private const int Listed = 4;

    /// <exception cref="InputException">A path is a folder (field <paramref name="field"/>).</exception>
    public static void RefuseFolders(IEnumerable<string>? paths, string field)
    {
        foreach (string path in paths ?? [])
        {
            string full = Path.GetFullPath(path);
            if (!Directory.Exists(full))
            {
                continue;
            }

            string[] csvs = [.. Directory.EnumerateFiles(full, "*.csv").Select(Path.GetFileName).Order(StringComparer.Ordinal)!];
            string hint = csvs.Length switch
            {
                0 => "it holds no .csv files",
                <= Listed => $"it holds {string.Join(", ", csvs)}",
                _ => string.Create(CultureInfo.InvariantCulture, $"it holds {string.Join(", ", csvs.Take(Listed))} and {csvs.Length - Listed} more"),
            };
            string example = csvs.Length > 0 ? Path.Combine(path, csvs[0]) : Path.Combine(path, "gran1.csv");
            throw new InputException(field, $"{full} is a folder; give a Lithops statistics CSV file, e.g. {example} ({hint})");
        }
    }
}
