namespace DataApps.BrowserTests;

/// <summary>
/// Generous limits for a machine with 2 slow cores: they only bound how long a broken test hangs,
/// no test asserts on time.
/// </summary>
internal static class Timeouts
{
    public static readonly TimeSpan Launch = TimeSpan.FromSeconds(60);
    public static readonly TimeSpan Navigation = TimeSpan.FromSeconds(60);
    public static readonly TimeSpan Action = TimeSpan.FromSeconds(30);
    public static readonly TimeSpan Expect = TimeSpan.FromSeconds(20);
}
