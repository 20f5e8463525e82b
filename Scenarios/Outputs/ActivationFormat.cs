namespace Burstsim.Scenarios.Outputs;

/// <summary>The file format of a run's per-function rows (<c>run --format</c>).</summary>
internal enum ActivationFormat
{
    /// <summary>activations.csv: the Lithops statistics as text (the default; what merge and the figures read).</summary>
    Csv,

    /// <summary>activations.parquet: the same columns, typed and columnar (pandas, polars, R arrow).</summary>
    Parquet,
}
