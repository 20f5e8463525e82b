using Burstsim.Scenarios.Cli;
using Burstsim.Scenarios.Execution;

// First, so that a signal at any moment of any command is handled (Interruption's summary).
Interruption.Install();
return BurstsimCli.Run(args, Console.Out, Console.Error);
