using Spectre.Console;
using Spectre.Console.Rendering;

namespace Burstsim.Scenarios.Outputs;

/// <summary>
/// A table border of blanks with one rule under the header: for consoles narrower than
/// <see cref="ConsoleTables.NarrowBelow"/>, where a box's three characters a column do not fit 80 columns.
/// Unicode on a terminal, hyphens when captured (like Spectre's "simple" border, which has no ASCII form).
/// </summary>
internal sealed class HeaderRuleBorder : TableBorder
{
    /// <summary>The border with a Unicode rule, for terminals.</summary>
    public static readonly HeaderRuleBorder Unicode = new("\u2500");

    /// <summary>The border with a rule of hyphens, for captured output.</summary>
    public static readonly HeaderRuleBorder Hyphens = new("-");

    private readonly string rule;

    private HeaderRuleBorder(string rule) => this.rule = rule;

    /// <inheritdoc/>
    public override string GetPart(TableBorderPart part) => part switch
    {
        TableBorderPart.HeaderBottomLeft or TableBorderPart.HeaderBottom or TableBorderPart.HeaderBottomSeparator
            or TableBorderPart.HeaderBottomRight => rule,
        _ => " ",
    };
}
