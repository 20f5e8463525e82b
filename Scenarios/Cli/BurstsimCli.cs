using System.CommandLine;

namespace Burstsim.Scenarios.Cli;

/// <summary>
/// The <c>burstsim</c> command line: builds the commands and maps every failure to an exit code and a
/// one-line message (never a stack trace). New commands inherit this by being added to the root.
/// </summary>
public static class BurstsimCli
{
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        ArgumentNullException.ThrowIfNull(stderr);
        var root = new RootCommand("burstsim: a discrete-event simulator of classic FaaS, burst computing and FaaSBatch on OpenWhisk.")
        {
            RunCommand.Create(stdout, stderr),
            SweepCommand.Create(stdout, stderr),
            MergeCommand.Create(stdout),
            ListCommand.Create(stdout),
            ParametersCommand.Create(stdout),
            BenchCommand.Create(stdout),
            FiguresCommand.Create(stdout),
            ValidateCommand.Create(stdout),
            CalibrateCommand.Create(stdout),
            ImportCommand.Create(stdout),
            CheckCommand.Create(stdout, stderr),
            PoliciesCommand.Create(stdout),
            TraceCommand.Create(stdout),
        };

        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            // The whole path of a subcommand (trace stats), not only its own name: 'burstsim stats --help' does not exist.
            var names = new List<string>();
            for (var result = parse.CommandResult; result is not null && result.Command != root; result = result.Parent as System.CommandLine.Parsing.CommandResult)
            {
                names.Insert(0, result.Command.Name);
            }

            // One line, as every other failure: the errors, then where the options are listed.
            string command = string.Concat(names.Select(n => n + " "));
            stderr.WriteLine(Failures.Printable(Failures.Bounded($"error: {string.Join("; ", ParseErrorText.Describe(parse))} (see 'burstsim {command}--help')")));
            return ExitCodes.BadInput;
        }

        // Until the plug-in loader registers labels naming its policies here, a plug-in is named by the file it came from.
        var blame = new InternalErrorBlame(assembly => Loading.PluginAssemblies.PathOf(assembly) is { } path ? $"plug-in {path}" : null);
        CliContext.Use(stderr, blame);
        Execution.InputFiles.Begin();
        try
        {
            // Signals are burstsim's own (Execution.Interruption), not System.CommandLine's.
            int code = parse.Invoke(new InvocationConfiguration { Output = stdout, Error = stderr, EnableDefaultExceptionHandler = false, ProcessTerminationTimeout = null });
            if (!Execution.Interruption.Requested)
            {
                return code;
            }

            // A signal after the outputs were moved into place stopped nothing: say so rather than claim DIR is as it was.
            return code == ExitCodes.Ok && Execution.Interruption.WrittenOutput is { } written
                ? Execution.Interruption.FinishedAnyway(stderr, written, code)
                : Interrupted(stderr);
        }
        catch (Exception) when (Execution.Interruption.Requested)
        {
            // Whatever the command threw while unwinding is the interrupt's doing: no error is reported for it.
            return Interrupted(stderr);
        }
        catch (Exception e)
        {
            var (code, message) = Failures.Describe(e, blame);
            stderr.WriteLine(message);
            return code;
        }
    }

    private static int Interrupted(TextWriter stderr)
    {
        return Execution.Interruption.Finish(stderr);
    }
}
