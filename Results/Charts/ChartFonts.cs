using ScottPlot;

namespace Burstsim.Results.Charts;

/// <summary>
/// The one font every figure uses: DejaVu Sans Regular and Bold shipped in Fonts/ beside the
/// assembly (Bitstream Vera licence, Results/Fonts/LICENSE). It is registered with ScottPlot under
/// a name no system font has, so ScottPlot never falls back to system fonts (with none installed it
/// would draw every text invisibly), and PNG, SVG and PDF bytes do not depend on the machine.
/// </summary>
public static class ChartFonts
{
    /// <summary>The name the bundled font is registered under (ScottPlot's font lookup key).</summary>
    public const string Family = "burstsim DejaVu Sans";

    private static readonly Lock Gate = new();
    private static bool _registered;

    /// <summary>Folder holding DejaVuSans.ttf and DejaVuSans-Bold.ttf: Fonts/ beside this assembly.</summary>
    public static string Folder => Path.Combine(AppContext.BaseDirectory, "Fonts");

    /// <summary>
    /// Registers the bundled font with ScottPlot (once per process) and makes it the default.
    /// </summary>
    /// <exception cref="FileNotFoundException">The font files are missing beside the assembly (a broken install).</exception>
    public static void EnsureRegistered()
    {
        lock (Gate)
        {
            if (_registered)
            {
                return;
            }

            string regular = Path.Combine(Folder, "DejaVuSans.ttf");
            string bold = Path.Combine(Folder, "DejaVuSans-Bold.ttf");
            foreach (string file in new[] { regular, bold })
            {
                if (!File.Exists(file))
                {
                    throw new FileNotFoundException($"The figure font {file} is missing; reinstall burstsim (it ships in Fonts/ beside the program).", file);
                }
            }

            Fonts.AddFontFile(Family, regular, bold: false, italic: false);
            Fonts.AddFontFile(Family, bold, bold: true, italic: false);
            Fonts.Default = Family;
            Fonts.Sans = Family;
            _registered = true;
        }
    }
}
