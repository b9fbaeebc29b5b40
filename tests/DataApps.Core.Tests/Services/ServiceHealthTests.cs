namespace DataApps.Core.Tests.Services;

public sealed class ServiceHealthTests
{
    [Fact]
    public void AnUpServiceSaysUpAndItsLatencyInMilliseconds() =>
        Assert.Equal("up · 12 ms", ServiceHealth.Up(TimeSpan.FromMilliseconds(12.4)).ToString());

    [Fact]
    public void ADegradedServiceSaysItsLatencyInSecondsAndWhy() =>
        Assert.Equal("degraded · 1.8 s (slow)", ServiceHealth.Degraded(TimeSpan.FromMilliseconds(1820), "slow").ToString());

    [Fact]
    public void ADownServiceSaysWhatFailedAndNotTheLatency() =>
        Assert.Equal("down · connection refused", ServiceHealth.Down("connection refused", TimeSpan.FromMilliseconds(3)).ToString());

    [Theory]
    [InlineData(0.4, "0 ms")]
    [InlineData(999, "999 ms")]
    [InlineData(1000, "1 s")]
    [InlineData(2500, "2.5 s")]
    [InlineData(90_000, "1.5 min")]
    public void LatencyReadsAsPeopleWriteIt(double milliseconds, string expected) =>
        Assert.Equal(expected, ServiceHealth.FormatLatency(TimeSpan.FromMilliseconds(milliseconds)));
}
