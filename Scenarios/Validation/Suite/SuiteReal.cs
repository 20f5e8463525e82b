namespace Burstsim.Scenarios.Validation.Suite;

/// <summary>Where one suite row's real values come from.</summary>
/// <param name="Kind">The kind of data.</param>
/// <param name="Files">Data files, relative to the burst-validation-results checkout; several = repeated runs, averaged.</param>
/// <param name="Source">For published or held-back values: the text and place that give them (or say why not).</param>
/// <param name="Published">For <see cref="SuiteRealKind.Published"/>: metric -> value as the text states it.</param>
/// <param name="BurstSize">For collectives: the burst size (workers) selected from the file.</param>
/// <param name="Granularity">For collectives: the granularity selected from the file.</param>
internal sealed record SuiteReal(
    SuiteRealKind Kind,
    IReadOnlyList<string> Files,
    string? Source = null,
    IReadOnlyDictionary<string, double>? Published = null,
    int? BurstSize = null,
    int? Granularity = null);
