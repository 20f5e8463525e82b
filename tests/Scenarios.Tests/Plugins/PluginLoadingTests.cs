using Burstsim.Scenarios.Cli;
using Burstsim.Scenarios.Tests.Support;

namespace Burstsim.Scenarios.Tests.Plugins;

/// <summary>--plugin and plugins: as a user meets them: listed, named in --policy, and refused clearly when they cannot load.</summary>
public sealed class PluginLoadingTests
{
    /// <summary>This test assembly doubles as a plug-in (it defines <see cref="ThrowingBalancerFactory"/>).</summary>
    private static string ThisAssembly => typeof(ThrowingBalancerFactory).Assembly.Location;

    [Fact]
    public void Policies_lists_every_built_in_one_per_line_name_first()
    {
        var result = Shell.Run("policies");

        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        var names = result.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.Split(' ')[0]).ToArray();
        Assert.Equal(["classic:sharding", "classic:least-loaded", "classic:random", "classic:round-robin"], names.Take(4));
        Assert.Contains("burst:homogeneous", names);
        Assert.Contains("keep-alive:openwhisk", names);
        Assert.Contains("g=N (required, of at least 1): workers per pack", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Policies_with_a_plug_in_lists_its_policies_with_their_file()
    {
        var result = Shell.Run("policies", "--plugin", ThisAssembly);

        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        var line = Assert.Single(result.Stdout.Split('\n'), l => l.StartsWith("classic:throws ", StringComparison.Ordinal));
        Assert.Contains($"[plug-in {ThisAssembly}]", line, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_plug_in_is_bad_input_naming_the_file()
    {
        using var folder = new TempFolder();

        var result = Shell.Run("run", "single-invoker-30", "--out", folder["out"], "--plugin", folder["nope.dll"]);

        Assert.Equal(ExitCodes.BadInput, result.ExitCode);
        Assert.Contains($"--plugin: no such file: {folder["nope.dll"]}", result.Stderr, StringComparison.Ordinal);
        Assert.False(Directory.Exists(folder["out"]));
    }

    [Fact]
    public void A_file_that_is_not_an_assembly_is_bad_input_saying_so()
    {
        using var folder = new TempFolder();
        string fake = folder.Write("fake.dll", "not an assembly");

        var result = Shell.Run("policies", "--plugin", fake);

        Assert.Equal(ExitCodes.BadInput, result.ExitCode);
        Assert.Contains($"{fake} is not a .NET assembly", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void An_assembly_without_policies_is_bad_input_pointing_to_the_docs()
    {
        string results = typeof(Burstsim.Results.Charts.BoxplotChart).Assembly.Location;

        var result = Shell.Run("policies", "--plugin", results);

        Assert.Equal(ExitCodes.BadInput, result.ExitCode);
        Assert.Contains("defines no policy", result.Stderr, StringComparison.Ordinal);
        Assert.Contains("docs/extending.md", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void A_scenario_names_its_plug_ins_relative_to_its_file()
    {
        using var folder = new TempFolder();
        string dll = folder["policies/mine.dll"];
        Directory.CreateDirectory(Path.GetDirectoryName(dll)!);
        File.Copy(ThisAssembly, dll);
        string scenario = folder.Write("s.yaml", "cluster: {count: 2, cpus: 4}\nworkload: {type: sleep, functions: 4, seconds: 1}\nplugins: [policies/mine.dll]\npolicies: [classic:throws]\n");

        var result = Shell.Run("run", scenario, "--out", folder["out"], "--policy", "classic:no-such");

        Assert.Equal(ExitCodes.BadInput, result.ExitCode);
        Assert.Contains("the classic policies are sharding, least-loaded, out-of-range, random, round-robin, throws", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void A_bad_decision_of_a_plug_in_is_its_internal_error_and_leaves_no_output()
    {
        using var folder = new TempFolder();

        var result = Shell.Run("run", "single-invoker-30", "--out", folder["out"], "--plugin", ThisAssembly, "--policy", "classic:out-of-range");

        Assert.Equal(ExitCodes.InternalError, result.ExitCode);
        Assert.StartsWith($"internal error in policy classic:out-of-range ({ThisAssembly}): the balancer placed an activation on invoker 1000", result.Stderr, StringComparison.Ordinal);
        Assert.Contains("a fault in the plug-in", result.Stderr, StringComparison.Ordinal);
        Assert.False(Directory.Exists(folder["out"]));
    }

    [Fact]
    public void A_plug_in_policy_name_is_refused_without_its_plug_in()
    {
        using var folder = new TempFolder();

        var result = Shell.Run("run", "single-invoker-30", "--out", folder["out"], "--policy", "classic:throws");

        Assert.Equal(ExitCodes.BadInput, result.ExitCode);
        Assert.Contains("'throws' in policy 'classic:throws' is not a classic balancer", result.Stderr, StringComparison.Ordinal);
    }
}
