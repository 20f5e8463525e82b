using Spectre.Console;
using Spectre.Console.Rendering;

namespace Burstsim.Scenarios.Outputs;

/// <summary>
/// What the run and sweep tables share: a console of the width <see cref="ConsoleWidth"/> resolves, a table style for
/// that width, the natural width of a table (to choose a compact layout before Spectre would wrap cells) and notes
/// printed under a table, left-aligned and word-wrapped to the width.
/// </summary>
internal static class ConsoleTables
{
    /// <summary>Below this width a table drops its box for a header rule, as borders cost three characters a column.</summary>
    public const int NarrowBelow = 100;

    /// <summary>A console writing to <paramref name="stdout"/>: colours only when <paramref name="interactive"/>, <paramref name="capturedWidth"/> columns when captured and <c>COLUMNS</c> is unset.</summary>
    public static IAnsiConsole Create(TextWriter stdout, bool interactive, int capturedWidth)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(stdout),
            Ansi = interactive ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = interactive ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
        });
        console.Profile.Width = ConsoleWidth.Resolve(interactive, capturedWidth);
        return console;
    }

    /// <summary>
    /// A table in the console's style: a rounded box on a wide terminal, an ASCII box when captured wide; narrower than
    /// <see cref="NarrowBelow"/>, no box, only a rule under the header (<see cref="HeaderRuleBorder"/>).
    /// </summary>
    public static Table NewTable(IAnsiConsole console, bool interactive)
    {
        ArgumentNullException.ThrowIfNull(console);
        var table = new Table();
        if (console.Profile.Width < NarrowBelow)
        {
            return table.Border(interactive ? HeaderRuleBorder.Unicode : HeaderRuleBorder.Hyphens);
        }

        return table.Border(interactive ? TableBorder.Rounded : TableBorder.Ascii);
    }

    /// <summary>Writes <paramref name="table"/> without trailing blanks or blank edge lines (<see cref="TrimmedLines"/>).</summary>
    public static void Write(IAnsiConsole console, Table table)
    {
        ArgumentNullException.ThrowIfNull(console);
        console.Write(new TrimmedLines(table, console));
    }

    /// <summary>A column for names (policies, cases, sweep labels): never wrapped, so "burst:g=2" stays on one line.</summary>
    public static TableColumn NameColumn(string header) => new TableColumn(header).NoWrap();

    /// <summary>The width <paramref name="table"/> takes when nothing limits it, in characters.</summary>
    public static int NaturalWidth(Table table)
    {
        ArgumentNullException.ThrowIfNull(table);
        using var text = new StringWriter();
        var probe = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(text),
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
        });
        probe.Profile.Width = 4096;
        probe.Write(table);
        return text.ToString().Split('\n').Max(l => l.TrimEnd('\r').Length);
    }

    /// <summary>Writes <paramref name="notes"/> under a table, each word-wrapped to the console's width, left-aligned, no trailing spaces.</summary>
    public static void WriteNotes(IAnsiConsole console, IEnumerable<string> notes)
    {
        ArgumentNullException.ThrowIfNull(console);
        foreach (string note in notes)
        {
            foreach (string line in Wrap(note, console.Profile.Width, ""))
            {
                console.Write(new Text(line + "\n"));
            }
        }
    }

    /// <summary>
    /// Greedy word wrap at <paramref name="width"/> characters; lines after the first start with <paramref name="indent"/>.
    /// A word longer than the width (a long path) gets a line of its own rather than being cut.
    /// </summary>
    public static IReadOnlyList<string> Wrap(string text, int width, string indent)
    {
        ArgumentNullException.ThrowIfNull(text);
        var lines = new List<string>();
        string line = "";
        foreach (string word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            bool empty = line.Length == 0 || (lines.Count > 0 && line.Length == indent.Length);
            if (empty)
            {
                line += word;
            }
            else if (line.Length + 1 + word.Length > width)
            {
                lines.Add(line);
                line = indent + word;
            }
            else
            {
                line += " " + word;
            }
        }

        if (line.Trim().Length > 0)
        {
            lines.Add(line);
        }

        return lines;
    }
}
