using ScottPlot;

namespace Burstsim.Results.Charts;

/// <summary>
/// The one font every figure uses: DejaVu Sans Regular and Bold shipped in Fonts/ beside the
/// assembly (Bitstream Vera licence, Results/Fonts/LICENSE). It is registered with ScottPlot under
/// a name no system font has, so ScottPlot never falls back to system fonts (with none installed it
/// would draw every text invisibly), and PNG, SVG and PDF bytes do not depend on the machine.
/// </summary>
internal static class ChartFonts
{
    public const string Family = "burstsim DejaVu Sans";

    // Registered once per process, thread-safe; a missing file stays an error on every later call.
    private static readonly Lazy<bool> Registered = new(Register);

    /// <exception cref="FileNotFoundException">The font files are missing beside the assembly (a broken install).</exception>
    public static void EnsureRegistered() => _ = Registered.Value;

    private static bool Register()
    {
        string[] files = [Path.Combine(AppContext.BaseDirectory, "Fonts", "DejaVuSans.ttf"), Path.Combine(AppContext.BaseDirectory, "Fonts", "DejaVuSans-Bold.ttf")];
        foreach (string file in files.Where(f => !File.Exists(f)))
        {
            throw new FileNotFoundException($"The figure font {file} is missing; reinstall burstsim (it ships in Fonts/ beside the program).", file);
        }

        Fonts.AddFontFile(Family, files[0], bold: false, italic: false);
        Fonts.AddFontFile(Family, files[1], bold: true, italic: false);
        Fonts.Default = Family;
        Fonts.Sans = Family;
        return true;
    }
}
