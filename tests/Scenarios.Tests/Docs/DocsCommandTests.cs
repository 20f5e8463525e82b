using System.Diagnostics;
using Burstsim.Scenarios.Tests.Support;
using Xunit.Abstractions;

namespace Burstsim.Scenarios.Tests.Docs;

/// <summary>
/// Docs are code: every <c>burstsim ...</c> command of README.md and docs/*.md runs as written (or as the quick
/// variant its marker names) and exits as the text says; synopses name only commands and options that exist. Each
/// runs in bash, as a reader's shell would (globs, quotes, <c>; echo "exit $?"</c>), in a scratch copy of the
/// repository's layout, so outputs never land in the checkout. Category Docs: .ci/run runs it as its own step.
/// </summary>
[Trait("Category", "Docs")]
public sealed class DocsCommandTests(ITestOutputHelper output)
{
    private static readonly TimeSpan Limit = TimeSpan.FromMinutes(10);

    private static readonly Lazy<IReadOnlyList<DocCommand>> Commands = new(() => DocCommands.All(Repository.Root));

    /// <summary>Classes the runnable commands are dealt to: xunit runs the rows of one theory one after another, but classes side by side.</summary>
    private const int Shards = 4;

    /// <summary>
    /// The runnable commands of shard <paramref name="shard"/>; a command run word for word as an earlier one (the same
    /// <see cref="DocCommand.Run"/>, exit code and needs, e.g. <c>burstsim list</c> in three docs) is checked once, under its first place.
    /// </summary>
    /// <param name="shard">0 to 3. Commands needing a missing file are left out (<see cref="Commands_whose_files_are_missing_are_reported_as_skipped"/>).</param>
    public static TheoryData<string> Runnable(int shard)
    {
        var data = new TheoryData<string>();
        var runnable = Commands.Value.Where(c => !c.IsSynopsis && !c.IsReference && c.Skip is null && Available(c))
            .DistinctBy(c => (c.Run, c.Exit, string.Join('\n', c.Needs)))
            .Select(Id).Distinct(StringComparer.Ordinal).ToArray();
        for (int i = shard; i < runnable.Length; i += Shards)
        {
            data.Add(runnable[i]);
        }

        return data;
    }

    public static TheoryData<string> Synopses() => Ids(c => c.IsSynopsis || c.IsReference);

    [Fact]
    public void Every_doc_that_shows_commands_is_read_and_every_skip_says_why()
    {
        var commands = Commands.Value;
        Assert.Contains(commands, c => c.File == "README.md");
        foreach (string doc in new[] { "docs/scenarios.md", "docs/validation.md", "docs/model.md", "docs/ci-gate.md", "docs/extending.md", "docs/bench.md" })
        {
            Assert.Contains(commands, c => c.File == doc);
        }

        foreach (var skipped in commands.Where(c => c.Skip is not null))
        {
            output.WriteLine($"not run: {skipped} ({skipped.Skip})");
        }
    }

    [Fact]
    public void Every_runnable_command_is_in_a_shard_once()
    {
        var dealt = Enumerable.Range(0, Shards).SelectMany(s => Runnable(s).Cast<object[]>().Select(row => (string)row[0])).ToArray();
        Assert.Equal(dealt.Length, dealt.Distinct(StringComparer.Ordinal).Count());
        Assert.True(dealt.Length >= 30, $"only {dealt.Length} runnable docs commands found");
    }

    /// <summary>Runs the command <paramref name="id"/> names as a reader would and checks its exit code and output.</summary>
    private static void RunAsWritten(string id)
    {
        var command = Find(id);

        using var sandbox = new DocsSandbox();
        var (code, stdout, stderr) = sandbox.Bash(command.Run, Limit);

        Assert.True(code == command.Exit, $"{command}\nran: {command.Run}\nexit {code}, the doc says {command.Exit}\nstdout:\n{Tail(stdout)}\nstderr:\n{Tail(stderr)}");
        Assert.DoesNotContain("internal error", stderr, StringComparison.Ordinal);
        if (command.Exit == 0)
        {
            Assert.True(stdout.Trim().Length > 0, $"{command}: printed nothing");
        }
    }

    [Theory]
    [MemberData(nameof(Synopses))]
    public void Names_only_commands_and_options_that_exist(string id)
    {
        var command = Find(id);
        string[] words = command.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        string name = words.Length > 1 && !words[1].StartsWith('-') && char.IsLower(words[1][0]) ? words[1] : string.Empty;

        // A command of a command group (trace stats, trace sample) is asked for its own options.
        if (name.Length > 0 && words.Length > 2 && words[2].All(char.IsAsciiLetterLower))
        {
            name += " " + words[2];
        }

        var help = Shell.Run(name.Length == 0 ? ["--help"] : [.. name.Split(' '), "--help"]);

        Assert.True(help.ExitCode == 0, $"{command}: 'burstsim {name} --help' failed: {help}");
        foreach (string option in words.Select(w => w.Trim('[', ']', '|', ',', '.')).Where(w => w.StartsWith("--", StringComparison.Ordinal) && w.Length > 2).Select(w => w.Split('=')[0]))
        {
            Assert.True(help.Stdout.Contains(option, StringComparison.Ordinal), $"{command}: 'burstsim {name}' has no option {option}");
        }
    }

    // Four classes of one theory each, dealt the runnable commands in turn (Runnable), so that they run side by side.
    [Trait("Category", "Docs")]
    public sealed class Shard0
    {
        public static TheoryData<string> Rows() => Runnable(0);

        [Theory]
        [MemberData(nameof(Rows))]
        public void Runs_as_written(string id) => RunAsWritten(id);
    }

