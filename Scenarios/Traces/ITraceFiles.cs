namespace Burstsim.Scenarios.Traces;

/// <summary>The files of one trace in one of the formats burstsim replays: measured per function, and sampled into the same format.</summary>
internal interface ITraceFiles
{
    /// <summary>The format, as a scenario's <c>workload.type</c> names it.</summary>
    string Format { get; }

    /// <summary>The files, as given.</summary>
    IReadOnlyList<string> Files { get; }

    /// <summary>Checks every file with the reader a scenario's replay uses, then measures each function.</summary>
    /// <exception cref="Simulator.Workloads.TraceFormatException">A missing column or a bad cell (names the file, line and column).</exception>
    TraceProfile Profile();

    /// <summary>
    /// Writes the functions of <paramref name="profile"/> whose keys <paramref name="calls"/> holds, each with that many calls
    /// (its calls thinned or repeated evenly, <see cref="CallScaler"/>), in this format: each file to <paramref name="target"/>(file).
    /// </summary>
    void WriteSample(TraceProfile profile, IReadOnlyDictionary<string, long> calls, Func<string, string> target);
}
