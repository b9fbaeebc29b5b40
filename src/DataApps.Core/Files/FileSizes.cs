using System.Globalization;

namespace DataApps.Files;

/// <summary>Sizes for people: 200 MB, 1.5 GB (binary units, as upload limits are usually meant).</summary>
internal static class FileSizes
{
    public static string Format(long bytes)
    {
        string[] units = ["bytes", "KB", "MB", "GB", "TB"];
        double value = bytes;
        var unit = 0;
        while (value >= 1024 && unit < units.Length - 1)
        {
            value /= 1024;
            unit++;
        }

        return unit == 0
            ? $"{bytes.ToString("N0", CultureInfo.InvariantCulture)} bytes"
            : $"{value.ToString(value >= 100 || value == Math.Floor(value) ? "0" : "0.#", CultureInfo.InvariantCulture)} {units[unit]}";
    }

    /// <summary>The message shown when a file is larger than a limit.</summary>
    public static string TooLarge(string name, long size, long limit) =>
        $"{name} is {Format(size)}, larger than the upload limit of {Format(limit)}.";
}
