namespace Microsoft.Extensions.DependencyInjection;

/// <summary>What <c>AddDataApps()</c> returns: features extend it with their own <c>Add…</c> methods.</summary>
public interface IDataAppsBuilder
{
    /// <summary>The application's services.</summary>
    IServiceCollection Services { get; }
}
