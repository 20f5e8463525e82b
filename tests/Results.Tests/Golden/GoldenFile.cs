using System.Text;

namespace Burstsim.Results.Tests.Golden;

/// <summary>
/// Compares produced text with tests/Results.Tests/golden/NAME, exactly. With
/// BURSTSIM_UPDATE_GOLDEN=1 it rewrites the file instead (review the diff, then commit it).
/// The folder is found from the source tree (walking up to Simulator.sln), so the golden files
/// need no copy step in the project file.
/// </summary>
internal static class GoldenFile
{
    public const string UpdateVariable = "BURSTSIM_UPDATE_GOLDEN";

    public static void AssertMatches(string name, string actual)
    {
        string path = Path.Combine(Folder(), name);
        if (Environment.GetEnvironmentVariable(UpdateVariable) == "1")
        {
            File.WriteAllText(path, actual, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
            return;
        }

        if (!File.Exists(path))
        {
            Assert.Fail($"Golden file {path} is missing. Create it with: {UpdateVariable}=1 dotnet test tests/Results.Tests, then review and commit it.");
        }

        string expected = File.ReadAllText(path, Encoding.UTF8);
        if (expected == actual)
        {
            return;
        }

        // Keep what was produced for a diff tool, outside the source tree.
        string received = Path.Combine(AppContext.BaseDirectory, "golden-received", name);
        Directory.CreateDirectory(Path.GetDirectoryName(received)!);
        File.WriteAllText(received, actual, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        Assert.Fail($"{name} differs from its golden file {path}: {FirstDifference(expected, actual)}. " +
            $"Produced text written to {received}. If the change is intended, rerun with {UpdateVariable}=1.");
    }

    /// <summary>tests/Results.Tests/golden, found by walking up from the test binaries to Simulator.sln.</summary>
    public static string Folder()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Simulator.sln")))
            {
                return Path.Combine(dir.FullName, "tests", "Results.Tests", "golden");
            }
        }

        throw new InvalidOperationException($"No Simulator.sln above {AppContext.BaseDirectory}; golden files cannot be located.");
    }

    private static string FirstDifference(string expected, string actual)
    {
        string[] e = expected.Split('\n');
        string[] a = actual.Split('\n');
        for (int i = 0; i < Math.Max(e.Length, a.Length); i++)
        {
            string el = i < e.Length ? e[i] : "<end of file>";
            string al = i < a.Length ? a[i] : "<end of file>";
            if (el != al)
            {
                return $"line {i + 1}: expected «{el}» but got «{al}»";
            }
        }

        return "line endings or encoding differ";
    }
}
