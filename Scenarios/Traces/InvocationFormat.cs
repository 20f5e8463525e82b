using Burstsim.Simulator.Workloads;

namespace Burstsim.Scenarios.Traces;

/// <summary>
/// How one per-invocation trace format (a row per call) names a row's function, its arrival, run time and memory, as its
/// reader in Simulator/Workloads does; and which column carries the time that a repeated call moves.
/// </summary>
/// <param name="Name">The format, as a scenario's <c>workload.type</c> names it.</param>
/// <param name="Signature">Columns whose presence in the header identifies the format.</param>
/// <param name="Check">Opens the file with the replay's reader (which checks every cell).</param>
/// <param name="TimeColumn">The column moved for a repeated call (the arrival, or Azure 2021's end_timestamp).</param>
/// <param name="Key">The row's function, as the reader names its action.</param>
/// <param name="Arrival">The row's arrival, s.</param>
/// <param name="Duration">The row's run time, s; null where the format has none.</param>
/// <param name="Memory">The row's memory, MB; null where the format or the row has none.</param>
internal sealed record InvocationFormat(
    string Name,
    IReadOnlyList<string> Signature,
    Func<Func<TextReader>, string, TraceRowStream> Check,
    string TimeColumn,
    Func<Func<string, string>, string> Key,
    Func<Func<string, string>, double> Arrival,
    Func<Func<string, string>, double?> Duration,
    Func<Func<string, string>, double?> Memory);
