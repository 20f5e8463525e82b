using System.CommandLine;
using System.Globalization;
using Burstsim.Scenarios.Validation;

namespace Burstsim.Scenarios.Cli;

/// <summary>
/// <c>burstsim calibrate --real ... --scenario S --fit path[,path...] [--out overlay.yaml]</c>: fits the named parameters
/// to the real runs (startup p50 and p95), prints the values and the error before and after, and writes an overlay that
/// <c>run --overlay FILE</c> accepts. Start from other values with --set.
/// </summary>
internal static class CalibrateCommand
{
    public static Command Create(TextWriter stdout)
    {
        var options = new ValidationOptions();
        var fit = new Option<string[]>("--fit") { Description = "Parameters to fit, comma-separated or repeated, e.g. platform.runtime.worker_setup_s,platform.invoker.docker_run_serial_s (a latency's median).", Required = true, AllowMultipleArgumentsPerToken = true };
        var outFile = new Option<FileInfo>("--out") { Description = "Overlay YAML to write (default calibrated.yaml)." };
        var command = new Command("calibrate", "Fit parameters to real runs by minimising the startup p50/p95 error; writes an overlay for 'run --overlay'.") { fit, outFile };
        options.AddTo(command);
        command.SetAction(parse =>
        {
            string[] paths = [.. (parse.GetValue(fit) ?? []).SelectMany(f => f.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).Distinct(StringComparer.Ordinal)];
            if (paths.Length == 0)
            {
                throw new InputException("--fit", "name at least one parameter, e.g. --fit platform.runtime.worker_setup_s");
            }

            var scenario = options.Scenario(parse);
            double[] start = [.. paths.Select(p => Calibrator.Current(scenario, p))];
            RealFileArguments.RefuseFolders(parse.GetValue(options.Real), "--real");
            var reals = RealInputs.Read(parse.GetValue(options.Real));
            var runs = reals.Select(r => (r, RealInputs.Policy(r, parse.GetValue(options.Policy), scenario.Registry))).ToArray();
            // Checked before the fit: a path that cannot be written must not cost the whole fit.
            string target = Execution.OutputFile.Check("--out", parse.GetValue(outFile)?.FullName ?? "calibrated.yaml");

            var calibrator = new Calibrator(more => options.Scenario(parse, more), runs, options.ReplicationCount(parse));
            var result = calibrator.Run(paths, start);

            stdout.WriteLine(string.Create(CultureInfo.InvariantCulture, $"objective (mean squared relative error of startup p50 and p95 over {runs.Length} files): before {result.ErrorBefore:0.######}, after {result.ErrorAfter:0.######} ({result.Evaluations} evaluations)"));
            for (int i = 0; i < paths.Length; i++)
            {
                stdout.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {paths[i]}: {result.Start[i]:0.######} -> {result.Fitted[i]:0.######}"));
            }

            foreach (string warning in result.Warnings)
            {
                CliContext.Stderr.WriteLine($"warning: {warning}");
            }

            string comment = $"burstsim calibrate: {string.Join(", ", paths)} fitted to {string.Join(" ", reals.Select(r => Path.GetFileName(r.Path)))}\n" +
                             string.Create(CultureInfo.InvariantCulture, $"scenario {scenario.Name}; objective {result.ErrorBefore:0.######} -> {result.ErrorAfter:0.######}") +
                             string.Concat(result.Warnings.Select(w => $"\nwarning: {w}"));
            Execution.OutputFile.Write("--out", target, writer => writer.Write(Overlay.Write([.. paths.Select((p, i) => (p, result.Fitted[i]))], comment)));
            stdout.WriteLine($"wrote {target}; use it with: burstsim run {scenario.Name} --overlay {target} --out DIR");
            return ExitCodes.Ok;
        });
        return command;
    }
}
