using System.Text;

namespace Burstsim.Results;

/// <summary>Every file burstsim writes is UTF-8 without a byte order mark, so outputs compare byte for byte and tools read them plainly.</summary>
public static class OutputEncoding
{
    public static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);
}
