namespace DataApps.Testing;

public sealed partial class AppTest
{
    /// <summary>
    /// The store the page's <c>ui.Feedback(item: …)</c> and <c>ui.Flag</c> record to: the <see cref="IFeedbackStore"/> of the test's
    /// services (register a SQLite store there to test against it), else one in memory; <see cref="NewSession"/> shares it.
    /// </summary>
    /// <example>
    /// <code>
    /// await app.Feedback().SetValue(1).RunAsync();
    /// var entry = Assert.Single(await app.FeedbackStore.QueryAsync());
    /// Assert.Equal("1", entry.Value);
    /// </code>
    /// </example>
    public IFeedbackStore FeedbackStore { get; }
}
