using ScottPlot;

namespace Burstsim.Results.Charts;

/// <summary>
/// The one typeface of every figure: DejaVu Sans (Results/Fonts, Bitstream Vera licence) registered under a name no
/// system font has. Without system fonts ScottPlot would draw text invisibly, and bytes would vary between machines.
/// </summary>
internal static class ChartFont
{
    private const string FontFamily = "burstsim DejaVu Sans";

    // Registered once per process, thread-safe; a missing file stays an error on every later call.
    private static readonly Lazy<bool> Registered = new(Register);

    // The regular face the figures draw with, for measuring text before a plot lays it out.
    private static readonly Lazy<SkiaSharp.SKTypeface> Typeface = new(() =>
        SkiaSharp.SKTypeface.FromFile(Path.Combine(AppContext.BaseDirectory, "Fonts", "DejaVuSans.ttf"))
        ?? throw new FileNotFoundException("The figure font Fonts/DejaVuSans.ttf is missing; reinstall burstsim (it ships beside the program)."));

    /// <summary>Registers the figure font with ScottPlot once per process.</summary>
    /// <exception cref="FileNotFoundException">The font files are missing beside the assembly (a broken install).</exception>
    public static void Ensure() => _ = Registered.Value;

    /// <summary>Printed length of <paramref name="text"/> in DejaVu Sans at <paramref name="size"/> (figure units).</summary>
    /// <exception cref="FileNotFoundException">The font file is missing beside the assembly (a broken install).</exception>
    public static float TextLength(string text, float size)
    {
        using var font = new SkiaSharp.SKFont(Typeface.Value, size);
        return font.MeasureText(text);
    }

    private static bool Register()
    {
        string[] files = [Path.Combine(AppContext.BaseDirectory, "Fonts", "DejaVuSans.ttf"), Path.Combine(AppContext.BaseDirectory, "Fonts", "DejaVuSans-Bold.ttf")];
        foreach (string file in files.Where(f => !File.Exists(f)))
        {
            throw new FileNotFoundException($"The figure font {file} is missing; reinstall burstsim (it ships in Fonts/ beside the program).", file);
        }

        Fonts.AddFontFile(FontFamily, files[0], bold: false, italic: false);
        Fonts.AddFontFile(FontFamily, files[1], bold: true, italic: false);
        Fonts.Default = FontFamily;
        Fonts.Sans = FontFamily;
        return true;
    }
}
