namespace DataApps;

/// <summary>A PromQL query failed: Prometheus rejected it (its own message), could not be reached, or answered something else.</summary>
/// <example><c>catch (PrometheusException ex) { ui.Error(ex.Message); }</c></example>
public sealed class PrometheusException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">What failed, for people.</param>
    /// <param name="query">The query, if the failure belongs to one.</param>
    /// <param name="errorType">Prometheus' error type (<c>bad_data</c>, <c>execution</c>, <c>timeout</c> …), if it answered with one.</param>
    /// <param name="innerException">The underlying failure, if any.</param>
    public PrometheusException(string message, string? query = null, string? errorType = null, Exception? innerException = null)
        : base(message, innerException)
    {
        Query = query;
        ErrorType = errorType;
    }

    /// <summary>The query, if the failure belongs to one.</summary>
    public string? Query { get; }

    /// <summary>Prometheus' error type (<c>bad_data</c>, <c>execution</c>, <c>timeout</c> …), or <c>null</c> when it did not answer with one.</summary>
    public string? ErrorType { get; }
}
