using Burstsim.Results.Charts;
using Burstsim.Results.Report;

namespace Burstsim.Scenarios.Figures;

/// <summary>
/// Collects the figure set as it is drawn: saves each SVG under figures/ and keeps its report entry
/// (title, caption, table beside it) in drawing order, which is the order of index.html.
/// </summary>
internal sealed class FigureSheet(string root)
{
    private readonly List<ReportFigure> _figures = [];
    private readonly List<string> _svgFiles = [];

    public IReadOnlyList<ReportFigure> Figures => _figures;

    /// <summary>Full paths of the SVGs written, in order.</summary>
    public IReadOnlyList<string> SvgFiles => _svgFiles;

    public void Add(string fileName, SvgDocument svg, string title, string caption, ReportTable? table)
    {
        ArgumentNullException.ThrowIfNull(svg);
        string relative = "figures/" + fileName;
        string path = Path.Combine(root, "figures", fileName);
        svg.Save(path);
        _svgFiles.Add(path);
        _figures.Add(new ReportFigure(title, caption, relative) { Table = table });
    }
}
