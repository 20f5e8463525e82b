using Spectre.Console;
using Spectre.Console.Rendering;

namespace Burstsim.Scenarios.Outputs;

/// <summary>
/// How the run tables are laid out for the console's width. Wide: a column each for the sweep label (a sweep), the
/// case (more than one case) and the policy, headers on one line. <paramref name="Compact"/> (narrower than
/// <see cref="ConsoleTables.NarrowBelow"/>): each header's unit on a second line and one space less between columns.
/// <paramref name="Headings"/>: the sweep label and case as a heading row over their rows instead of columns (broken over
/// lines when <see cref="WrapHeadings"/>).
/// <paramref name="Rounded"/>: fewer decimals in the wide numeric columns. Name cells never wrap.
/// </summary>
internal sealed record TableLayout(bool ShowVariant, bool ShowCase, bool Compact, bool Headings, bool Rounded)
{
    /// <summary>The layouts to try for a console <paramref name="width"/> columns wide, the widest first; the last is used when none fits.</summary>
    public static IReadOnlyList<TableLayout> Candidates(bool showVariant, bool showCase, int width)
    {
        bool compact = width < ConsoleTables.NarrowBelow;
        var layouts = new List<TableLayout> { new(showVariant, showCase, compact, Headings: false, Rounded: false) };
        if (showVariant || showCase)
        {
            layouts.Add(new(showVariant, showCase, compact, Headings: true, Rounded: false));
            layouts.Add(layouts[^1] with { WrapHeadings = true });
        }

        if (compact)
        {
            layouts.Add(layouts[^1] with { Rounded = true });
        }

        return layouts;
    }

    /// <summary>Whether a heading longer than the policy names breaks over lines (when one line would not fit).</summary>
    public bool WrapHeadings { get; init; }

    /// <summary>Adds the name columns (sweep, case, policy) that lead every row.</summary>
    public void AddNameColumns(Table table)
    {
        ArgumentNullException.ThrowIfNull(table);
        if (ShowVariant && !Headings)
        {
            table.AddColumn(Pad(ConsoleTables.NameColumn("sweep"), table));
        }

        if (ShowCase && !Headings)
        {
            table.AddColumn(Pad(ConsoleTables.NameColumn("case"), table));
        }

        table.AddColumn(Pad(ConsoleTables.NameColumn("policy"), table));
    }

    /// <summary>Adds a right-aligned numeric column headed "<paramref name="name"/> <paramref name="unit"/>" (the unit on a second line when compact).</summary>
    public void AddValueColumn(Table table, string name, string unit = "")
    {
        ArgumentNullException.ThrowIfNull(table);
        string header = unit.Length == 0 ? name : name + (Compact ? "\n" : " ") + unit;
        table.AddColumn(Pad(new TableColumn(new Text(header)).RightAligned(), table));
    }

    /// <summary>The number format: <paramref name="rounded"/> when <see cref="Rounded"/>, else <paramref name="wide"/>.</summary>
    public string Format(string wide, string rounded) => Rounded ? rounded : wide;

    /// <summary>
    /// Adds the rows of <paramref name="keys"/> with their <paramref name="values"/>; with headings, a row naming the
    /// sweep label and case ("dpr=5, w48:") goes before the first row of each.
    /// </summary>
    public void AddRows(Table table, IReadOnlyList<RowKey> keys, IReadOnlyList<IReadOnlyList<IRenderable>> values)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(keys);
        ArgumentNullException.ThrowIfNull(values);
        string? current = null;
        // Wrapped, a heading breaks at its ", " to the longest policy name (at least 12, "dpr=5, w48:" on one line), so
        // it does not widen the column.
        int limit = WrapHeadings ? Math.Max(12, keys.Select(k => k.Policy.Length).DefaultIfEmpty(0).Max()) : int.MaxValue;
        for (int i = 0; i < keys.Count; i++)
        {
            var key = keys[i];
            var cells = new List<IRenderable>();
            if (Headings)
            {
                string heading = string.Join(", ", new[] { ShowVariant ? key.Variant : "", ShowCase ? key.Case : "" }.Where(s => s.Length > 0));
                if (!string.Equals(current, heading, StringComparison.Ordinal))
                {
                    current = heading;
                    string text = string.Join("\n", ConsoleTables.Wrap(heading + ":", limit, ""));
                    table.AddRow([new Text(text, new Style(decoration: Decoration.Bold)), .. Enumerable.Range(1, table.Columns.Count - 1).Select(_ => Text.Empty)]);
                }
            }
            else
            {
                if (ShowVariant)
                {
                    cells.Add(new Text(key.Variant));
                }

                if (ShowCase)
                {
                    cells.Add(new Text(key.Case));
                }
            }

            cells.Add(new Text(key.Policy));
            cells.AddRange(values[i]);
            table.AddRow(cells);
        }
    }

    // Compact: one space before every column but the first, none after; with the border's blank between columns,
    // two between columns where a box needs three.
    private TableColumn Pad(TableColumn column, Table table) => Compact ? column.Padding(table.Columns.Count == 0 ? 0 : 1, 0, 0, 0) : column;
}
