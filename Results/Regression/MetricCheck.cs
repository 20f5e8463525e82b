using System.Globalization;

namespace Burstsim.Results.Regression;

/// <summary>One metric of one scenario case and policy compared with its baseline.</summary>
/// <param name="Run">Scenario, case and policy.</param>
/// <param name="Metric">The metric.</param>
/// <param name="Baseline">The recorded mean and 95% interval.</param>
/// <param name="Now">The same over this run's replications.</param>
/// <param name="Tolerance">The tolerance applied.</param>
/// <param name="Allowed">The allowed distance from the baseline mean towards the new mean, in the metric's unit.</param>
/// <param name="Verdict">Holds, regressed or improved.</param>
public sealed record MetricCheck(RunKey Run, GateMetric Metric, MetricValue Baseline, MetricValue Now, Tolerance Tolerance, double Allowed, Verdict Verdict)
{
    /// <summary>New mean minus baseline mean (NaN when either has no value).</summary>
    public double Delta => Now.Mean - Baseline.Mean;

    /// <summary>Delta as a fraction of the baseline mean (NaN when the baseline is zero or absent).</summary>
    public double RelativeDelta => Baseline.Mean == 0 ? double.NaN : Delta / Math.Abs(Baseline.Mean);

    /// <summary>The delta as tables print it: <c>+0.150 s (+3.5%)</c>.</summary>
    public string DeltaText()
    {
        if (!double.IsFinite(Delta))
        {
            return "-";
        }

        string unit = Metric.Unit.Length > 0 ? " " + Metric.Unit : string.Empty;
        string text = Delta.ToString(Metric.Unit.Length > 0 ? "+0.000;-0.000;0" : "+0.##;-0.##;0", CultureInfo.InvariantCulture) + unit;
        return double.IsFinite(RelativeDelta) && Delta != 0
            ? text + " (" + (RelativeDelta * 100).ToString("+0.0;-0.0;0", CultureInfo.InvariantCulture) + "%)"
            : text;
    }

    /// <summary>A one-line account naming scenario, case, policy and metric, for logs and JUnit failures.</summary>
    public string Message()
    {
        string unit = Metric.Unit.Length > 0 ? " " + Metric.Unit : string.Empty;
        string what = Verdict switch
        {
            Verdict.Regressed => "regressed",
            Verdict.Improved => "improved beyond tolerance (if intended, record it with --update)",
            _ => "holds",
        };
        return $"{Run}, metric {Metric.Name}: {what}: baseline {Format(Baseline.Mean)}{unit}, now {Format(Now.Mean)}{unit}, delta {DeltaText()}, allowed {Tolerance.Describe(Metric.Unit)} = {Format(Allowed)}{unit}";
    }

    /// <summary>A value as messages print it: every recorded digit, at least three decimals for times; <c>none</c> for no value.</summary>
    public static string Format(double value) =>
        double.IsFinite(value) ? value.ToString("0.000###", CultureInfo.InvariantCulture) : "none";

    /// <summary>A value as the table prints it: milliseconds for times, up to two decimals for counts (means over replications).</summary>
    public string Short(double value) =>
        !double.IsFinite(value) ? "none" : value.ToString(Metric.Unit.Length > 0 ? "0.000" : "0.##", CultureInfo.InvariantCulture);
}
