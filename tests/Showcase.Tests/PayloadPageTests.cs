using DataApps;
using DataApps.Testing;
using Showcase.Pages;

namespace Showcase.Tests;

public sealed class PayloadPageTests
{
    [Fact]
    public async Task TheHiddenPayloadPageCountsTheCharactersItsModuleSent()
    {
        using var app = AppTest.For<PayloadPage>();
        await app.RunAsync();
        Assert.Equal("Received 0 characters.", app.Get<TextElement>()[0].Text);

        await app.Component("payload").SetValue(new string('x', 100_000)).RunAsync();

        Assert.Equal("Received 100,000 characters.", app.Get<TextElement>()[0].Text);
        Assert.Equal("x", app.Component("payload").Args.GetProperty("fill").GetString());
    }
}
