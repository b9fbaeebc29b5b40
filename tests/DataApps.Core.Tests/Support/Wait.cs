namespace DataApps.Core.Tests.Support;

/// <summary>Waits for events that tests have arranged; the guard only stops a broken test from hanging, it times nothing.</summary>
internal static class Wait
{
    public static readonly TimeSpan Guard = TimeSpan.FromSeconds(30);

    public static async Task ForAsync(SemaphoreSlim signal, string what)
    {
        if (!await signal.WaitAsync(Guard, TestContext.Current.CancellationToken))
        {
            Assert.Fail($"Gave up waiting for {what}.");
        }
    }

    public static async Task ForAsync(Task task, string what)
    {
        try
        {
            await task.WaitAsync(Guard, TestContext.Current.CancellationToken);
        }
        catch (TimeoutException)
        {
            Assert.Fail($"Gave up waiting for {what}.");
        }
    }
}
