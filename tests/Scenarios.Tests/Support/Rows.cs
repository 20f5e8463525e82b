using Burstsim.Simulator.Engine;
using Burstsim.Simulator.Platform;

namespace Burstsim.Scenarios.Tests.Support;

/// <summary>Minimal activation records for sink tests: only the function id varies.</summary>
public static class Rows
{
    public static ActivationRecord Row(int functionId) => new()
    {
        FunctionId = functionId,
        Invoker = "invoker0",
        Container = "container0",
        ColdStart = true,
        HostJobCreate = SimTime.Zero,
        HostSubmit = SimTime.Zero,
        HostStatusDone = SimTime.Zero,
        HostResultDone = SimTime.Zero,
        WorkerStart = SimTime.Zero,
        WorkerFuncStart = SimTime.Zero,
        WorkerFuncEnd = SimTime.Zero,
        WorkerEnd = SimTime.Zero,
    };
}
