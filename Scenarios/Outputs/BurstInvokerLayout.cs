namespace Burstsim.Scenarios.Outputs;

/// <summary>The pack containers one invoker ran for one burst, in worker order.</summary>
internal sealed record BurstInvokerLayout(string Invoker, IReadOnlyList<BurstContainerRange> Containers);