    [Trait("Category", "Docs")]
    public sealed class Shard1
    {
        public static TheoryData<string> Rows() => Runnable(1);

        [Theory]
        [MemberData(nameof(Rows))]
        public void Runs_as_written(string id) => RunAsWritten(id);
    }

    [Trait("Category", "Docs")]
    public sealed class Shard2
    {
        public static TheoryData<string> Rows() => Runnable(2);

        [Theory]
        [MemberData(nameof(Rows))]
        public void Runs_as_written(string id) => RunAsWritten(id);
    }

    [Trait("Category", "Docs")]
    public sealed class Shard3
    {
        public static TheoryData<string> Rows() => Runnable(3);

        [Theory]
        [MemberData(nameof(Rows))]
        public void Runs_as_written(string id) => RunAsWritten(id);
    }

    /// <summary>
    /// The commands that need files from outside the repository (<c>needs PATH</c>) that are not here: reported as one
    /// skipped test naming them and what they need (they used to pass without running). Where every such file is here,
    /// those commands run in the shards and this test checks that there is nothing left out.
    /// </summary>
    [NeedsFact]
    public void Commands_whose_files_are_missing_are_reported_as_skipped() => Assert.Empty(Missing());

    /// <summary>Skipped, naming the commands and the paths they need, when some docs command needs a path that is missing.</summary>
    [AttributeUsage(AttributeTargets.Method)]
    private sealed class NeedsFactAttribute : FactAttribute
    {
        public NeedsFactAttribute()
        {
            var missing = Missing();
            if (missing.Count > 0)
            {
                Skip = "not run, their files are not here: " + string.Join("; ", missing);
            }
        }
    }

    /// <summary>Runnable commands with a needed path missing, each as "FILE:LINE needs PATH".</summary>
    private static IReadOnlyList<string> Missing() =>
        [.. Commands.Value.Where(c => !c.IsSynopsis && !c.IsReference && c.Skip is null && !Available(c))
            .Select(c => $"{c.File}:{c.Line} needs {c.Needs.First(p => !Path.Exists(Path.Combine(Repository.Root, p)))}")];

    private static bool Available(DocCommand c) => c.Needs.All(p => Path.Exists(Path.Combine(Repository.Root, p)));

    private static DocCommand Find(string id) => Commands.Value.Single(c => Id(c) == id);

    private static string Id(DocCommand c) => $"{c.File}:{c.Line}: {c.Text}";

    private static TheoryData<string> Ids(Func<DocCommand, bool> which)
    {
        var data = new TheoryData<string>();
        foreach (var id in Commands.Value.Where(which).Select(Id).Distinct(StringComparer.Ordinal))
        {
            data.Add(id);
        }

        return data;
    }

    private static string Tail(string text) => text.Length <= 3000 ? text : "..." + text[^3000..];

    /// <summary>
    /// A scratch folder laid out like the repository (links to its top-level entries; baselines/ copied, since docs
    /// commands may update it), with the repository's sibling ../shared linked when it exists. Commands run in it.
    /// </summary>
    private sealed class DocsSandbox : IDisposable
    {
        private readonly TempFolder _folder = new();

        public DocsSandbox()
        {
            Root = _folder["repo"];
            Directory.CreateDirectory(Root);
            foreach (string entry in Directory.EnumerateFileSystemEntries(Repository.Root))
            {
                string name = Path.GetFileName(entry);
                if (name is ".git" or "results" or "out" or "figures")
                {
                    continue;
                }

                if (name == "baselines")
                {
                    Copy(entry, Path.Combine(Root, name));
                }
                else
                {
                    File.CreateSymbolicLink(Path.Combine(Root, name), entry);
                }
            }

            // Files the docs show whole and then run (a fenced block starting "# NAME.yaml"), written where the reader saves them.
            foreach (var (name, text) in DocCommands.Files(Repository.Root).SelectMany(f => DocCommands.ShownFiles(File.ReadAllLines(Path.Combine(Repository.Root, f)))))
            {
                File.WriteAllText(Path.Combine(Root, name), text);
            }

            string shared = Path.GetFullPath(Path.Combine(Repository.Root, "..", "shared"));
            if (Directory.Exists(shared))
            {
                Directory.CreateSymbolicLink(_folder["shared"], shared);
            }
        }

        public string Root { get; }

        public (int Code, string Stdout, string Stderr) Bash(string command, TimeSpan limit)
        {
            string burstsim = Path.Combine(AppContext.BaseDirectory, "burstsim.dll");
            var start = new ProcessStartInfo("bash") { WorkingDirectory = Root, RedirectStandardOutput = true, RedirectStandardError = true };
            start.ArgumentList.Add("-c");
            start.ArgumentList.Add($"burstsim() {{ dotnet '{burstsim}' \"$@\"; }}\n{command}");
            start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
            start.Environment["DOTNET_NOLOGO"] = "1";
            using var process = Process.Start(start)!;
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(limit))
            {
                process.Kill(entireProcessTree: true);
                Assert.Fail($"{command} did not finish within {limit.TotalMinutes} min");
            }

            return (process.ExitCode, stdout.Result, stderr.Result);
        }

        public void Dispose()
        {
            // The links go first, one by one, so that no recursive delete can ever reach through one into the repository.
            foreach (string link in Directory.EnumerateFileSystemEntries(Root).Append(_folder["shared"]).Where(e => new FileInfo(e).LinkTarget is not null))
            {
                File.Delete(link);
            }

            _folder.Dispose();
        }

        private static void Copy(string from, string to)
        {
            Directory.CreateDirectory(to);
            foreach (string file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
            {
                string target = Path.Combine(to, Path.GetRelativePath(from, file));
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                File.Copy(file, target);
            }
        }
    }
}
