using DataApps;

namespace Labeling.Pages;

/// <summary>Who labels: the signed-in user's id, or the anonymous labeler (<c>null</c>) when the app runs without sign-in.</summary>
internal static class Labeler
{
    /// <summary>The id label records are stored under, or <c>null</c> for the anonymous labeler.</summary>
    public static string? Of(Ui ui) => ui.User.IsAuthenticated ? ui.User.Id ?? ui.User.Name : null;

    /// <summary>How the labeler is named on the pages.</summary>
    public static string Display(string? user) => user ?? "anonymous";

    /// <summary>Says that labels of a user who is not signed in are shared by everyone who is not.</summary>
    public static void NoteWhenAnonymous(Ui ui)
    {
        if (!ui.User.IsAuthenticated)
        {
            ui.Info("You are not signed in, so your labels are saved for the **anonymous** labeler, which everyone who is not " +
                "signed in shares. Sign in (when the app is configured for it) to label as yourself; the reviewer page needs " +
                "a signed-in user with the `reviewer` role.");
        }
    }

    /// <summary>A share as a percentage with <paramref name="decimals"/> decimals, the same in every culture: <c>66.7%</c>.</summary>
    public static string Percent(double share, int decimals = 0) =>
        (share * 100).ToString("F" + decimals, System.Globalization.CultureInfo.InvariantCulture) + "%";

    /// <summary>Escapes text from the data so Markdown shows it as written.</summary>
    public static string Escape(string text)
    {
        var escaped = new System.Text.StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            if (@"\`*_{}[]<>()#+-.!|~$".Contains(c, StringComparison.Ordinal))
            {
                escaped.Append('\\');
            }

            escaped.Append(c);
        }

        return escaped.ToString();
    }
}
