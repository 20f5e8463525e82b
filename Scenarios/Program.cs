using Burstsim.Scenarios.Cli;
using Burstsim.Scenarios.Execution;

// First, so that a signal at any moment of any command is handled (Interruption's summary).
Interruption.Install();
// Before the worker threads start: under ulimit -v their malloc arenas took the address space the GC needs (issue 25).
AddressSpace.CapNativeArenas();
// A terminal never fills up, and Spectre colours only a bare Console.Out: the guard is for redirected output (/dev/full).
return BurstsimCli.Run(args, Console.IsOutputRedirected ? new StandardOutput(Console.Out) : Console.Out, Console.Error);
