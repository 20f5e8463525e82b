using Burstsim.Scenarios.Cli;
using Burstsim.Scenarios.Loading;
using Burstsim.Scenarios.Tests.Support;

namespace Burstsim.Scenarios.Tests.Plugins;

/// <summary>
/// Issue 25 (hostile10b F2): a --plugin or plugins: file far larger than any plug-in (a 3 GB sparse file) is refused by
/// its size before it is loaded, naming the option and the file, instead of running the loader out of address space
/// and blaming memory.
/// </summary>
public sealed class PluginFileSizeTests
{
    [Fact]
    public void A_file_larger_than_any_plugin_is_refused_by_its_size_naming_the_option()
    {
        using var folder = new TempFolder();
        string huge = folder["huge.dll"];
        using (var file = new FileStream(huge, FileMode.CreateNew))
        {
            file.SetLength(3L << 30); // sparse: no disk is used
        }

        var result = Shell.Run("run", "thesis-sleep-120", "--plugin", huge, "--out", folder["out"], "--no-figures");

        Assert.True(result.ExitCode == ExitCodes.BadInput, result.ToString());
        string line = Assert.Single(result.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith($"error: --plugin: {huge} is 3,221,225,472 bytes, larger than any policy plug-in", line, StringComparison.Ordinal);
        Assert.Contains($"at most {PluginLoader.MostBytes / (1024 * 1024)} MiB", line, StringComparison.Ordinal);
        Assert.False(Directory.Exists(folder["out"]));
    }

    [Fact]
    public void A_plugins_entry_of_a_scenario_is_checked_the_same_way()
    {
        using var folder = new TempFolder();
        using (var file = new FileStream(folder["huge.dll"], FileMode.CreateNew))
        {
            file.SetLength(PluginLoader.MostBytes + 1);
        }

        string yaml = folder.Write("s.yaml", SmallScenarios.Sleep + "\nplugins: [huge.dll]\n");

        var result = Shell.Run("run", yaml, "--out", folder["out"], "--no-figures");

        Assert.True(result.ExitCode == ExitCodes.BadInput, result.ToString());
        string line = Assert.Single(result.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("error: plugins", line, StringComparison.Ordinal);
        Assert.Contains($"{folder["huge.dll"]} is 67,108,865 bytes, larger than any policy plug-in", line, StringComparison.Ordinal);
        Assert.False(Directory.Exists(folder["out"]));
    }
}
