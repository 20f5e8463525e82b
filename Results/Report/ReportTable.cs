namespace Burstsim.Results.Report;

/// <summary>A table for the report: a header row and rows of already formatted cells.</summary>
public sealed record ReportTable(string Title, IReadOnlyList<string> Header, IReadOnlyList<IReadOnlyList<string>> Rows)
{
    public void Validate()
    {
        ArgumentNullException.ThrowIfNull(Title);
        ArgumentNullException.ThrowIfNull(Header);
        ArgumentNullException.ThrowIfNull(Rows);
        for (int i = 0; i < Rows.Count; i++)
        {
            if (Rows[i] is null || Rows[i].Count != Header.Count)
            {
                throw new ArgumentException(
                    $"Table '{Title}', row {i + 1}: {Rows[i]?.Count ?? 0} cells for {Header.Count} columns.", nameof(Rows));
            }
        }
    }
}
