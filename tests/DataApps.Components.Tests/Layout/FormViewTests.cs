using DataApps.Components.Views.Layout;

namespace DataApps.Components.Tests.Layout;

public sealed class FormViewTests : RendererTest
{
    private static readonly SubmitButtonElement Submit = new("submit-1", "Save", false, "form:f");

    [Fact]
    public void ChangesInsideAFormAreHeldBackUntilItsSubmitButton()
    {
        var cut = Render<FormView, FormElement>(Form(Some.Checkbox(value: false), Submit));

        cut.Find("input[type=checkbox]").Change(true);

        Assert.Empty(Sink.Values);
        Assert.Empty(Sink.Submits);

        cut.Find("button.da-submit").Click();

        var (values, button) = Assert.Single(Sink.Submits);
        Assert.Equal("submit-1", button);
        Assert.Equal([new KeyValuePair<string, object?>("checkbox-1", true)], values);
        Assert.Empty(Sink.Triggers);
    }

    [Fact]
    public void HeldValuesSurviveARerunCausedOutsideTheForm()
    {
        var form = Form(Some.Checkbox(value: false), Submit);
        var cut = Render<FormView, FormElement>(form);
        cut.Find("input[type=checkbox]").Change(true);

        Rerun(cut, form with { Children = form.Children }); // an equal element: the form renders nothing new

        cut.Find("button.da-submit").Click();
        Assert.Single(Assert.Single(Sink.Submits).Values);
    }

    [Fact]
    public void ASubmitSendsOnlyTheLatestValueOfEachWidget()
    {
        var cut = Render<FormView, FormElement>(Form(Some.Checkbox(value: false), Submit));

        cut.Find("input[type=checkbox]").Change(true);
        cut.Find("input[type=checkbox]").Change(false);
        cut.Find("button.da-submit").Click();
        cut.Find("button.da-submit").Click();

        Assert.Equal([new KeyValuePair<string, object?>("checkbox-1", false)], Sink.Submits[0].Values);
        Assert.Empty(Sink.Submits[1].Values); // nothing held after a submit
    }

    [Fact]
    public void AClearingSubmitStartsTheWidgetsAfresh()
    {
        var cut = Render<FormView, FormElement>(Form(Some.Checkbox(value: false), Submit));
        var before = cut.Find(".da-form-body");

        Rerun(cut, Form(Some.Checkbox(value: false), Submit) with { Clears = 1 });

        Assert.NotSame(before, cut.Find(".da-form-body"));
        Assert.Equal("f", cut.Find(".da-form").GetAttribute("data-form"));
    }

    private static FormElement Form(params Element[] children) => new("form:f", "f", Border: true, Clears: 0) { Children = children };
}
