using BenchmarkDotNet.Running;

// Careful runs: dotnet run -c Release --project benchmarks/Burstsim.Benchmarks -- --filter '*'
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
