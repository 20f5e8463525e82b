using Burstsim.Simulator.Platform;

namespace Burstsim.Results.Summary;

/// <summary>
/// Hands every record to several sinks in order, so one simulation run feeds activations.csv
/// and its summary accumulator without either holding the records.
/// </summary>
public sealed class ActivationFanOut : IActivationSink
{
    private readonly IActivationSink[] _sinks;

    public ActivationFanOut(params IActivationSink[] sinks)
    {
        ArgumentNullException.ThrowIfNull(sinks);
        _sinks = [.. sinks];
        if (Array.Exists(_sinks, sink => sink is null))
        {
            throw new ArgumentException("A sink is null.", nameof(sinks));
        }
    }

    public void Add(ActivationRecord record)
    {
        foreach (var sink in _sinks)
        {
            sink.Add(record);
        }
    }

    public void Expect(long functions)
    {
        foreach (var sink in _sinks)
        {
            sink.Expect(functions);
        }
    }
}
