using System.Text;

namespace Burstsim.Results.Report;

/// <summary>Escaping for HTML text and attribute values, and safe relative links.</summary>
public static class HtmlText
{
    /// <summary>Escapes &amp; &lt; &gt; " ' so the text is inert both as content and inside a quoted attribute.</summary>
    public static string Escape(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var sb = new StringBuilder(text.Length);
        foreach (char c in text)
        {
            sb.Append(c switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                '\'' => "&#39;",
                _ => null,
            } ?? c.ToString());
        }

        return sb.ToString();
    }

    /// <summary>
    /// A relative path (e.g. figures/startup boxplot.svg) as an escaped link: each segment
    /// percent-encoded, forward slashes. Absolute paths, URLs and ".." are refused, because the
    /// report must stay valid when its folder is copied elsewhere.
    /// </summary>
    public static string RelativeLink(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        string normalised = path.Replace('\\', '/');
        if (normalised.StartsWith('/') || normalised.Contains(':', StringComparison.Ordinal) || Path.IsPathRooted(path))
        {
            throw new ArgumentException($"'{path}' must be a path relative to the report folder.", nameof(path));
        }

        var segments = normalised.Split('/', StringSplitOptions.RemoveEmptyEntries);
        if (segments.Any(s => s == ".."))
        {
            throw new ArgumentException($"'{path}' must stay inside the report folder (no '..').", nameof(path));
        }

        return Escape(string.Join('/', segments.Where(s => s != ".").Select(Uri.EscapeDataString)));
    }
}
