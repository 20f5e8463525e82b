using System.Globalization;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Burstsim.Results.Regression;

/// <summary>
/// Writes a baseline as YAML that diffs well in review: one field per line, one metric per line
/// (<c>makespan_s: {mean: 17.99, ci95: [17.9, 18.1]}</c>), fixed order, invariant numbers.
/// </summary>
public static class BaselineWriter
{
    public static void Write(TextWriter writer, Baseline baseline)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(baseline);
        writer.Write(
            "# burstsim regression baseline. `burstsim check --baseline THIS_FILE` reruns the scenario with this\n"
            + "# seed and replications and compares each metric with its tolerance (docs/ci-gate.md).\n"
            + "# After an intended change, record it again: burstsim check --baseline THIS_FILE --update\n");
        var emitter = new Emitter(writer, EmitterSettings.Default.WithBestWidth(int.MaxValue).WithNewLine("\n").WithIndentedSequences());
        emitter.Emit(new StreamStart());
        emitter.Emit(new DocumentStart(null, null, isImplicit: true));
        BeginMapping(emitter, MappingStyle.Block);
        Pair(emitter, "format", Baseline.CurrentFormat.ToString(CultureInfo.InvariantCulture));
        Pair(emitter, "scenario", baseline.Scenario);
        Pair(emitter, "scenario_sha256", baseline.ScenarioSha256);
        Pair(emitter, "tool_version", baseline.ToolVersion);
        Pair(emitter, "seed", baseline.Seed.ToString(CultureInfo.InvariantCulture));
        Pair(emitter, "replications", baseline.Replications.ToString(CultureInfo.InvariantCulture));

        Scalar(emitter, "tolerances");
        BeginMapping(emitter, MappingStyle.Block);
        WriteTolerance(emitter, "default", baseline.Tolerances.Default);
        foreach (var metric in GateMetric.Known.Where(m => baseline.Tolerances.PerMetric.ContainsKey(m.Name)))
        {
            WriteTolerance(emitter, metric.Name, baseline.Tolerances.PerMetric[metric.Name]);
        }

        emitter.Emit(new MappingEnd());

        Scalar(emitter, "metrics");
        emitter.Emit(new SequenceStart(null, null, isImplicit: true, SequenceStyle.Flow));
        foreach (var metric in baseline.Metrics)
        {
            Scalar(emitter, metric.Name);
        }

        emitter.Emit(new SequenceEnd());

        Scalar(emitter, "runs");
        emitter.Emit(new SequenceStart(null, null, isImplicit: true, SequenceStyle.Block));
        foreach (var run in baseline.Runs)
        {
            BeginMapping(emitter, MappingStyle.Block);
            Pair(emitter, "case", run.Case);
            Pair(emitter, "policy", run.Policy);
            foreach (var metric in GateMetric.Known.Where(m => run.Metrics.ContainsKey(m.Name)))
            {
                WriteValue(emitter, metric.Name, run.Metrics[metric.Name]);
            }

            emitter.Emit(new MappingEnd());
        }

        emitter.Emit(new SequenceEnd());
        emitter.Emit(new MappingEnd());
        emitter.Emit(new DocumentEnd(isImplicit: true));
        emitter.Emit(new StreamEnd());
    }

    public static string ToText(Baseline baseline)
    {
        using var text = new StringWriter(CultureInfo.InvariantCulture);
        Write(text, baseline);
        return text.ToString();
    }

    private static void WriteTolerance(IEmitter emitter, string key, Tolerance tolerance)
    {
        Scalar(emitter, key);
        BeginMapping(emitter, MappingStyle.Flow);
        if (tolerance.Relative is { } r)
        {
            Pair(emitter, "relative", Number(r));
        }

        if (tolerance.Absolute is { } a)
        {
            Pair(emitter, "absolute", Number(a));
        }

        Pair(emitter, "interval", tolerance.Interval ? "true" : "false");
        emitter.Emit(new MappingEnd());
    }

    private static void WriteValue(IEmitter emitter, string key, MetricValue value)
    {
        Scalar(emitter, key);
        BeginMapping(emitter, MappingStyle.Flow);
        Pair(emitter, "mean", Number(value.Mean));
        Scalar(emitter, "ci95");
        emitter.Emit(new SequenceStart(null, null, isImplicit: true, SequenceStyle.Flow));
        Scalar(emitter, Number(value.Low));
        Scalar(emitter, Number(value.High));
        emitter.Emit(new SequenceEnd());
        emitter.Emit(new MappingEnd());
    }

    /// <summary>Invariant, at most <see cref="MetricValue.Decimals"/> digits; a run without a value is <c>null</c>.</summary>
    private static string Number(double value) =>
        double.IsFinite(value) ? value.ToString("0.######", CultureInfo.InvariantCulture) : "null";

    private static void BeginMapping(IEmitter emitter, MappingStyle style) =>
        emitter.Emit(new MappingStart(null, null, isImplicit: true, style));

    private static void Pair(IEmitter emitter, string key, string value)
    {
        Scalar(emitter, key);
        Scalar(emitter, value);
    }

    private static void Scalar(IEmitter emitter, string value) => emitter.Emit(new Scalar(value));
}
