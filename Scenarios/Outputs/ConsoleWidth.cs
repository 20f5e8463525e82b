using System.Globalization;

namespace Burstsim.Scenarios.Outputs;

/// <summary>
/// How wide the console tables and notes may be, in characters: <c>COLUMNS</c> when set (also with stdout redirected,
/// so <c>COLUMNS=80 burstsim run ... &gt; out.txt</c> gives what an 80-column terminal shows), else the terminal's width,
/// else a fixed width for captured output (tests, CI, pipes), so captured output is the same on every machine.
/// </summary>
internal static class ConsoleWidth
{
    /// <summary>The narrowest width honoured: below it tables cannot hold one number per column.</summary>
    public const int Minimum = 40;

    private static readonly AsyncLocal<int?> Override = new();

    /// <summary>
    /// The width in characters: <c>COLUMNS</c> (an integer of at least <see cref="Minimum"/>; anything else is ignored,
    /// as shells leave it stale or empty), else the terminal's width when <paramref name="interactive"/>, else
    /// <paramref name="captured"/>.
    /// </summary>
    public static int Resolve(bool interactive, int captured)
    {
        if (Columns() is { } columns)
        {
            return columns;
        }

        if (interactive)
        {
            try
            {
                int width = Console.WindowWidth;
                return width > 0 ? Math.Max(width, Minimum) : captured; // 0 when the terminal does not say
            }
            catch (IOException)
            {
                return captured; // no terminal after all
            }
        }

        return captured;
    }

    /// <summary>The width <c>COLUMNS</c> asks for (or a test's <see cref="Use"/>); null when unset or not a usable width.</summary>
    public static int? Columns()
    {
        if (Override.Value is { } forced)
        {
            return forced;
        }

        string? text = Environment.GetEnvironmentVariable("COLUMNS");
        return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out int columns) && columns >= Minimum ? columns : null;
    }

    /// <summary>
    /// Sets the width for the calling flow (async-local, so tests run side by side in one process keep their own) as
    /// <c>COLUMNS</c> would; null restores reading <c>COLUMNS</c>.
    /// </summary>
    public static void Use(int? columns) => Override.Value = columns;
}
