namespace Burstsim.Samples.BoundedLoad;

/// <summary>What an invoker's load counts (option <c>load=</c>).</summary>
public enum LoadMeasure
{
    /// <summary>Activations placed on it whose completion ack has not arrived (the paper's balls in a bin).</summary>
    Activations,

    /// <summary>Their memory, MB: actions of different sizes weigh what they take from the pool.</summary>
    Memory,
}
