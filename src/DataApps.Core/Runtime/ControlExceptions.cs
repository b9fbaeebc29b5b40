namespace DataApps.Runtime;

/// <summary>Thrown by <c>ui.Stop()</c>; ends the run as completed.</summary>
internal sealed class StopException : Exception
{
    public StopException()
        : base("ui.Stop() was called.")
    {
    }
}

/// <summary>Thrown by <c>ui.Rerun()</c>; ends the run and starts another at once.</summary>
internal sealed class RerunException : Exception
{
    public RerunException()
        : base("ui.Rerun() was called.")
    {
    }
}
