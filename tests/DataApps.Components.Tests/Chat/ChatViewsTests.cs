using DataApps.Components.Views.Chat;
using Microsoft.AspNetCore.Components.Web;

namespace DataApps.Components.Tests.Chat;

public sealed class ChatViewsTests : RendererTest
{
    [Fact]
    public void EnterSendsTheTrimmedMessageAndEmptiesTheBox()
    {
        var cut = Render<ChatInputView, ChatInputElement>(new ChatInputElement("chat-1", "Ask", null));
        var box = cut.Find("input");

        box.Input("  hello ");
        box.KeyDown(new KeyboardEventArgs { Key = "Enter" });

        Assert.Equal(("chat-1", (object?)"hello"), Sink.Single);
        Assert.Equal("", cut.Find("input").GetAttribute("value"));
    }

    [Fact]
    public void AnEmptyBoxSendsNothing()
    {
        var cut = Render<ChatInputView, ChatInputElement>(new ChatInputElement("chat-1", "Ask", null));

        cut.Find("input").KeyDown(new KeyboardEventArgs { Key = "Enter" });

        Assert.Empty(Sink.Values);
        Assert.True(cut.Find("button.da-chat-send").HasAttribute("disabled"));
    }

    [Theory]
    [InlineData("user", "da-chat-user")]
    [InlineData("assistant", "da-chat-assistant")]
    [InlineData("Ada", "da-chat-other")]
    public void AMessageIsStyledByItsRole(string role, string css)
    {
        var cut = Render<ChatMessageView, ChatMessageElement>(new ChatMessageElement(role, null) { Children = new Element[] { new TextElement("hi") } });

        Assert.Contains(css, cut.Find(".da-chat-message").ClassList);
        Assert.Contains("hi", cut.Find(".da-chat-body").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void AnEmojiAvatarIsShownAsText()
    {
        var cut = Render<ChatMessageView, ChatMessageElement>(new ChatMessageElement("bot", "🤖"));

        Assert.Equal("🤖", cut.Find(".da-chat-avatar").TextContent.Trim());
    }
}
