using Burstsim.Simulator.Engine;

namespace Burstsim.Simulator.Scheduling.Lifecycle;

/// <summary>
/// The hybrid histogram policy's decision for one application (Shahrad et al., ATC'20, section 4.2).
/// </summary>
/// <param name="PreWarm">Pre-warming window: from the end of an execution to loading the image again; zero: not unloaded after the call.</param>
/// <param name="KeepAlive">Keep-alive window: how long the image stays loaded, from the end of the execution when <paramref name="PreWarm"/> is zero, else from the pre-warm load.</param>
/// <param name="FromHistogram">Whether the histogram decided (false: the standard keep-alive fallback).</param>
internal readonly record struct HybridWindows(SimSpan PreWarm, SimSpan KeepAlive, bool FromHistogram);
