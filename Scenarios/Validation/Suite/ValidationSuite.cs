namespace Burstsim.Scenarios.Validation.Suite;

/// <summary>
/// The validation suite (Scenarios/catalogue/validation/suite.yaml): every public experiment the model is compared with, the
/// tolerance of each metric (relative error) and the revision of the public data the real values were read from.
/// </summary>
/// <param name="Data">The data's repository and commit, e.g. <c>Burst-Computing/burst-validation-results@0635a78</c>.</param>
/// <param name="Tolerances">Metric -> largest accepted |relative error|.</param>
/// <param name="Rows">The comparisons, in table order.</param>
internal sealed record ValidationSuite(string Data, IReadOnlyDictionary<string, double> Tolerances, IReadOnlyList<SuiteRow> Rows);
