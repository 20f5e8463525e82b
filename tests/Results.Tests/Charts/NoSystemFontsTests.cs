using Burstsim.Results.Charts;
using ScottPlot;
using SkiaSharp;

namespace Burstsim.Results.Tests.Charts;

/// <summary>
/// With no system fonts ScottPlot would draw every text invisibly. The figures use only the bundled
/// DejaVu Sans: with ScottPlot's system-font lookup replaced by one over an empty folder, a figure
/// still carries its text, in the same bytes. Not run in parallel: it swaps ScottPlot's global resolvers.
/// </summary>
[Collection(nameof(NoSystemFontsTests))]
[CollectionDefinition(nameof(NoSystemFontsTests), DisableParallelization = true)]
public sealed class NoSystemFontsTests
{
    [Fact]
    public void A_figure_rendered_with_font_lookup_pointed_at_an_empty_folder_has_its_text_in_the_same_bytes()
    {
        var figure = TimelineChart.Render(ChartSamples.Timeline());
        byte[] normalPng = figure.ToPng();
        string normalSvg = figure.ToSvg();

        string empty = Directory.CreateTempSubdirectory("burstsim-no-fonts-").FullName;
        var saved = Fonts.FontResolvers.ToArray();
        try
        {
            Fonts.FontResolvers.RemoveAll(r => r.GetType().Name == "SystemFontResolver");
            Fonts.FontResolvers.Add(new FolderFontResolver(empty));
            var isolated = TimelineChart.Render(ChartSamples.Timeline());

            byte[] png = isolated.ToPng();
            Assert.Contains("Function timeline", SvgText.Texts(isolated.ToSvg()));
            Assert.True(DarkPixelsInTitle(png) > 200, "the title strip has ink");
            Assert.Equal(normalPng, png);
            Assert.Equal(normalSvg, isolated.ToSvg());
        }
        finally
        {
            Fonts.FontResolvers.Clear();
            Fonts.FontResolvers.AddRange(saved);
            Directory.Delete(empty);
        }
    }

    private static int DarkPixelsInTitle(byte[] png)
    {
        using var bitmap = SKBitmap.Decode(png);
        int dark = 0;
        for (int y = 0; y < 72; y++)
        {
            for (int x = 0; x < bitmap.Width; x++)
            {
                var c = bitmap.GetPixel(x, y);
                dark += c.Red + c.Green + c.Blue < 200 ? 1 : 0;
            }
        }

        return dark;
    }

    /// <summary>Looks fonts up as FAMILY.ttf in one folder: here an empty one, standing in for a machine without fonts.</summary>
    private sealed class FolderFontResolver(string folder) : IFontResolver
    {
        public SKTypeface? CreateTypeface(string fontName, bool bold, bool italic)
        {
            string file = Path.Combine(folder, fontName + (bold ? "-Bold" : "") + ".ttf");
            return File.Exists(file) ? SKTypeface.FromFile(file) : null;
        }

        public SKTypeface? CreateTypeface(string fontName, FontWeight weight, FontSlant slant, FontSpacing width) =>
            CreateTypeface(fontName, weight >= FontWeight.SemiBold, slant != FontSlant.Upright);
    }
}
