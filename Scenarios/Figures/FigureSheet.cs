using Burstsim.Results.Charts;
using Burstsim.Results.Report;

namespace Burstsim.Scenarios.Figures;

/// <summary>
/// Collects the figure set as it is drawn: saves each figure under figures/ in every format asked
/// for, the numbers it draws as data/NAME.csv (and the table shown beside it as data/NAME-table.csv), and keeps its report entry (title, caption with the chart's notes, table beside it) in
/// drawing order, which is the order of index.html and of figures/captions.md (each file's title and caption, for a
/// paper's figure environment: paper-style figures carry no title of their own). The report shows the SVG when
/// written, else the PNG.
/// </summary>
internal sealed class FigureSheet(string root, IReadOnlyList<ExportFormat> formats, FigureStyle style)
{
    /// <summary>The captions file beside the figures.</summary>
    public const string CaptionsFile = "figures/captions.md";

    private readonly List<ReportFigure> _figures = [];
    private readonly List<string> _files = [];

    public IReadOnlyList<ReportFigure> Figures => _figures;

    /// <summary>Screen or paper: every figure of the sheet is drawn in it.</summary>
    public FigureStyle Style => style;

    /// <summary>Paths of every figure file written, relative to the root, in order.</summary>
    public IReadOnlyList<string> Files => _files;

    /// <summary>Saves <paramref name="figure"/> as figures/NAME.EXT per format; a ".svg" ending of the name is dropped.</summary>
    public void Add(string name, ChartFigure figure, string title, string caption, ReportTable? table)
    {
        ArgumentNullException.ThrowIfNull(figure);
        string stem = name.EndsWith(".svg", StringComparison.OrdinalIgnoreCase) ? name[..^4] : name;
        Execution.Interruption.ThrowIfRequested(); // drawing takes a while: stop between figures, not after the last
        Execution.StagingRegistry.CreateDirectory(Path.Combine(root, "figures"));
        var written = figure.Save(Path.Combine(root, "figures"), stem, formats).Select(f => "figures/" + f).ToArray();
        _files.AddRange(written);
        string shown = written.FirstOrDefault(f => f.EndsWith(".svg", StringComparison.Ordinal))
                       ?? written.FirstOrDefault(f => f.EndsWith(".png", StringComparison.Ordinal))
                       ?? written[0];
        string data = "data/" + stem + ".csv";
        Execution.StagingRegistry.CreateDirectory(Path.Combine(root, "data"));
        File.WriteAllText(Path.Combine(root, data), figure.Data.ToCsv(), Burstsim.Scenarios.Outputs.RunOutputs.Utf8);
        _files.Add(data);
        string tableNote = "";
        if (table is not null)
        {
            // The table beside the figure in index.html is data too: a reader of captions.md or the CSVs must find it.
            string tableData = "data/" + stem + "-table.csv";
            var text = new System.Text.StringBuilder(Outputs.CsvCells.Line(table.Header));
            foreach (var row in table.Rows)
            {
                text.Append(Outputs.CsvCells.Line(row));
            }

            File.WriteAllText(Path.Combine(root, tableData), text.ToString(), Burstsim.Scenarios.Outputs.RunOutputs.Utf8);
            _files.Add(tableData);
            tableNote = $" Table: {tableData}.";
        }

        _figures.Add(new ReportFigure(title, $"{FigureCaption.WithNotes(caption, figure)} Drawn numbers: {data}.{tableNote}", shown) { Table = table });
    }

    /// <summary>Writes <see cref="CaptionsFile"/>: per figure its files, title and caption (with the chart's notes); returns its path relative to the root.</summary>
    public string WriteCaptions()
    {
        var text = new System.Text.StringBuilder("# Figure captions\n\n");
        foreach (var figure in _figures)
        {
            string stem = Path.ChangeExtension(Path.GetFileName(figure.ImagePath), null);
            FigureCaption.Append(text, stem, figure.Title, figure.Caption);
        }

        Execution.StagingRegistry.CreateDirectory(Path.Combine(root, "figures"));
        File.WriteAllText(Path.Combine(root, CaptionsFile), text.ToString(), Burstsim.Scenarios.Outputs.RunOutputs.Utf8);
        return CaptionsFile;
    }
}
