using Burstsim.Scenarios.Outputs;
using Burstsim.Scenarios.Tests.Support;

namespace Burstsim.Scenarios.Tests.Outputs;

public sealed class ActivationsFileTests
{
    private const string Header = "a,b\n";

    [Fact]
    public void Assemble_moves_the_first_piece_appends_the_others_and_consumes_them()
    {
        using var temp = new TempFolder();
        string[] pieces = [temp.Write("u0.csv", Header + "1,2\n"), temp.Write("u1.csv", Header + "3,4\n"), temp.Write("u2.csv", Header)];

        ActivationsFile.Assemble(temp["activations.csv"], Header, pieces);

        Assert.Equal(Header + "1,2\n3,4\n", File.ReadAllText(temp["activations.csv"]));
        Assert.All(pieces, piece => Assert.False(File.Exists(piece)));
    }

    [Fact]
    public void Assemble_gives_the_same_bytes_as_concatenate()
    {
        using var temp = new TempFolder();
        string[] texts = [Header + "1,2\n5,6\n", Header + "3,4\n"];
        string[] copied = [temp.Write("c0.csv", texts[0]), temp.Write("c1.csv", texts[1])];
        string[] moved = [temp.Write("m0.csv", texts[0]), temp.Write("m1.csv", texts[1])];

        ActivationsFile.Concatenate(temp["copied.csv"], Header, copied);
        ActivationsFile.Assemble(temp["moved.csv"], Header, moved);

        Assert.Equal(File.ReadAllBytes(temp["copied.csv"]), File.ReadAllBytes(temp["moved.csv"]));
        Assert.All(copied, piece => Assert.True(File.Exists(piece))); // Concatenate leaves its pieces alone
    }

    [Theory]
    [InlineData("x,y\n1,2\n")]
    [InlineData("a,")]
    [InlineData("")]
    public void A_piece_without_the_header_is_refused_before_anything_moves(string text)
    {
        using var temp = new TempFolder();
        string piece = temp.Write("u0.csv", text);

        var error = Assert.Throws<InvalidDataException>(() => ActivationsFile.Assemble(temp["activations.csv"], Header, [piece]));

        Assert.Contains("u0.csv", error.Message);
        Assert.True(File.Exists(piece));
        Assert.False(File.Exists(temp["activations.csv"]));
    }

    [Fact]
    public void No_pieces_give_the_header_alone()
    {
        using var temp = new TempFolder();

        ActivationsFile.Assemble(temp["activations.csv"], Header, []);

        Assert.Equal(Header, File.ReadAllText(temp["activations.csv"]));
    }
}
