using System.Xml.Linq;
using Burstsim.Results.Regression;

namespace Burstsim.Results.Tests.Regression;

public sealed class JUnitReportTests
{
    private static MetricValue Exactly(double v) => new(v, v, v);

    private static List<MetricCheck> Checks()
    {
        var checks = new List<MetricCheck>();
        foreach (var (scenario, @case) in new[] { ("thesis-sleep-120", "thesis-sleep-120"), ("paper-startup", "w48") })
        {
            foreach (string policy in new[] { "classic", "burst" })
            {
                foreach (var metric in GateMetric.All)
                {
                    // One regression and one improvement; everything else holds.
                    double now = (scenario, policy, metric.Name) switch
                    {
                        ("thesis-sleep-120", "burst", "startup_p50_s") => 12,
                        ("paper-startup", "classic", "makespan_s") => 8,
                        _ => 10,
                    };
                    checks.Add(MetricComparison.Compare(new RunKey(scenario, @case, policy), metric, Exactly(10), Exactly(now), Tolerance.Default));
                }
            }
        }

        return checks;
    }

    private static XDocument Report(bool improvementsFail)
    {
        using var text = new StringWriter();
        JUnitReport.Write(text, Checks(), improvementsFail);
        return XDocument.Parse(text.ToString());
    }

    [Fact]
    public void Has_the_JUnit_shape_testsuites_testsuite_testcase_failure()
    {
        var root = Report(improvementsFail: true).Root!;

        Assert.Equal("testsuites", root.Name.LocalName);
        Assert.All(root.Elements(), e => Assert.Equal("testsuite", e.Name.LocalName));
        Assert.All(root.Elements().Elements(), e => Assert.Equal("testcase", e.Name.LocalName));
        Assert.All(root.Descendants("testcase").Elements(), e => Assert.Contains(e.Name.LocalName, new[] { "failure", "system-out" }));
        Assert.All(root.Descendants("testcase"), e => Assert.NotNull(e.Attribute("classname")));
    }

    [Fact]
    public void Has_one_suite_per_scenario_and_one_case_per_scenario_case_policy_and_metric()
    {
        var root = Report(improvementsFail: true).Root!;

        Assert.Equal(["thesis-sleep-120", "paper-startup"], root.Elements("testsuite").Select(s => (string)s.Attribute("name")!));
        Assert.Equal(2 * 2 * GateMetric.All.Count, root.Descendants("testcase").Count());
        Assert.Equal(2 * 2 * GateMetric.All.Count, (int)root.Attribute("tests")!);
        Assert.Contains(root.Descendants("testcase"), c => (string)c.Attribute("classname")! == "paper-startup.w48.burst" && (string)c.Attribute("name")! == "cold_starts");
        Assert.Contains(root.Descendants("testcase"), c => (string)c.Attribute("classname")! == "thesis-sleep-120.classic");
    }

    [Fact]
    public void Marks_the_regression_as_a_failure_naming_scenario_policy_and_metric()
    {
        var root = Report(improvementsFail: false).Root!;

        var failure = Assert.Single(root.Descendants("failure"));
        Assert.Equal("regressed", (string)failure.Attribute("type")!);
        Assert.StartsWith("scenario thesis-sleep-120, policy burst, metric startup_p50_s: regressed", (string)failure.Attribute("message")!, StringComparison.Ordinal);
        Assert.Equal("startup_p50_s", (string)failure.Parent!.Attribute("name")!);
        Assert.Equal(1, (int)root.Attribute("failures")!);
        Assert.Equal([1, 0], root.Elements("testsuite").Select(s => (int)s.Attribute("failures")!));
    }

    [Fact]
    public void Fails_an_improvement_unless_improvements_are_allowed()
    {
        var strict = Report(improvementsFail: true).Root!;
        var lenient = Report(improvementsFail: false).Root!;

        Assert.Contains(strict.Descendants("failure"), f => (string)f.Attribute("type")! == "improved");
        Assert.Equal(2, (int)strict.Attribute("failures")!);
        Assert.Contains("improved beyond tolerance", Assert.Single(lenient.Descendants("system-out")).Value, StringComparison.Ordinal);
    }
}
