using System.Globalization;
using System.Text;

namespace Burstsim.Results.Charts;

/// <summary>
/// Writes SVG as text, one element a line. Every number goes through <see cref="Num"/>
/// (invariant culture, at most two decimals) and every string through <see cref="Escape"/>, so
/// the same chart gives the same bytes on every machine and any label is safe to embed.
/// </summary>
public sealed class SvgWriter
{
    private readonly StringBuilder _defs = new();
    private readonly StringBuilder _body = new();
    private int _clipCount;
    private int _openGroups;

    /// <summary>Starts an image of the given pixel size on a white background.</summary>
    public SvgWriter(double width, double height)
    {
        if (!(width > 0 && height > 0) || !double.IsFinite(width) || !double.IsFinite(height))
        {
            throw new ArgumentOutOfRangeException(nameof(width), "Width and height must be positive and finite.");
        }

        Width = width;
        Height = height;
        // An explicit background: PNG conversion and dark-mode viewers would otherwise show transparency.
        Rect(0, 0, width, height, "#ffffff", cssClass: "background");
    }

    public double Width { get; }

    public double Height { get; }

    /// <summary>Invariant-culture number with at most two decimals and no negative zero.</summary>
    public static string Num(double value)
    {
        if (!double.IsFinite(value))
        {
            throw new ArgumentOutOfRangeException(nameof(value), value, "SVG coordinates must be finite.");
        }

        double rounded = Math.Round(value, 2, MidpointRounding.AwayFromZero);
        if (rounded == 0)
        {
            rounded = 0; // -0 would print as "-0"
        }

        return rounded.ToString("0.##", CultureInfo.InvariantCulture);
    }

    /// <summary>
    /// Escapes text for XML content and attributes. Control characters XML 1.0 cannot carry
    /// (even escaped) and lone surrogates become U+FFFD, so any label still parses.
    /// </summary>
    public static string Escape(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var sb = new StringBuilder(text.Length);
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                sb.Append(c).Append(text[++i]);
                continue;
            }

