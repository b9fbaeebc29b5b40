using MudBlazor;

namespace DataApps.Components.Views.Widgets;

/// <summary>Shows feedback icons (<c>ui.Feedback</c>) and sends the chosen position, or <c>null</c> when the chosen one is clicked again.</summary>
public partial class FeedbackView
{
    private static readonly (int Position, string Name, string Outlined, string Filled)[] Thumbs =
    [
        (1, "Thumbs up", Icons.Material.Outlined.ThumbUp, Icons.Material.Filled.ThumbUp),
        (0, "Thumbs down", Icons.Material.Outlined.ThumbDown, Icons.Material.Filled.ThumbDown),
    ];

    private static readonly (int Position, string Name, string Outlined, string Filled)[] Faces =
    [
        (0, "Very dissatisfied", Icons.Material.Outlined.SentimentVeryDissatisfied, Icons.Material.Filled.SentimentVeryDissatisfied),
        (1, "Dissatisfied", Icons.Material.Outlined.SentimentDissatisfied, Icons.Material.Filled.SentimentDissatisfied),
        (2, "Neutral", Icons.Material.Outlined.SentimentNeutral, Icons.Material.Filled.SentimentNeutral),
        (3, "Satisfied", Icons.Material.Outlined.SentimentSatisfied, Icons.Material.Filled.SentimentSatisfied),
        (4, "Very satisfied", Icons.Material.Outlined.SentimentVerySatisfied, Icons.Material.Filled.SentimentVerySatisfied),
    ];

    private static (int Position, string Name, string Outlined, string Filled)[] IconsOf(FeedbackOptions options) =>
        options == FeedbackOptions.Thumbs ? Thumbs : Faces;

    private void Click(int position) => SendValue(Element.Value == position ? null : position);

    private void OnStars(int stars) => SendValue(stars <= 0 ? null : stars - 1);
}
