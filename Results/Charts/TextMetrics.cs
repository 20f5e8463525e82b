namespace Burstsim.Results.Charts;

/// <summary>
/// Font choice and a conservative width estimate for laying out text without a font engine.
/// Widths are per-character classes of DejaVu Sans (the widest of the listed fonts), so text
/// measured here never comes out wider in a browser or in librsvg than the layout assumed.
/// </summary>
public static class TextMetrics
{
    /// <summary>Fonts present in browsers and in a typical librsvg install (Debian ships DejaVu).</summary>
    public const string FontFamily = "DejaVu Sans, Liberation Sans, Arial, Helvetica, sans-serif";

    /// <summary>Estimated rendered width of the text in pixels at the font size.</summary>
    public static double Width(string text, double fontSize)
    {
        ArgumentNullException.ThrowIfNull(text);
        double em = 0;
        foreach (char c in text)
        {
            em += c switch
            {
                ' ' or 'i' or 'j' or 'l' or '.' or ',' or ':' or ';' or '\'' or '|' or '!' => 0.33,
                'f' or 't' or 'r' or '(' or ')' or '[' or ']' or '-' or '/' => 0.42,
                'm' or 'w' or 'M' or 'W' or '%' or '@' => 0.92,
                >= 'A' and <= 'Z' => 0.72,
                >= '0' and <= '9' => 0.64,
                _ => 0.62,
            };
        }

        return em * fontSize;
    }

    /// <summary>The text, cut with an ellipsis if needed so that it fits in maxWidth pixels.</summary>
    public static string Fit(string text, double fontSize, double maxWidth)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (Width(text, fontSize) <= maxWidth)
        {
            return text;
        }

        for (int length = text.Length - 1; length > 0; length--)
        {
            string cut = string.Concat(text.AsSpan(0, length), "\u2026");
            if (Width(cut, fontSize) <= maxWidth)
            {
                return cut;
            }
        }

        return "\u2026";
    }

    /// <summary>English ordinal for notes: 1st, 2nd, 3rd, 4th, 11th, 22nd.</summary>
    public static string Ordinal(int n)
    {
        string suffix = (n % 100) is 11 or 12 or 13 ? "th" : (n % 10) switch
        {
            1 => "st",
            2 => "nd",
            3 => "rd",
            _ => "th",
        };
        return n.ToString(System.Globalization.CultureInfo.InvariantCulture) + suffix;
    }
}
