namespace ModelCompare;

/// <summary>A type of the ModelCompare app's assembly, for hosts that start it (WebApplicationFactory in tests).</summary>
public sealed class ModelCompareApp
{
    private ModelCompareApp()
    {
    }
}
