using DataApps.Runtime;

namespace DataApps.Core.Tests.Support;

/// <summary>Factories for the things tests need many of.</summary>
internal static class Some
{
    /// <summary>A session that runs pages on the calling thread and publishes only finished runs, as AppTest does.</summary>
    public static AppSession InlineSession(bool showErrorDetails = true) =>
        new(new SessionOptions { Inline = true, ProgressInterval = TimeSpan.Zero, ShowErrorDetails = showErrorDetails });

    /// <summary>A session as the host runs it: pages on the thread pool, a run per browser value.</summary>
    public static AppSession BackgroundSession(TimeSpan? progressInterval = null) =>
        new(new SessionOptions { ProgressInterval = progressInterval ?? TimeSpan.Zero });

    /// <summary>The elements of a block, depth first, containers included.</summary>
    public static IEnumerable<Element> Flatten(BlockElement block) => block.Descendants();

    /// <summary>The texts of the <see cref="TextElement"/>s of the main area, in order.</summary>
    public static IReadOnlyList<string> Texts(PageTree tree) => [.. Flatten(tree.Main).OfType<TextElement>().Select(t => t.Text)];

    public static TElement Widget<TElement>(PageTree tree, string label)
        where TElement : WidgetElement => Flatten(tree.Main).Concat(Flatten(tree.Sidebar)).OfType<TElement>().Single(w => w.Label == label);
}
