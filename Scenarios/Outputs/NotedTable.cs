using Spectre.Console;

namespace Burstsim.Scenarios.Outputs;

/// <summary>A table and the notes printed under it, left-aligned (a Spectre caption is centred and padded).</summary>
internal sealed record NotedTable(Table Table, IReadOnlyList<string> Notes);
