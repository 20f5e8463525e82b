using Burstsim.Results.Regression;

namespace Burstsim.Results.Tests.Regression;

public sealed class BaselineYamlTests
{
    private static Baseline Sample() => new()
    {
        Scenario = "thesis-sleep-120",
        ScenarioSha256 = new string('a', 64),
        ToolVersion = "1.0.0+0123456789ab",
        Seed = 1,
        Replications = 3,
        Tolerances = new ToleranceSet(Tolerance.Default, new Dictionary<string, Tolerance> { ["cold_starts"] = new(null, 0, false) }),
        Runs =
        [
            new BaselineRun("thesis-sleep-120", "classic", GateMetric.All.ToDictionary(m => m.Name, m => new MetricValue(17.988, 17.5, 18.25))),
            new BaselineRun("thesis-sleep-120", "burst:g=6", GateMetric.All.ToDictionary(m => m.Name, m => m.Name == "startup_max_s" ? MetricValue.None : new MetricValue(4, 4, 4))),
        ],
    };

    private static BaselineFormatException Refused(string text) =>
        Assert.Throws<BaselineFormatException>(() => BaselineReader.Read(new StringReader(text)));

    private static string Edit(string find, string replace)
    {
        string text = BaselineWriter.ToText(Sample());
        Assert.Contains(find, text, StringComparison.Ordinal);
        return text.Replace(find, replace, StringComparison.Ordinal);
    }

    public sealed class Writing
    {
        [Fact]
        public void Puts_one_metric_per_line_with_its_mean_and_interval()
        {
            string[] lines = BaselineWriter.ToText(Sample()).Split('\n');

            Assert.Contains("    makespan_s: {mean: 17.988, ci95: [17.5, 18.25]}", lines);
            Assert.Contains("    startup_max_s: {mean: null, ci95: [null, null]}", lines);
            Assert.Contains("    policy: burst:g=6", lines);
            Assert.Contains("  cold_starts: {absolute: 0, interval: false}", lines);
            Assert.Contains("scenario_sha256: " + new string('a', 64), lines);
            Assert.Equal(2 * GateMetric.All.Count, lines.Count(l => l.Contains("ci95", StringComparison.Ordinal)));
        }

        [Fact]
        public void Reads_back_what_it_wrote()
        {
            var sample = Sample();

            var read = BaselineReader.Read(new StringReader(BaselineWriter.ToText(sample)));

            Assert.Equal(sample.Scenario, read.Scenario);
            Assert.Equal(sample.ScenarioSha256, read.ScenarioSha256);
            Assert.Equal(sample.Replications, read.Replications);
            Assert.Equal(sample.Tolerances.For("cold_starts"), read.Tolerances.For("cold_starts"));
            Assert.Equal(Tolerance.Default, read.Tolerances.For("makespan_s"));
            Assert.Equal(sample.Runs.Select(r => (r.Case, r.Policy)), read.Runs.Select(r => (r.Case, r.Policy)));
            Assert.All(sample.Runs.Zip(read.Runs), pair => Assert.Equal(pair.First.Metrics.OrderBy(m => m.Key), pair.Second.Metrics.OrderBy(m => m.Key)));
            Assert.Equal(BaselineWriter.ToText(sample), BaselineWriter.ToText(read));
        }
    }

    public sealed class Reading_a_bad_baseline
    {
        [Fact]
        public void Names_the_field_and_line_of_a_mean_that_is_not_a_number()
        {
            var e = Refused(Edit("makespan_s: {mean: 17.988,", "makespan_s: {mean: fast,"));

            Assert.Equal("runs[0].makespan_s.mean", e.Field);
            Assert.Equal(17, e.Line);
            Assert.Contains("must be a number", e.Message, StringComparison.Ordinal);
        }

        [Fact]
        public void Refuses_an_unknown_field_listing_the_known_ones()
        {
            var e = Refused(Edit("seed: 1", "seed: 1\nsede: 2"));

            Assert.Equal("sede", e.Field);
            Assert.Contains("replications", e.Message, StringComparison.Ordinal);
        }

        [Fact]
        public void Refuses_another_format_asking_for_update()
        {
            var e = Refused(Edit("format: 1", "format: 2"));

            Assert.Equal("format", e.Field);
            Assert.Contains("--update", e.Message, StringComparison.Ordinal);
        }

        [Fact]
        public void Refuses_a_run_that_lacks_a_gated_metric()
        {
            var e = Refused(Edit("    cold_starts: {mean: 4, ci95: [4, 4]}\n", string.Empty));

            Assert.Equal("runs[1].cold_starts", e.Field);
        }

        [Fact]
        public void Refuses_an_interval_that_does_not_contain_the_mean()
        {
            var e = Refused(Edit("{mean: 17.988, ci95: [17.5, 18.25]}", "{mean: 17.988, ci95: [18, 18.25]}"));

            Assert.Equal("runs[0].makespan_s", e.Field);
        }

        [Fact]
        public void Refuses_a_negative_tolerance()
        {
            var e = Refused(Edit("default: {relative: 0.02,", "default: {relative: -0.02,"));

            Assert.Equal("tolerances.default.relative", e.Field);
        }

        [Fact]
        public void Refuses_an_unknown_metric_naming_the_known_ones()
        {
            var e = Refused(Edit("metrics: [makespan_s,", "metrics: [makespan,"));

            Assert.Equal("metrics[0]", e.Field);
            Assert.Contains("makespan_s", e.Message, StringComparison.Ordinal);
        }
    }

    public sealed class A_metrics_list
    {
        [Fact]
        public void Gates_only_the_metrics_it_names()
        {
            string text = Edit("metrics: [makespan_s, startup_p50_s, startup_p95_s, startup_p99_s, startup_max_s, peak_concurrency, containers, cold_starts]", "metrics: [cold_starts, makespan_s]");

            var read = BaselineReader.Read(new StringReader(text));

            Assert.Equal(["makespan_s", "cold_starts"], read.Metrics.Select(m => m.Name));
            Assert.Equal(["cold_starts", "makespan_s"], read.Runs[0].Metrics.Keys.Order(StringComparer.Ordinal));
        }
    }
}
