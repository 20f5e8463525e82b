namespace Burstsim.Scenarios.Outputs;

/// <summary>One burst's layout (thesis Listing 4.2: invoker, container, [first, last]) under its policy and run key.</summary>
/// <param name="Policy">Policy name, e.g. <c>burst:g=6</c>.</param>
/// <param name="RunKey"><c>[variant/]replication/case[/jobN]</c>; see <see cref="BurstInfo"/>.</param>
/// <param name="Invokers">Invokers in cluster order, each with its containers in worker order.</param>
internal sealed record BurstRunLayout(string Policy, string RunKey, IReadOnlyList<BurstInvokerLayout> Invokers);
