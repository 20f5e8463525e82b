using System.Globalization;

namespace Burstsim.Results.Charts;

/// <summary>
/// Tick labels of one axis in one number of decimals (0.0 0.5 1.0 1.5, 0.09 0.10 0.11): the fewest that write every
/// tick exactly, at most six; plain invariant numbers without thousands separators.
/// </summary>
internal static class TickLabels
{
    /// <summary>The labels of <paramref name="values"/>, all in the same number of decimals, 0 to 6.</summary>
    public static string[] Uniform(IReadOnlyList<double> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        // Rounded to 10 decimals first: 0.1 + 0.2 is not 0.3 in binary, and would otherwise ask for 16 decimals.
        int decimals = values.Select(v => Decimals(Math.Round(v, 10))).DefaultIfEmpty(0).Max();
        string format = "F" + decimals.ToString(CultureInfo.InvariantCulture);
        return [.. values.Select(v => Clean(Math.Round(v, decimals)).ToString(format, CultureInfo.InvariantCulture))];
    }

    // The decimals v needs, at most 6.
    private static int Decimals(double v)
    {
        for (int d = 0; d < 6; d++)
        {
            if (Math.Abs(v - Math.Round(v, d)) < 1e-9 * Math.Max(1, Math.Abs(v)))
            {
                return d;
            }
        }

        return 6;
    }

    // -0 is written "0".
    private static double Clean(double v) => v == 0 ? 0 : v;
}
