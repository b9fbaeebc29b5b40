using System.Reflection;

namespace DataApps.Hosting.Tests;

/// <summary>The layers of docs/architecture.md, read from the assemblies' own references (the packages follow them).</summary>
public sealed class AssemblyBoundaryTests
{
    public static TheoryData<string, string> Forbidden => new()
    {
        // Core: no web, no Blazor, no MudBlazor; only the policy engine behind [Authorize].
        { "DataApps.Core", "Microsoft.AspNetCore.Http" },
        { "DataApps.Core", "Microsoft.AspNetCore.Components" },
        { "DataApps.Core", "MudBlazor" },
        { "DataApps.Core", "Sep" },
        // Neither the renderers nor AppTest bring sign-in: a test project or a component library never pulls the OIDC handler.
        { "DataApps.Components", "DataApps.Auth" },
        { "DataApps.Components", "DataApps.Hosting" },
        { "DataApps.Components", "Microsoft.Identity.Web" },
        { "DataApps.Testing", "DataApps.Auth" },
        { "DataApps.Testing", "DataApps.Components" },
        { "DataApps.Testing", "Microsoft.Identity.Web" },
        { "DataApps.Testing", "Microsoft.AspNetCore.Authentication.OpenIdConnect" },
        { "DataApps.Hosting", "DataApps.Auth" },
        { "DataApps.Hosting", "Microsoft.Identity.Web" },
        { "DataApps.Hosting", "Microsoft.AspNetCore.Authentication.OpenIdConnect" },
        { "DataApps.Components.Rating", "DataApps.Auth" },
        { "DataApps.Components.Canvas", "DataApps.Auth" },
        { "DataApps.Components.ImageAnnotator", "DataApps.Auth" },
    };

    [Theory]
    [MemberData(nameof(Forbidden))]
    public void AnAssemblyDoesNotReachWhatItsLayerMustNotKnow(string assembly, string forbidden)
    {
        var reached = Reachable(Assembly.Load(assembly));

        Assert.DoesNotContain(forbidden, reached);
    }

    [Fact]
    public void AppTestDecidesPageAccessWithTheCoreAuthorizerTheShellUses()
    {
        var authorizer = typeof(DataApps.Auth.PageAuthorizer);

        Assert.Equal("DataApps.Core", authorizer.Assembly.GetName().Name);
        Assert.Contains("DataApps.Core", Reachable(Assembly.Load("DataApps.Testing")));
    }

    // Every assembly name reachable through references, following only DataApps' own assemblies (a third-party package's
    // own dependencies are its business, but what our assemblies reference directly is ours).
    private static HashSet<string> Reachable(Assembly root)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<Assembly>([root]);
        while (pending.TryPop(out var assembly))
        {
            foreach (var name in assembly.GetReferencedAssemblies())
            {
                if (seen.Add(name.Name!) && name.Name!.StartsWith("DataApps", StringComparison.Ordinal))
                {
                    pending.Push(Assembly.Load(name));
                }
            }
        }

        return seen;
    }
}
