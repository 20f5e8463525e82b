using Burstsim.Simulator.Engine;

namespace Burstsim.Simulator.Providers;

/// <summary>One Lambda execution environment or one Cloud Functions instance: created cold, then reused while warm.</summary>
internal sealed class ExecutionEnvironment(int id, SimTime created, int slots)
{
    public int Id { get; } = id;

    /// <summary>"env7": the activation's container column.</summary>
    public string Name { get; } = "env" + id.ToString(System.Globalization.CultureInfo.InvariantCulture);

    public SimTime Created { get; } = created;

    /// <summary>Requests it may run at once (1 on Lambda and 1st gen; the concurrency setting on 2nd gen).</summary>
    public int Slots { get; } = slots;

    /// <summary>Requests running in it now.</summary>
    public int Busy { get; set; }

    /// <summary>When it last went from idle to running a request (a cold one: when it was created for its first request).</summary>
    public SimTime BusySince { get; set; } = created;

    /// <summary>When it last became idle (its last request ended).</summary>
    public SimTime IdleSince { get; set; } = created;

    /// <summary>Kept warm for good (Lambda provisioned concurrency): never expires.</summary>
    public bool Provisioned { get; init; }

    /// <summary>Removed after its idle lifetime.</summary>
    public bool Expired { get; set; }
}
