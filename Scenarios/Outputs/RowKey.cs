namespace Burstsim.Scenarios.Outputs;

/// <summary>One row's names in the run tables: its sweep label ("" outside a sweep), case label and policy name.</summary>
internal sealed record RowKey(string Variant, string Case, string Policy);
