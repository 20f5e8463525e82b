using System.Globalization;
using System.Text;

namespace Burstsim.Results.Report;

/// <summary>
/// The report page: index.html with each figure (linked by relative path, so the folder can be
/// copied or zipped as is) at full width, its caption and optional table under it, then the summary tables.
/// Self-contained (inline CSS, no scripts, no external assets) and free of timestamps, so the
/// same inputs give the same bytes. Every text is HTML-escaped.
/// </summary>
public sealed record HtmlReport
{
    public const string FileName = "index.html";

    public required string Title { get; init; }

    /// <summary>A paragraph under the title (scenario, seed, how to regenerate); empty for none.</summary>
    public string Description { get; init; } = "";

    public IReadOnlyList<ReportFigure> Figures { get; init; } = [];

    public IReadOnlyList<ReportTable> Tables { get; init; } = [];

    // Figures at their own pixel width (labels readable at 100% zoom), shrinking only on narrow
    // windows; a figure's table follows it rather than squeezing it.
    private const string Css = """
        body { font-family: "DejaVu Sans", "Liberation Sans", Arial, Helvetica, sans-serif; margin: 2em; color: #222; }
        h1 { font-size: 1.6em; } h2 { font-size: 1.25em; margin-top: 2em; } h3 { font-size: 1.05em; }
        figure { margin: 0; }
        figure img { display: block; max-width: 100%; height: auto; border: 1px solid #ddd; }
        figcaption { font-size: 0.9em; color: #444; margin-top: 0.5em; max-width: 1000px; }
        .table { overflow-x: auto; margin-top: 1em; }
        table { border-collapse: collapse; font-size: 0.9em; }
        th, td { border: 1px solid #ccc; padding: 0.25em 0.6em; }
        th { background: #f2f2f2; text-align: left; }
        td.num { text-align: right; font-variant-numeric: tabular-nums; }
        """;

    public string Render()
    {
        ArgumentNullException.ThrowIfNull(Title);
        ArgumentNullException.ThrowIfNull(Figures);
        ArgumentNullException.ThrowIfNull(Tables);
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append("<title>").Append(HtmlText.Escape(Title)).Append("</title>\n")
            .Append("<style>\n").Append(Css).Append("\n</style>\n</head>\n<body>\n")
            .Append("<h1>").Append(HtmlText.Escape(Title)).Append("</h1>\n");
        if (Description.Length > 0)
        {
            html.Append("<p class=\"description\">").Append(HtmlText.Escape(Description)).Append("</p>\n");
        }

        AppendContents(html);
        for (int i = 0; i < Figures.Count; i++)
        {
            AppendFigure(html, Figures[i], i + 1);
        }

        if (Tables.Count > 0)
        {
            html.Append("<section id=\"tables\">\n<h2>Summary tables</h2>\n");
            foreach (var table in Tables)
            {
                AppendTable(html, table);
            }

            html.Append("</section>\n");
        }

        html.Append("</body>\n</html>\n");
        return html.ToString();
    }

    /// <summary>Writes index.html into the existing folder and returns its path (the folder is not created: see <see cref="Charts.ChartFigure.Save(string)"/>).</summary>
    /// <exception cref="DirectoryNotFoundException">The folder does not exist.</exception>
    public string Write(string directory)
    {
        ArgumentException.ThrowIfNullOrEmpty(directory);
        string path = Path.Combine(directory, FileName);
        File.WriteAllText(path, Render(), OutputEncoding.Utf8NoBom);
        return path;
    }

    private void AppendContents(StringBuilder html)
    {
        if (Figures.Count + Tables.Count < 2)
        {
            return;
        }

        html.Append("<nav>\n<ul>\n");
        for (int i = 0; i < Figures.Count; i++)
        {
            html.Append("<li><a href=\"#figure-").Append((i + 1).ToString(CultureInfo.InvariantCulture)).Append("\">")
                .Append(HtmlText.Escape(Figures[i].Title)).Append("</a></li>\n");
        }

        if (Tables.Count > 0)
        {
            html.Append("<li><a href=\"#tables\">Summary tables</a></li>\n");
        }

        html.Append("</ul>\n</nav>\n");
    }

    private static void AppendFigure(StringBuilder html, ReportFigure figure, int number)
    {
        ArgumentNullException.ThrowIfNull(figure);
        string link = HtmlText.RelativeLink(figure.ImagePath);
        html.Append("<section class=\"figure\" id=\"figure-").Append(number.ToString(CultureInfo.InvariantCulture)).Append("\">\n")
            .Append("<h2>").Append(HtmlText.Escape(figure.Title)).Append("</h2>\n<figure>\n<a href=\"").Append(link).Append("\">");
        // Browsers show SVG and PNG inline; a PDF-only figure is a link.
        if (figure.ImagePath.EndsWith(".pdf", StringComparison.OrdinalIgnoreCase))
        {
            html.Append(HtmlText.Escape(figure.Title)).Append(" (PDF)");
        }
        else
        {
            html.Append("<img src=\"").Append(link).Append("\" alt=\"").Append(HtmlText.Escape(figure.Title)).Append("\">");
        }

        html.Append("</a>\n<figcaption>").Append(HtmlText.Escape(figure.Caption)).Append("</figcaption>\n</figure>\n");
        if (figure.Table is not null)
        {
            html.Append("<div class=\"table\">\n");
            AppendTable(html, figure.Table);
            html.Append("</div>\n");
        }

        html.Append("</section>\n");
    }

    private static void AppendTable(StringBuilder html, ReportTable table)
    {
        table.Validate();
        if (table.Title.Length > 0)
        {
            html.Append("<h3>").Append(HtmlText.Escape(table.Title)).Append("</h3>\n");
        }

        html.Append("<table>\n<thead>\n<tr>");
        foreach (string cell in table.Header)
        {
            html.Append("<th>").Append(HtmlText.Escape(cell ?? "")).Append("</th>");
        }

        html.Append("</tr>\n</thead>\n<tbody>\n");
        foreach (var row in table.Rows)
        {
            html.Append("<tr>");
            foreach (string cell in row)
            {
                // Numbers align right so that columns of them compare at a glance.
                bool numeric = double.TryParse(cell, NumberStyles.Float, CultureInfo.InvariantCulture, out _);
                html.Append(numeric ? "<td class=\"num\">" : "<td>").Append(HtmlText.Escape(cell ?? "")).Append("</td>");
            }

            html.Append("</tr>\n");
        }

        html.Append("</tbody>\n</table>\n");
    }
}