            string? replacement = c switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                '\'' => "&apos;",
                _ when char.IsSurrogate(c) || (c < ' ' && c != '\t' && c != '\n' && c != '\r') || c == '\uFFFE' || c == '\uFFFF' => "\uFFFD",
                _ => null,
            };
            if (replacement is null)
            {
                sb.Append(c);
            }
            else
            {
                sb.Append(replacement);
            }
        }

        return sb.ToString();
    }

    /// <summary>Declares a rectangular clip region and returns its id for <see cref="BeginGroup"/>.</summary>
    public string AddClip(double x, double y, double width, double height)
    {
        string id = "clip" + _clipCount.ToString(CultureInfo.InvariantCulture);
        _clipCount++;
        _defs.Append("<clipPath id=\"").Append(id).Append("\"><rect x=\"").Append(Num(x)).Append("\" y=\"").Append(Num(y))
            .Append("\" width=\"").Append(Num(width)).Append("\" height=\"").Append(Num(height)).Append("\"/></clipPath>\n");
        return id;
    }

    public void BeginGroup(string? cssClass = null, string? clipId = null)
    {
        _body.Append("<g");
        Attr("class", cssClass);
        if (clipId is not null)
        {
            Attr("clip-path", "url(#" + clipId + ")");
        }

        _body.Append(">\n");
        _openGroups++;
    }

    public void EndGroup()
    {
        if (_openGroups == 0)
        {
            throw new InvalidOperationException("EndGroup without BeginGroup.");
        }

        _openGroups--;
        _body.Append("</g>\n");
    }

    public void Rect(double x, double y, double width, double height, string fill, string? cssClass = null,
        string? stroke = null, double strokeWidth = 1, double fillOpacity = 1, string? tooltip = null)
    {
        _body.Append("<rect");
        Attr("class", cssClass);
        Attr("x", x);
        Attr("y", y);
        Attr("width", Math.Max(0, width));
        Attr("height", Math.Max(0, height));
        Attr("fill", fill);
        Opacity(fillOpacity);
        Stroke(stroke, strokeWidth, null);
        Close("rect", tooltip);
    }

    public void Line(double x1, double y1, double x2, double y2, string stroke, double strokeWidth = 1,
        string? cssClass = null, string? dash = null)
    {
        _body.Append("<line");
        Attr("class", cssClass);
        Attr("x1", x1);
        Attr("y1", y1);
        Attr("x2", x2);
        Attr("y2", y2);
        Stroke(stroke, strokeWidth, dash);
        Close("line", null);
    }

    public void Circle(double cx, double cy, double r, string fill, string? cssClass = null,
        string? stroke = null, double strokeWidth = 1, string? tooltip = null)
    {
        _body.Append("<circle");
        Attr("class", cssClass);
        Attr("cx", cx);
        Attr("cy", cy);
        Attr("r", r);
        Attr("fill", fill);
        Stroke(stroke, strokeWidth, null);
        Close("circle", tooltip);
    }

    public void Path(SvgPath d, string? stroke, double strokeWidth = 1, string fill = "none", string? cssClass = null,
        string? dash = null, double fillOpacity = 1)
    {
        ArgumentNullException.ThrowIfNull(d);
        _body.Append("<path");
        Attr("class", cssClass);
        Attr("d", d.ToString());
        Attr("fill", fill);
        Opacity(fillOpacity);
        Stroke(stroke, strokeWidth, dash);
        if (stroke is not null)
        {
            // Round joins keep dense step curves from growing miter spikes.
            Attr("stroke-linejoin", "round");
        }

        Close("path", null);
    }

    public void Text(double x, double y, string text, double fontSize = 12, TextAnchor anchor = TextAnchor.Start,
        double rotate = 0, bool bold = false, string? cssClass = null, string fill = "#000000")
    {
        _body.Append("<text");
        Attr("class", cssClass);
        Attr("x", x);
        Attr("y", y);
        Attr("font-size", fontSize);
        if (anchor != TextAnchor.Start)
        {
            Attr("text-anchor", anchor == TextAnchor.Middle ? "middle" : "end");
        }

        if (bold)
        {
            Attr("font-weight", "bold");
        }

        if (fill != "#000000")
        {
            Attr("fill", fill);
        }

        if (rotate != 0)
        {
            Attr("transform", "rotate(" + Num(rotate) + " " + Num(x) + " " + Num(y) + ")");
        }

        _body.Append('>').Append(Escape(text)).Append("</text>\n");
    }

    /// <summary>Closes open groups and returns the finished document.</summary>
    public SvgDocument Build()
    {
        while (_openGroups > 0)
        {
            EndGroup();
        }

        var sb = new StringBuilder(_body.Length + _defs.Length + 400);
        sb.Append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        sb.Append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").Append(Num(Width)).Append("\" height=\"").Append(Num(Height))
            .Append("\" viewBox=\"0 0 ").Append(Num(Width)).Append(' ').Append(Num(Height))
            .Append("\" font-family=\"").Append(Escape(TextMetrics.FontFamily)).Append("\">\n");
        if (_defs.Length > 0)
        {
            sb.Append("<defs>\n").Append(_defs).Append("</defs>\n");
        }

        sb.Append(_body).Append("</svg>\n");
        return new SvgDocument(sb.ToString(), Width, Height);
    }

    private void Attr(string name, string? value)
    {
        if (value is not null)
        {
            _body.Append(' ').Append(name).Append("=\"").Append(Escape(value)).Append('"');
        }
    }

    private void Attr(string name, double value) => _body.Append(' ').Append(name).Append("=\"").Append(Num(value)).Append('"');

    private void Opacity(double fillOpacity)
    {
        if (fillOpacity < 1)
        {
            Attr("fill-opacity", fillOpacity);
        }
    }

    private void Stroke(string? stroke, double strokeWidth, string? dash)
    {
        if (stroke is null)
        {
            return;
        }

        Attr("stroke", stroke);
        if (strokeWidth != 1)
        {
            Attr("stroke-width", strokeWidth);
        }

        Attr("stroke-dasharray", dash);
    }

    private void Close(string element, string? tooltip)
    {
        if (tooltip is null)
        {
            _body.Append("/>\n");
            return;
        }

        // A title child is the SVG tooltip: browsers show it on hover, at no cost to the picture.
        _body.Append("><title>").Append(Escape(tooltip)).Append("</title></").Append(element).Append(">\n");
    }
}
