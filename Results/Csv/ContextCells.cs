using System.Globalization;

namespace Burstsim.Results.Csv;

/// <summary>
/// A run context's cells, escaped once when the context is chosen rather than on every row: a
/// million-row file repeats them a million times.
/// </summary>
/// <param name="Context">The context the cells were made from.</param>
/// <param name="RunCells">scenario, policy, granularity, replication, seed, joined by commas.</param>
/// <param name="SweptCells">One leading comma and value per header swept column (empty when the context does not set it).</param>
internal sealed record ContextCells(RunContext Context, string RunCells, string SweptCells)
{
    public static ContextCells For(RunContext context, IReadOnlyList<string> sweptColumns)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Validate();
        foreach (var pair in context.Swept)
        {
            if (!sweptColumns.Contains(pair.Key, StringComparer.Ordinal))
            {
                throw new ArgumentException(
                    $"Swept column '{pair.Key}' is not in this file's header ({string.Join(", ", sweptColumns)}); declare it when creating the writer.",
                    nameof(context));
            }
        }

        string run = string.Join(',',
            CsvText.Escape(context.Scenario),
            CsvText.Escape(context.Policy),
            CsvText.Escape(context.Granularity),
            context.Replication.ToString(CultureInfo.InvariantCulture),
            context.Seed.ToString(CultureInfo.InvariantCulture));
        string swept = string.Concat(sweptColumns.Select(name => "," + CsvText.Escape(context.SweptValue(name) ?? string.Empty)));
        return new ContextCells(context, run, swept);
    }
}
