using System.Diagnostics.CodeAnalysis;

namespace DataApps.Core.Tests.Widgets;

/// <summary>
/// The test is that this file compiles (nullable on, warnings as errors): calls without <c>null</c> keep their
/// non-null return types, and <c>null</c> picks the nullable form without ambiguity. Never run.
/// </summary>
[SuppressMessage("Performance", "CA1822", Justification = "Call sites only.")]
internal static class NullableOverloadCompileTests
{
    public static void CallSites(Ui ui, string[] islands)
    {
        // The plain forms keep their non-null return types.
        string name = ui.TextInput("Name");
        string named = ui.TextInput("Name", "Ada", placeholder: "Who?");
        string notes = ui.TextArea("Notes", lines: 6);
        double rate = ui.NumberInput("Rate", 3.5, min: 0, max: 10);
        int epochs = ui.NumberInput("Epochs", 10, min: 1, max: 500);
        string radio = ui.Radio("Pick", islands, index: 1);
        string firstRadio = ui.Radio("Pick", islands);
        DateOnly day = ui.DateInput("Day", new DateOnly(2026, 1, 1));
        TimeOnly at = ui.TimeInput("At", new TimeOnly(9, 0));
        IReadOnlyList<string> chosen = ui.MultiSelect("Islands", islands, defaults: ["Biscoe"], placeholder: "Choose", maxSelections: 2);

        // value: null / index: null pick the nullable forms.
        string? maybeName = ui.TextInput("Name", value: null);
        string? maybeName2 = ui.TextInput("Name", null, placeholder: "Ada");
        string? maybeNotes = ui.TextArea("Notes", value: null, lines: 3);
        double? maybeRate = ui.NumberInput<double>("Rate", null, min: 0);
        int? maybeCount = ui.NumberInput<int>("Count", value: null, max: 5);
        double? fromNullable = ui.NumberInput("Rate", (double?)2.5);
        string? maybeRadio = ui.Radio("Pick", islands, index: null);
        string? maybeIsland = ui.SelectBox("Island", islands, index: null, placeholder: "Choose…");
        DateOnly? maybeDay = ui.DateInput("Day", value: null);
        TimeOnly? maybeAt = ui.TimeInput("At", value: null);

        GC.KeepAlive(new object?[]
        {
            name, named, notes, rate, epochs, radio, firstRadio, day, at, chosen,
            maybeName, maybeName2, maybeNotes, maybeRate, maybeCount, fromNullable, maybeRadio, maybeIsland, maybeDay, maybeAt,
        });
    }
}
