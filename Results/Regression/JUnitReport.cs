using System.Globalization;
using System.Xml;

namespace Burstsim.Results.Regression;

/// <summary>
/// The gate's verdicts as JUnit XML, the shape CI systems display (GitHub Actions test reporters,
/// GitLab's <c>artifacts:reports:junit</c>, Jenkins): <c>testsuites</c> > one <c>testsuite</c> per
/// scenario > one <c>testcase</c> per case x policy x metric (classname <c>scenario.case.policy</c>,
/// name the metric) with a <c>failure</c> when it regressed, or improved while improvements fail.
/// No timestamps or durations, so the same verdicts give the same bytes.
/// </summary>
public static class JUnitReport
{
    public static void Write(TextWriter writer, IReadOnlyList<MetricCheck> checks, bool improvementsFail)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(checks);
        var settings = new XmlWriterSettings { Indent = true, IndentChars = "  ", NewLineChars = "\n", Encoding = OutputEncoding.Utf8NoBom };
        using var xml = XmlWriter.Create(writer, settings);
        xml.WriteStartDocument();
        xml.WriteStartElement("testsuites");
        xml.WriteAttributeString("name", "burstsim check");
        Counts(xml, checks, improvementsFail);
        foreach (var suite in checks.GroupBy(c => c.Run.Scenario, StringComparer.Ordinal))
        {
            xml.WriteStartElement("testsuite");
            xml.WriteAttributeString("name", suite.Key);
            Counts(xml, [.. suite], improvementsFail);
            foreach (var check in suite)
            {
                xml.WriteStartElement("testcase");
                xml.WriteAttributeString("classname", ClassName(check.Run));
                xml.WriteAttributeString("name", check.Metric.Name);
                if (Fails(check, improvementsFail))
                {
                    xml.WriteStartElement("failure");
                    xml.WriteAttributeString("type", check.Verdict == Verdict.Regressed ? "regressed" : "improved");
                    xml.WriteAttributeString("message", check.Message());
                    xml.WriteString(Details(check));
                    xml.WriteEndElement();
                }
                else if (check.Verdict == Verdict.Improved)
                {
                    xml.WriteElementString("system-out", check.Message());
                }

                xml.WriteEndElement();
            }

            xml.WriteEndElement();
        }

        xml.WriteEndElement();
        xml.WriteEndDocument();
    }

    /// <summary>Whether a check fails the gate: a regression always, an improvement unless allowed.</summary>
    public static bool Fails(MetricCheck check, bool improvementsFail) =>
        check.Verdict == Verdict.Regressed || (improvementsFail && check.Verdict == Verdict.Improved);

    private static string ClassName(RunKey run) =>
        string.Equals(run.Case, run.Scenario, StringComparison.Ordinal) ? $"{run.Scenario}.{run.Policy}" : $"{run.Scenario}.{run.Case}.{run.Policy}";

    private static void Counts(XmlWriter xml, IReadOnlyList<MetricCheck> checks, bool improvementsFail)
    {
        xml.WriteAttributeString("tests", checks.Count.ToString(CultureInfo.InvariantCulture));
        xml.WriteAttributeString("failures", checks.Count(c => Fails(c, improvementsFail)).ToString(CultureInfo.InvariantCulture));
        xml.WriteAttributeString("errors", "0");
        xml.WriteAttributeString("skipped", "0");
    }

    private static string Details(MetricCheck check)
    {
        string unit = check.Metric.Unit.Length > 0 ? " " + check.Metric.Unit : string.Empty;
        return string.Create(
            CultureInfo.InvariantCulture,
            $"baseline mean {MetricCheck.Format(check.Baseline.Mean)}{unit}, 95% interval [{MetricCheck.Format(check.Baseline.Low)}, {MetricCheck.Format(check.Baseline.High)}]\n"
            + $"now mean {MetricCheck.Format(check.Now.Mean)}{unit}, 95% interval [{MetricCheck.Format(check.Now.Low)}, {MetricCheck.Format(check.Now.High)}]\n"
            + $"tolerance {check.Tolerance.Describe(check.Metric.Unit)}: allowed {MetricCheck.Format(check.Allowed)}{unit}, delta {check.DeltaText()}\n");
    }
}
