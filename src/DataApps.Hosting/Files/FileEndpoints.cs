using DataApps.Files;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace DataApps.Hosting.Files;

/// <summary>
/// The per-session file endpoints under <c>/_dataapps/files/{token}</c>: chunked uploads and downloads. The token names the session;
/// it answers only to the session's owner (Note [File ownership] in SessionFiles.cs). An unknown token, or a request of anyone but the
/// owner, answers 404, like a path that does not exist.
/// </summary>
/// <remarks>
/// Note [Chunked uploads]: the browser announces a file (<c>POST …/uploads?widget=&amp;name=&amp;size=&amp;type=</c>), which checks the
/// size against the widget's limit before any byte is sent, then posts slices in order (<c>POST …/uploads/{id}?offset=N</c>, raw
/// bytes, at most <see cref="MaxChunkSize"/>). The server appends each slice to a temporary file and stops reading the moment the
/// data runs past the announced size. A wrong offset answers 409 with the offset to resume from. Kestrel's body limit is lifted
/// to the chunk size per request, so neither it nor form limits get in the way; no form parsing or antiforgery applies. A malformed
/// request (a bad chunk-size line, a query value that is not a number) answers 400 with Kestrel's reason (<see cref="UseBadRequests"/>).
/// </remarks>
internal static partial class FileEndpoints
{
    /// <summary>The largest slice accepted in one request.</summary>
    public const long MaxChunkSize = 16L * 1024 * 1024;

    /// <summary>The app's file store, with the limits of <see cref="DataAppsOptions"/>; says at startup which stale folders it deleted.</summary>
    public static FileStore CreateStore(IServiceProvider services)
    {
        var options = services.GetRequiredService<Microsoft.Extensions.Options.IOptions<DataAppsOptions>>().Value;
        var store = new FileStore(
            new FileLimits(options.MaxUploadSize)
            {
                SessionQuota = options.Files.SessionQuota,
                ServerQuota = options.Files.ServerQuota,
                UnclaimedUploadLifetime = options.Files.UnclaimedUploadLifetime,
            },
            time: services.GetService<TimeProvider>());
        var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(FileStore).FullName!);
        if (store.StaleFoldersDeleted.Count > 0)
        {
            Log.StaleFoldersDeleted(logger, store.StaleFoldersDeleted.Count, string.Join(", ", store.StaleFoldersDeleted));
        }

        foreach (var failure in store.StaleFoldersLeft)
        {
            Log.StaleFolderLeft(logger, failure);
        }

