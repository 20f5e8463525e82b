using System.Globalization;
using Burstsim.Results.Statistics;

namespace Burstsim.Scenarios.Figures;

/// <summary>Number formatting for the report tables: invariant culture, fixed decimals, "-" for no value.</summary>
internal static class ReportCells
{
    public static string Seconds(double value) => double.IsFinite(value) ? value.ToString("0.00", CultureInfo.InvariantCulture) : "-";

    public static string Count(double value) => double.IsFinite(value) ? value.ToString("0.#", CultureInfo.InvariantCulture) : "-";

    public static string Interval(ConfidenceInterval ci, string format)
    {
        ArgumentNullException.ThrowIfNull(ci);
        string mean = ci.Mean.ToString(format, CultureInfo.InvariantCulture);
        return ci.N < 2 ? mean : mean + " ± " + ci.HalfWidth.ToString(format, CultureInfo.InvariantCulture);
    }
}
