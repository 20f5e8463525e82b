using System.Globalization;
using System.Text;

namespace Burstsim.Scenarios.Traces;

/// <summary>
/// A function's name in <c>trace stats</c> and <c>trace sample</c> (and a run's key in burst_info.json), made of the columns that identify it (app and func,
/// tenant and function, funcName, userID and pool) joined as the readers name their actions ("app/func"). Two
/// functions must never share a name, whatever their cells hold: a part that could be read across the separator (it
/// holds the separator, a '%', or starts or ends with the separator's character) is percent-encoded ('%' and that
/// character as %XX), so "a/b" + "c" and "a" + "b/c" stay apart as "a%2Fb/c" and "a/b%2Fc". Parts that need none
/// (every public trace's hashes and names) are kept as they are.
/// </summary>
internal static class FunctionKey
{
    /// <summary>The parts joined by <paramref name="separator"/>, each encoded when it could be confused with the join.</summary>
    /// <exception cref="ArgumentException"><paramref name="separator"/> is empty.</exception>
    public static string Join(string separator, params string[] parts)
    {
        ArgumentException.ThrowIfNullOrEmpty(separator);
        ArgumentNullException.ThrowIfNull(parts);
        var text = new StringBuilder();
        for (int i = 0; i < parts.Length; i++)
        {
            if (i > 0)
            {
                text.Append(separator);
            }

            text.Append(Encoded(parts[i], separator));
        }

        return text.ToString();
    }

    private static string Encoded(string part, string separator)
    {
        char edge = separator[0];
        bool ambiguous = part.Contains('%', StringComparison.Ordinal) || part.Contains(separator, StringComparison.Ordinal)
                         || (part.Length > 0 && (part[0] == edge || part[^1] == separator[^1]));
        if (!ambiguous)
        {
            return part;
        }

        // '%' first, so that an encoded character cannot be mistaken for a literal "%2F" in the cell.
        string code = "%" + ((int)edge).ToString("X2", CultureInfo.InvariantCulture);
        return part.Replace("%", "%25", StringComparison.Ordinal).Replace(edge.ToString(), code, StringComparison.Ordinal);
    }
}
