namespace Burstsim.Results.Report;

/// <summary>Outcome of converting one figure: the written file, or a message saying what to do.</summary>
public sealed record FigureConversion(bool Succeeded, string? OutputPath, string? Error)
{
    public static FigureConversion Ok(string outputPath) => new(true, outputPath, null);

    public static FigureConversion Failed(string error) => new(false, null, error);
}
