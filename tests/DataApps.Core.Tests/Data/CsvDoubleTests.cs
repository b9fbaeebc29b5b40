using System.Globalization;
using System.Text;
using DataApps.Data;

namespace DataApps.Core.Tests.Data;

/// <summary>The fast double parser gives exactly what double.Parse gives, or leaves the text to it.</summary>
public sealed class CsvDoubleTests
{
    [Fact]
    public void RoundTrippedDoublesParseToTheSameBitsAndTakeTheFastPath()
    {
        var random = new Random(11);
        var fast = 0;
        const int Count = 200_000;
        for (var i = 0; i < Count; i++)
        {
            var d = random.NextDouble() * Math.Pow(10, random.Next(-30, 30));
            var text = d.ToString(i % 3 == 0 ? "R" : i % 3 == 1 ? "G17" : "E16", CultureInfo.InvariantCulture);

            fast += Check(text) ? 1 : 0;
        }

        Assert.True(fast > Count * 9 / 10, $"only {fast:N0} of {Count:N0} took the fast path");
    }

    [Fact]
    public void RandomDigitStringsParseToTheSameBits()
    {
        var random = new Random(5);
        for (var i = 0; i < 200_000; i++)
        {
            var digits = new StringBuilder();
            var count = random.Next(1, 21);
            for (var k = 0; k < count; k++)
            {
                digits.Append((char)('0' + random.Next(10)));
            }

            var point = random.Next(0, count + 1);
            var text = (random.Next(4) == 0 ? "-" : "") + digits.ToString(0, point) + (point < count ? "." + digits.ToString(point, count - point) : "")
                + (random.Next(3) == 0 ? "e" + random.Next(-60, 60).ToString(CultureInfo.InvariantCulture) : "");

            Check(text);
        }
    }

    [Theory]
    [InlineData("9007199254740993")] // 2^53 + 1: halfway, rounds to even
    [InlineData("9007199254740995")]
    [InlineData("1e23")]
    [InlineData("8.988465674311579e307")]
    [InlineData("2.2250738585072014E-308")] // smallest normal: outside the table, left to the runtime
    [InlineData("4.9406564584124654E-324")]
    [InlineData("0.1")]
    [InlineData("-0.0")]
    [InlineData("1.7976931348623157E308")]
    [InlineData("7.0e-10")]
    [InlineData("1234567890123456789")]
    [InlineData("0.30000000000000004")]
    public void EdgeValuesParseToTheSameBits(string text) => Check(text);

    [Theory]
    [InlineData("1e")]
    [InlineData("1e+")]
    [InlineData("1x")]
    [InlineData("--1")]
    [InlineData("1.2.3")]
    [InlineData("")]
    [InlineData("-")]
    [InlineData("1e12345")]
    public void TextThatIsNoPlainNumberIsLeftToTheRuntime(string text)
    {
        Assert.False(CsvDouble.TryParse(Encoding.ASCII.GetBytes(text), (byte)'.', out _));
    }

    /// <summary>Whether the fast path took the text; when it did, the bits must equal double.Parse's.</summary>
    private static bool Check(string text)
    {
        if (!CsvDouble.TryParse(Encoding.ASCII.GetBytes(text), (byte)'.', out var value))
        {
            return false;
        }

        var expected = double.Parse(text, CultureInfo.InvariantCulture);
        Assert.True(BitConverter.DoubleToInt64Bits(expected) == BitConverter.DoubleToInt64Bits(value), $"{text}: expected {expected:R}, got {value:R}");
        return true;
    }
}
