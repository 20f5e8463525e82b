using System.Reflection;
using Burstsim.Scenarios.Loading;
using Burstsim.Simulator.Platform.Parameters;

namespace Burstsim.Scenarios.Tests;

/// <summary>Every model parameter is settable from a scenario under its snake_case name, with the record's default when absent.</summary>
public sealed class ParameterCatalogTests
{
    public static TheoryData<string> Paths => [.. ParameterCatalog.All.Select(k => k.Path)];

    public sealed class The_catalogue
    {
        [Fact]
        public void Covers_every_settable_property_of_every_parameter_record()
        {
            int expected = 0;
            foreach (var property in typeof(PlatformParameters).GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.CanWrite))
            {
                bool section = property.PropertyType.IsClass && property.PropertyType != typeof(string);
                expected += section ? property.PropertyType.GetProperties(BindingFlags.Public | BindingFlags.Instance).Count(p => p.CanWrite) : 1;
            }

            Assert.Equal(expected, ParameterCatalog.All.Count);
            Assert.Contains(ParameterCatalog.All, k => k.Path == "platform.invoker.docker_parallel_runs");
            Assert.Contains(ParameterCatalog.All, k => k.Path == "platform.faasbatch.dispatch_interval_s");
            Assert.Contains(ParameterCatalog.All, k => k.Path == "platform.burst_no_fit");
        }

        [Theory]
        [MemberData(nameof(Paths), MemberType = typeof(ParameterCatalogTests))]
        public void Key_reads_its_own_default_back_unchanged(string path)
        {
            var key = ParameterCatalog.All.Single(k => k.Path == path);
            string value = ParameterCatalog.FormatValue(ParameterCatalog.Default(key));

            var scenario = ScenarioLoader.Load(
                new ScenarioSource("p", "cluster: thesis\nworkload: {type: sleep, functions: 1}\n", "p.yaml", Path.GetTempPath()),
                [new Override(path, value, "--set")]);

            Assert.Equal(new PlatformParameters(), scenario.Parameters);
        }

        [Fact]
        public void Gives_positive_ranges_to_counts_that_cannot_be_zero()
        {
            Assert.Equal(NumberRange.AtLeast(1), ParameterCatalog.All.Single(k => k.Path == "platform.client.max_workers").Range);
            Assert.Equal(NumberRange.Fraction, ParameterCatalog.All.Single(k => k.Path == "platform.controller.blackbox_fraction").Range);
            Assert.Equal(SimLimits.Duration, ParameterCatalog.All.Single(k => k.Path == "platform.invoker.init_s").Range);
            Assert.Equal(SimLimits.Period, ParameterCatalog.All.Single(k => k.Path == "platform.client.monitoring_interval_s").Range);

            // 0 means unlimited in OpenWhisk's DockerClient.
            Assert.Equal(NumberRange.NonNegative, ParameterCatalog.All.Single(k => k.Path == "platform.invoker.docker_parallel_runs").Range);
        }
    }

    public sealed class Snake_case_names
    {
        [Theory]
        [InlineData("DockerParallelRuns", "docker_parallel_runs")]
        [InlineData("RetryOn429MaxS", "retry_on_429_max_s")]
        [InlineData("MaxPeekMemoryUnitMb", "max_peek_memory_unit_mb")]
        [InlineData("HTTPRequest", "http_request")]
        [InlineData("BurstNoFit", "burst_no_fit")]
        [InlineData("S3", "s3")]
        [InlineData("RedisList", "redis_list")]
        public void Split_words_acronyms_and_numbers(string property, string key)
        {
            Assert.Equal(key, SnakeCase.From(property));
        }
    }
}
