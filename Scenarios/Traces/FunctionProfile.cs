namespace Burstsim.Scenarios.Traces;

/// <summary>One function of a trace as a replay sees it: its calls, and what the trace says of their run time and memory.</summary>
/// <param name="Key">The function as the trace's reader names its action (Azure 2021: app/func; Alibaba: functionName/memoryMB; Huawei 2025: funcName---userID---pool).</param>
/// <param name="Invocations">Calls of the function in the trace (at least 1: functions never called are not listed).</param>
/// <param name="MeanDurationS">Mean run time of a call, s; null where the trace gives none (cold-start logs, Huawei 2023 without its delay table).</param>
/// <param name="MemoryMb">Memory, MB (the mean where the trace gives a distribution); null where the trace gives none.</param>
internal sealed record FunctionProfile(string Key, long Invocations, double? MeanDurationS, double? MemoryMb);