        return store;
    }

    /// <summary>
    /// Answers a malformed file request (Kestrel's or minimal API's <see cref="BadHttpRequestException"/>: a bad chunked body, a
    /// body cut short, a query value of the wrong type) with its status, 400 in most cases, instead of 500.
    /// </summary>
    public static void UseBadRequests(WebApplication app) => app.UseWhen(
        context => context.Request.Path.StartsWithSegments(FileStore.BasePath),
        branch => branch.Use(next => async context =>
        {
            try
            {
                await next(context).ConfigureAwait(false);
            }
            catch (BadHttpRequestException e) when (!context.Response.HasStarted)
            {
                context.Response.Clear();
                await Problem(e.StatusCode, $"The request is malformed: {e.Message}").ExecuteAsync(context).ConfigureAwait(false);
            }
        }));

    public static void MapFileEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup(FileStore.BasePath + "/{token}").ExcludeFromDescription();
        group.MapPost("/uploads", Begin);
        group.MapPost("/uploads/{id}", AppendAsync);
        group.MapGet("/uploads/{id}", Status);
        group.MapDelete("/uploads/{id}", Cancel);
        group.MapGet("/downloads/{id}", Download);
        group.MapGet("/media/{id}", Media);
    }

    private static IResult Begin(HttpContext context, string token, string? widget, string? name, long? size, string? type)
    {
        if (!TryFind(context, token, out var files))
        {
            return Results.NotFound();
        }

        if (widget is null || name is null || size is null)
        {
            return Problem(StatusCodes.Status400BadRequest, "The upload needs widget, name and size.");
        }

        try
        {
            var id = files.BeginUpload(widget, name, size.Value, type);
            return Results.Json(new { id, chunkSize = MaxChunkSize }, statusCode: StatusCodes.Status201Created);
        }
        catch (UploadRejectedException e)
        {
            return Rejected(e);
        }
    }

    private static async Task<IResult> AppendAsync(HttpContext context, string token, string id, long? offset)
    {
        if (!TryFind(context, token, out var files))
        {
            return Results.NotFound();
        }

        if (offset is null)
        {
            return Problem(StatusCodes.Status400BadRequest, "The slice needs its offset.");
        }

        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
        {
            limit.MaxRequestBodySize = MaxChunkSize;
        }

        if (context.Request.ContentLength > MaxChunkSize)
        {
            return Problem(StatusCodes.Status413PayloadTooLarge, $"A slice may be at most {FileSizes.Format(MaxChunkSize)}.");
        }

        try
        {
            var (received, completed) = await files.AppendAsync(id, offset.Value, context.Request.Body, context.RequestAborted);
            DataApps.Runtime.Telemetry.UploadBytes.Add(Math.Max(0, received - offset.Value));
            return Results.Json(new { received, completed });
        }
        catch (UploadRejectedException e)
        {
            return Rejected(e);
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return Problem(StatusCodes.Status413PayloadTooLarge, $"A slice may be at most {FileSizes.Format(MaxChunkSize)}.");
        }
        catch (BadHttpRequestException e)
        {
            // A malformed body (a bad chunk-size line, a connection cut mid-slice): the bytes before it are kept, the client resumes.
            return Problem(e.StatusCode, $"The slice is malformed: {e.Message}");
        }
    }

    private static IResult Status(HttpContext context, string token, string id)
    {
        if (!TryFind(context, token, out var files))
        {
            return Results.NotFound();
        }

        try
        {
            return Results.Json(new { received = files.ReceivedOf(id) });
        }
        catch (UploadRejectedException e)
        {
            return Rejected(e);
        }
    }

    private static IResult Cancel(HttpContext context, string token, string id)
    {
        if (!TryFind(context, token, out var files))
        {
            return Results.NotFound();
        }

        files.Delete(id);
        return Results.NoContent();
    }

    private static IResult Download(HttpContext context, string token, string id)
    {
        if (!TryFind(context, token, out var files) || !files.TryGetDownload(id, out var source))
        {
            return Results.NotFound();
        }

        var stream = source.Open();
        context.Response.Headers.CacheControl = "no-store";
        return Results.Stream(stream, source.ContentType, source.FileName, enableRangeProcessing: stream.CanSeek);
    }

    /// <summary>Serves an image, audio or video the session shows (see Note [Media] in MediaRegistry.cs): inline, with ranges.</summary>
    private static IResult Media(HttpContext context, string token, string id)
    {
        if (!TryFind(context, token, out var files) || !files.TryGetMedia(id, out var source))
        {
            return Results.NotFound();
        }

        Stream stream;
        try
        {
            stream = source.Open();
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            return Results.NotFound(); // a file shown earlier was deleted (a cleared capture, a file removed from disk)
        }

        var headers = context.Response.Headers;
        // The id changes with the content, so the browser may keep it; private: it is this session's.
        headers.CacheControl = "private, max-age=86400, immutable";
        headers.XContentTypeOptions = "nosniff";
        // Opened directly (not in an <img>), an SVG must not run script in the app's origin.
        headers.ContentSecurityPolicy = "default-src 'none'; img-src 'self'; media-src 'self'; style-src 'unsafe-inline'; sandbox";
        return Results.Stream(stream, source.ContentType, enableRangeProcessing: true,
            entityTag: new Microsoft.Net.Http.Headers.EntityTagHeaderValue($"\"{id}\""));
    }

    /// <summary>The session of <paramref name="token"/>, when the request comes from its owner (Note [File ownership]).</summary>
    private static bool TryFind(HttpContext context, string token, out SessionFiles files)
    {
        var store = context.RequestServices.GetService<FileStore>();
        files = null!;
        if (store is null || !store.TryGet(token, out files))
        {
            return false;
        }

        if (files.IsOwnedBy(FileOwner.Of(context.User)))
        {
            return true;
        }

        // Said without the token or the path: a log line must not hand out what it reports.
        var logger = context.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(FileEndpoints).FullName!);
        Log.NotOwner(logger, context.Request.Method, context.Request.Cookies.ContainsKey(FileOwner.CookieName), context.User.Identity?.IsAuthenticated == true);
        files = null!;
        return false;
    }

    private static IResult Rejected(UploadRejectedException e) => e.Problem switch
    {
        UploadProblem.NotFound => Problem(StatusCodes.Status404NotFound, e.Message),
        UploadProblem.TooLarge or UploadProblem.OverQuota => Problem(StatusCodes.Status413PayloadTooLarge, e.Message),
        UploadProblem.ServerFull => Problem(StatusCodes.Status507InsufficientStorage, e.Message),
        UploadProblem.WrongType => Problem(StatusCodes.Status415UnsupportedMediaType, e.Message),
        UploadProblem.WrongOffset => Results.Json(new { message = e.Message, received = e.Received }, statusCode: StatusCodes.Status409Conflict),
        _ => Problem(StatusCodes.Status400BadRequest, e.Message),
    };

    private static IResult Problem(int status, string message) => Results.Json(new { message }, statusCode: status);

    private static partial class Log
    {
        [LoggerMessage(EventId = 1, EventName = "FileRequestOfAnotherOwner", Level = LogLevel.Warning,
            Message = "A {Method} of a session's files came from someone other than the session's owner (browser cookie sent: {HasCookie}, signed in: {SignedIn}); it was answered 404. A copied file URL, or a browser that refuses cookies.")]
        public static partial void NotOwner(ILogger logger, string method, bool hasCookie, bool signedIn);

        [LoggerMessage(EventId = 2, EventName = "StaleFoldersDeleted", Level = LogLevel.Information,
            Message = "Deleted {Count} upload folder(s) left by processes that stopped without cleaning up: {Folders}")]
        public static partial void StaleFoldersDeleted(ILogger logger, int count, string folders);

        [LoggerMessage(EventId = 3, EventName = "StaleFolderLeft", Level = LogLevel.Warning,
            Message = "An upload folder left by a stopped process could not be deleted; delete it by hand: {Failure}")]
        public static partial void StaleFolderLeft(ILogger logger, string failure);
    }
}
