namespace DataApps.Testing.Tests;

/// <summary>Forms: widgets inside hold their changes until the submit button, then everything arrives in one run.</summary>
public sealed class FormTests
{
    [Fact]
    public async Task ValuesInAFormReachThePageOnlyWithTheSubmit()
    {
        using var app = AppTest.FromFunction(ui =>
        {
            var form = ui.Form("order");
            var quantity = form.Slider("Quantity", 0, 10, 1);
            var note = form.TextInput("Note");
            var sent = form.SubmitButton("Order");
            ui.Text($"{quantity}|{note}|{sent}");
        });
        await app.RunAsync();

        app.Slider("Quantity").SetValue(5);
        app.TextInput("Note").SetValue("fast");
        await app.RunAsync(); // a run for any other reason does not see the held values

        Assert.Equal("1||False", app.Get<TextElement>()[0].Text);
        Assert.Equal(2, app.HeldValues("order"));

        await app.SubmitButton("Order").Click().RunAsync();

        Assert.Equal("5|fast|True", app.Get<TextElement>()[0].Text);
        Assert.Equal(0, app.HeldValues("order"));
        await app.RunAsync();
        Assert.Equal("5|fast|False", app.Get<TextElement>()[0].Text); // the submit is true in one run only
    }

    [Fact]
    public async Task AWidgetOutsideTheFormStillRerunsAtOnceAndTheFormKeepsHoldingItsValues()
    {
        using var app = AppTest.FromFunction(ui =>
        {
            var live = ui.Checkbox("Live");
            var form = ui.Form("f");
            var n = form.NumberInput("N", 0);
            form.SubmitButton();
            ui.Text($"{live}|{n}");
        });
        await app.RunAsync();

        app.NumberInput("N").SetValue(7);
        await app.Checkbox("Live").SetValue(true).RunAsync();

        Assert.Equal("True|0", app.Get<TextElement>()[0].Text);
        await app.SubmitButton("Submit").Click().RunAsync();
        Assert.Equal("True|7", app.Get<TextElement>()[0].Text);
    }

    [Fact]
    public async Task SubmittingOneFormDoesNotSendTheOthersValues()
    {
        using var app = AppTest.FromFunction(ui =>
        {
            var a = ui.Form("a");
            var x = a.TextInput("X");
            a.SubmitButton("Send A");
            var b = ui.Form("b");
            var y = b.TextInput("Y");
            b.SubmitButton("Send B");
            ui.Text($"{x}|{y}");
        });
        await app.RunAsync();

        app.TextInput("X").SetValue("x");
        app.TextInput("Y").SetValue("y");
        await app.SubmitButton("Send A").Click().RunAsync();

        Assert.Equal("x|", app.Get<TextElement>()[0].Text);
        Assert.Equal(1, app.HeldValues("b"));
    }

    [Fact]
    public async Task ClearOnSubmitGivesTheRunTheValuesAndShowsTheDefaultsAfterwards()
    {
        var seen = new List<string>();
        using var app = AppTest.FromFunction(ui =>
        {
            var form = ui.Form("chat", clearOnSubmit: true);
            var message = form.TextInput("Message");
            if (form.SubmitButton("Send"))
            {
                seen.Add(message);
            }
        });
        await app.RunAsync();
        var clearsBefore = app.Form("chat").Clears;

        app.TextInput("Message").SetValue("hello");
        await app.SubmitButton("Send").Click().RunAsync();

        Assert.Equal(["hello"], seen);
        Assert.Equal("", app.TextInput("Message").Value);      // shown cleared
        Assert.Equal(clearsBefore + 1, app.Form("chat").Clears); // the renderer starts its widgets afresh
        await app.RunAsync();
        Assert.Equal("", app.TextInput("Message").Value);      // and stays cleared
    }

    [Fact]
    public async Task TheSubmitButtonsCallbackRunsBeforeThePageWithTheNewValues()
    {
        string? inCallback = null;
        using var app = AppTest.FromFunction(ui =>
        {
            var form = ui.Form("f");
            form.TextInput("Name", key: "name");
            form.SubmitButton("Save", onClick: () => inCallback = (string?)ui.State["name"]);
        });
        await app.RunAsync();

        app.TextInput("Name").SetValue("Ada");
        await app.SubmitButton("Save").Click().RunAsync();

        Assert.Equal("Ada", inCallback);
    }

    [Fact]
    public async Task WidgetsInsideColumnsOfAFormBelongToTheForm()
    {
        using var app = AppTest.FromFunction(ui =>
        {
            var form = ui.Form("f");
            var (left, _) = form.Columns(2);
            var v = left.Slider("V", 0, 10, 0);
            form.SubmitButton();
            ui.Text($"{v}");
        });
        await app.RunAsync();

        await app.Slider("V").SetValue(3).RunAsync();

        Assert.Equal("0", app.Get<TextElement>()[0].Text);
        await app.SubmitButton("Submit").Click().RunAsync();
        Assert.Equal("3", app.Get<TextElement>()[0].Text);
    }

    [Theory]
    [InlineData("nested", "Forms cannot be nested")]
    [InlineData("submit-outside", "is outside a form")]
    [InlineData("button-inside", "can hold no other buttons")]
    [InlineData("callback-inside", "has an onChange callback")]
    [InlineData("duplicate", "multiple forms with the key \"f\"")]
    public async Task MisuseShowsAClearErrorAndTheSessionGoesOn(string misuse, string message)
    {
        using var app = AppTest.FromFunction(ui =>
        {
            ui.Text("before");
            switch (misuse)
            {
                case "nested":
                    ui.Form("outer").Form("inner");
                    break;
                case "submit-outside":
                    ui.SubmitButton("Go");
                    break;
                case "button-inside":
                    ui.Form("f").Button("Go");
                    break;
                case "callback-inside":
                    ui.Form("f").Checkbox("C", onChange: () => { });
                    break;
                case "duplicate":
                    ui.Form("f").SubmitButton();
                    ui.Form("f");
                    break;
            }
        });

        await app.RunAsync();

        var error = Assert.Single(app.Get<ExceptionElement>());
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
        Assert.Equal("before", app.Get<TextElement>()[0].Text);
        await app.RunAsync();
        Assert.Equal(2, app.Runs);
    }

    [Fact]
    public async Task AFormWithoutASubmitButtonSaysSoInsideTheForm()
    {
        using var app = AppTest.FromFunction(ui => ui.Form("settings").Slider("Speed", 0, 10, 5));

        await app.RunAsync();

        var error = Assert.IsType<ErrorElement>(app.Form("settings").Children[^1]);
        Assert.Contains("The form \"settings\" has no submit button", error.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AWidgetInAFormIsADifferentWidgetFromTheSameOneOutside()
    {
        using var app = AppTest.FromFunction(ui =>
        {
            var outside = ui.TextInput("Name");
            var form = ui.Form("f");
            var inside = form.TextInput("Name"); // no key: the form is part of its identity
            form.SubmitButton();
            ui.Text($"{outside}|{inside}");
        });

        await app.RunAsync();

        Assert.Empty(app.Get<ExceptionElement>());
        Assert.Empty(app.Get<ErrorElement>());
    }
}
