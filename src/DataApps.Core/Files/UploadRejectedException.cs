namespace DataApps.Files;

/// <summary>Why an upload was refused; the Hosting endpoints map it to a status code.</summary>
internal enum UploadProblem
{
    BadRequest,
    NotFound,
    TooLarge,
    WrongType,
    WrongOffset,
    OverQuota,
    ServerFull,
}

/// <summary>An upload refused with a message meant for the user (shown in the widget).</summary>
internal sealed class UploadRejectedException(UploadProblem problem, string message) : Exception(message)
{
    public UploadProblem Problem { get; } = problem;

    /// <summary>For <see cref="UploadProblem.WrongOffset"/>: the bytes received so far, where the client should resume.</summary>
    public long Received { get; init; }
}
