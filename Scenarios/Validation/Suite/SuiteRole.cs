namespace Burstsim.Scenarios.Validation.Suite;

/// <summary>Whether a model value was fitted to an experiment (docs/validation.md, data rule).</summary>
internal enum SuiteRole
{
    /// <summary>A default was fitted to it (../shared/calibration, the thesis sleep-120 figures).</summary>
    Fit,

    /// <summary>Never fitted to: its error is the model's.</summary>
    Validation,
}
