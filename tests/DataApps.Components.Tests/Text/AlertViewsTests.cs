using DataApps.Components.Tests.Support;
using DataApps.Components.Views.Text;

namespace DataApps.Components.Tests.Text;

public sealed class AlertViewsTests : RendererTest
{
    public static TheoryData<AlertElement, string> Alerts => new()
    {
        { new SuccessElement("Saved **3** rows"), "success" },
        { new InfoElement("Saved **3** rows"), "info" },
        { new WarningElement("Saved **3** rows"), "warning" },
        { new ErrorElement("Saved **3** rows"), "error" },
    };

    [Theory]
    [MemberData(nameof(Alerts))]
    public void EachAlertHasItsSeverityAndRendersMarkdown(AlertElement alert, string severity)
    {
        var cut = Render<AlertView, AlertElement>(alert);

        var box = cut.Find(".mud-alert");
        Assert.Contains(box.ClassList, c => c.EndsWith("-" + severity, StringComparison.Ordinal));
        Assert.Equal("3", cut.Find(".da-markdown strong").TextContent);
    }

    [Fact]
    public void ExceptionShowsTypeMessageStackAndCorrelationId()
    {
        var cut = Render<ExceptionView, ExceptionElement>(new ExceptionElement("InvalidOperationException", "Boom", "at Page.Run()", "abc123"));

        Assert.Contains("InvalidOperationException", cut.Find(".da-exception strong").TextContent, StringComparison.Ordinal);
        Assert.Contains("Boom", cut.Find(".da-exception").TextContent, StringComparison.Ordinal);
        Assert.Equal("at Page.Run()", cut.Find(".da-stack pre").TextContent);
        Assert.Equal("abc123", cut.Find(".da-correlation code").TextContent);
    }

    [Fact]
    public void ExceptionWithoutDetailsHasNoStackTrace()
    {
        var cut = Render<ExceptionView, ExceptionElement>(new ExceptionElement("Exception", "Something failed", null, "abc123"));

        Assert.Empty(cut.FindAll(".da-stack"));
    }
}
