using System.Globalization;

namespace DataApps.Components.Views.Media;

/// <summary>Start and end times as a media fragment (<c>#t=5,10.5</c>), which the browser's player honours.</summary>
internal static class MediaTimes
{
    public static string Src(string url, TimeSpan start, TimeSpan? end)
    {
        if (start <= TimeSpan.Zero && end is null)
        {
            return url;
        }

        var from = start.TotalSeconds.ToString("0.###", CultureInfo.InvariantCulture);
        return end is { } e ? $"{url}#t={from},{e.TotalSeconds.ToString("0.###", CultureInfo.InvariantCulture)}" : $"{url}#t={from}";
    }
}
