namespace Burstsim.Simulator.Workloads;

/// <summary>One function of the Azure Functions 2019 trace, within the chosen window.</summary>
/// <param name="Owner">HashOwner (becomes the tenant).</param>
/// <param name="App">HashApp (memory is per app).</param>
/// <param name="Function">HashFunction (becomes the action name).</param>
/// <param name="Trigger">Trigger group (http, timer, queue, ...).</param>
/// <param name="PerMinute">Invocations in each minute of the window.</param>
/// <param name="DurationMs">Execution time percentiles in milliseconds.</param>
/// <param name="MemoryMb">The app's allocated memory percentiles in MB; null when the memory file lacks the app.</param>
public sealed record AzureFunctionTrace(string Owner, string App, string Function, string Trigger, IReadOnlyList<int> PerMinute, PercentileCurve DurationMs, PercentileCurve? MemoryMb);
