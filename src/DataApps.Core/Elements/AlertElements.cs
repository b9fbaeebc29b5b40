namespace DataApps;

/// <summary>The base of the coloured message boxes; <see cref="Body"/> is markdown.</summary>
/// <param name="Body">The message, as markdown.</param>
public abstract record AlertElement(string Body) : Element;

/// <summary>A green success box (<c>ui.Success</c>).</summary>
/// <param name="Body">The message, as markdown.</param>
public sealed record SuccessElement(string Body) : AlertElement(Body);

/// <summary>A blue information box (<c>ui.Info</c>).</summary>
/// <param name="Body">The message, as markdown.</param>
public sealed record InfoElement(string Body) : AlertElement(Body);

/// <summary>A yellow warning box (<c>ui.Warning</c>).</summary>
/// <param name="Body">The message, as markdown.</param>
public sealed record WarningElement(string Body) : AlertElement(Body);

/// <summary>A red error box (<c>ui.Error</c>); the framework also uses it for usage errors such as duplicate widgets.</summary>
/// <param name="Body">The message, as markdown.</param>
public sealed record ErrorElement(string Body) : AlertElement(Body);

/// <summary>An exception raised by a page or shown with <c>ui.Exception</c>.</summary>
/// <param name="TypeName">The exception's type name.</param>
/// <param name="Message">The exception's message.</param>
/// <param name="StackTrace">The stack trace, or <c>null</c> where details are hidden (Production).</param>
/// <param name="CorrelationId">An id that also appears in the server log entry for this exception.</param>
public sealed record ExceptionElement(string TypeName, string Message, string? StackTrace, string CorrelationId) : Element;
