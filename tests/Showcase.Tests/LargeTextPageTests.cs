using DataApps;
using DataApps.Testing;
using Showcase.Pages;

namespace Showcase.Tests;

public sealed class LargeTextPageTests
{
    [Fact]
    public async Task TheHiddenLargeTextPageCountsTheCharactersOfBothFields()
    {
        using var app = AppTest.For<LargeTextPage>();
        await app.RunAsync();
        Assert.Equal("Notes: 0 characters. Line: 0 characters.", app.Get<TextElement>()[0].Text);

        await app.TextArea("Notes").SetValue(new string('x', 40_000)).RunAsync();
        await app.TextInput("Line").SetValue("abc").RunAsync();

        Assert.Equal("Notes: 40,000 characters. Line: 3 characters.", app.Get<TextElement>()[0].Text);
    }
}
