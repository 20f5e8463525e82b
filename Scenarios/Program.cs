using Burstsim.Scenarios.Cli;

return BurstsimCli.Run(args, Console.Out, Console.Error);
