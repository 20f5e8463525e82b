using Burstsim.Scenarios.Cli;
using Burstsim.Scenarios.Tests.Support;

namespace Burstsim.Scenarios.Tests;

/// <summary>docs/scenarios.md promises a new user can copy its example and run it.</summary>
public sealed class DocsTests
{
    private static string AnnotatedExample()
    {
        string doc = File.ReadAllText(Repository.File("docs/scenarios.md"));
        int start = doc.IndexOf("```yaml\n# my-scenario.yaml", StringComparison.Ordinal);
        Assert.True(start >= 0, "docs/scenarios.md lost its annotated example");
        start = doc.IndexOf('\n', start) + 1;
        return doc[start..doc.IndexOf("```", start, StringComparison.Ordinal)];
    }

    public sealed class The_annotated_example
    {
        [Fact]
        public void Loads_validates_and_runs_as_copied()
        {
            using var folder = new TempFolder();
            string file = folder.Write("my-scenario.yaml", AnnotatedExample());

            var result = Shell.Run("run", file, "--out", folder["results"], "--replications", "1", "--no-figures");

            Assert.True(result.ExitCode == ExitCodes.Ok, result.ToString());
            Assert.Equal(1 + (2 * 4) + 1, File.ReadAllLines(folder["results/summary.csv"]).Length); // two cases under four policies, one case under its own one
        }

        [Fact]
        public void Still_runs_after_changing_the_cluster()
        {
            using var folder = new TempFolder();
            string file = folder.Write("my-scenario.yaml", AnnotatedExample());

            var result = Shell.Run("run", file, "--out", folder["results"], "--replications", "1", "--no-figures", "--set", "cluster=4x32");

            Assert.True(result.ExitCode == ExitCodes.Ok, result.ToString());
            Assert.Equal(1 + (2 * 4) + 1, File.ReadAllLines(folder["results/summary.csv"]).Length); // as above: the packs of 12 fit 4 x 32 CPUs too
            Assert.Contains("9 runs; wrote ", result.Stdout, StringComparison.Ordinal);
        }
    }
}
