using System.Buffers;
using System.Globalization;

namespace Burstsim.Results.Csv;

/// <summary>
/// How burstsim writes CSV cells: RFC 4180 quoting, invariant numbers, seconds with 6 decimals.
/// Formatting by hand (not through a CSV library) keeps every byte under our control, which the
/// same-seed-same-bytes promise and the golden files depend on.
/// </summary>
internal static class CsvText
{
    /// <summary>Characters that force quoting; leading or trailing whitespace does too, so trimming readers keep it.</summary>
    private static readonly SearchValues<char> NeedsQuotes = SearchValues.Create(",\"\r\n");

    /// <summary>Enough for a long in seconds with 6 decimals, a sign and a point.</summary>
    public const int MaxNumberLength = 32;

    public static bool MustQuote(string value) =>
        value.Length > 0
        && (value.AsSpan().IndexOfAny(NeedsQuotes) >= 0 || char.IsWhiteSpace(value[0]) || char.IsWhiteSpace(value[^1]));

    public static string Escape(string value) =>
        MustQuote(value) ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;

    /// <summary>One header or data line: cells joined by commas, escaped, ended by "\n".</summary>
    public static string Line(IEnumerable<string> cells) => string.Join(',', cells.Select(Escape)) + "\n";

    /// <summary>
    /// Microsecond ticks as seconds with exactly 6 decimals, by integer arithmetic: the text is the
    /// tick count itself with a decimal point, so no rounding can differ between machines.
    /// </summary>
    public static int FormatTicks(long ticks, Span<char> destination)
    {
        int length = 0;
        ulong magnitude = (ulong)ticks;
        if (ticks < 0)
        {
            destination[length++] = '-';
            magnitude = 0UL - (ulong)ticks;
        }

        (ulong whole, ulong fraction) = Math.DivRem(magnitude, 1_000_000UL);
        whole.TryFormat(destination[length..], out int written, default, CultureInfo.InvariantCulture);
        length += written;
        destination[length++] = '.';

        // Six fraction digits by hand: a format string costs more than the rest of the cell.
        for (int digit = length + 5; digit >= length; digit--)
        {
            (fraction, ulong remainder) = Math.DivRem(fraction, 10UL);
            destination[digit] = (char)('0' + remainder);
        }

        return length + 6;
    }

    public static string FormatTicks(long ticks)
    {
        Span<char> buffer = stackalloc char[MaxNumberLength];
        return new string(buffer[..FormatTicks(ticks, buffer)]);
    }

    /// <summary>A double with 6 decimals; NaN (nothing measured) is an empty cell; no "-0.000000".</summary>
    public static string FormatSeconds(double value)
    {
        if (double.IsNaN(value))
        {
            return string.Empty;
        }

        string text = value.ToString("F6", CultureInfo.InvariantCulture);
        return text == "-0.000000" ? "0.000000" : text;
    }

    /// <summary>Shortest text that reads back to the same double (deterministic since .NET Core 3.0).</summary>
    public static string FormatDouble(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    /// <summary>Lithops writes Python booleans.</summary>
    public static string FormatBool(bool value) => value ? "True" : "False";

    /// <summary>Writes a header line after checking that swept columns neither repeat nor reuse a fixed column's name.</summary>
    public static void WriteHeader(TextWriter output, IReadOnlyList<string> header, string sweptParameter)
    {
        if (header.Distinct(StringComparer.Ordinal).Count() != header.Count)
        {
            throw new ArgumentException("Swept columns must be distinct and must not reuse a fixed column name.", sweptParameter);
        }

        output.Write(Line(header));
    }
}
