namespace Burstsim.Results.Charts;

/// <summary>Line breaking of figure labels: by characters for tick labels, by words for panel names.</summary>
internal static class ChartText
{
    /// <summary>The words of <paramref name="text"/> on lines of at most <paramref name="characters"/> characters where they allow it (a longer word keeps its own line).</summary>
    public static string Wrap(string text, int characters)
    {
        var lines = new List<string>();
        string line = "";
        foreach (string word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (line.Length > 0 && line.Length + 1 + word.Length > characters)
            {
                lines.Add(line);
                line = word;
            }
            else
            {
                line = line.Length == 0 ? word : line + " " + word;
            }
        }

        lines.Add(line);
        return string.Join("\n", lines);
    }

    /// <summary>The words of <paramref name="text"/>, at most <paramref name="perLine"/> a line.</summary>
    public static string WrapWords(string text, int perLine) =>
        string.Join("\n", text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Chunk(perLine).Select(w => string.Join(' ', w)));
}
