namespace Burstsim.Scenarios.Validation.Suite;

/// <summary>The kinds of real data the suite reads.</summary>
internal enum SuiteRealKind
{
    /// <summary>Lithops statistics CSVs (invocation/48, 96, 480): read as <c>validate --real</c> reads them.</summary>
    Lithops,

    /// <summary>The TeraSort timing CSVs (terasort/terasort-*.csv: milliseconds, one row per function).</summary>
    TeraSort,

    /// <summary>burst-communication-middleware benchmark CSVs (collectives/*.csv: one row per worker and run).</summary>
    Collective,

    /// <summary>Numbers published in a text (the thesis) with no data file behind them.</summary>
    Published,

    /// <summary>An experiment whose real values are not public: the table shows the simulated side only.</summary>
    HeldBack,
}
