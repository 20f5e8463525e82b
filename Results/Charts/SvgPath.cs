using System.Text;

namespace Burstsim.Results.Charts;

/// <summary>Builds the d attribute of an SVG path with the same bounded number format as <see cref="SvgWriter"/>.</summary>
public sealed class SvgPath
{
    private readonly StringBuilder _d = new();

    public bool IsEmpty => _d.Length == 0;

    public SvgPath MoveTo(double x, double y) => Append('M', x, y);

    public SvgPath LineTo(double x, double y) => Append('L', x, y);

    /// <summary>Horizontal segment to x: half the text of a LineTo, which matters for step curves.</summary>
    public SvgPath HorizontalTo(double x) => Append('H', x);

    public SvgPath VerticalTo(double y) => Append('V', y);

    public SvgPath Close()
    {
        _d.Append('Z');
        return this;
    }

    public override string ToString() => _d.ToString();

    private SvgPath Append(char command, double x, double? y = null)
    {
        if (_d.Length > 0)
        {
            _d.Append(' ');
        }

        _d.Append(command).Append(SvgWriter.Num(x));
        if (y is double value)
        {
            _d.Append(' ').Append(SvgWriter.Num(value));
        }

        return this;
    }
}
