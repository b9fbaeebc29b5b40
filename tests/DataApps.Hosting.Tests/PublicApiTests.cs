using System.Reflection;
using System.Runtime.CompilerServices;
using PublicApiGenerator;

namespace DataApps.Hosting.Tests;

/// <summary>
/// The public surface of every shipped assembly is approved text: adding or changing a public member
/// is a visible diff in tests/DataApps.Hosting.Tests/PublicApi/. When the surface changes on purpose,
/// copy the .received.txt the failing test writes over the approved file.
/// </summary>
public sealed class PublicApiTests
{
    public static TheoryData<string> Assemblies => ["DataApps.Core", "DataApps.Auth", "DataApps.Components", "DataApps.Hosting", "DataApps.Testing"];

    [Theory]
    [MemberData(nameof(Assemblies))]
    public void PublicSurfaceMatchesTheApprovedText(string assemblyName)
    {
        var assembly = Assembly.Load(assemblyName);
        var actual = assembly.GeneratePublicApi(new ApiGeneratorOptions
        {
            ExcludeAttributes = [typeof(InternalsVisibleToAttribute).FullName!, typeof(AssemblyMetadataAttribute).FullName!], // RepositoryUrl, from SourceLink
            AllowNamespacePrefixes = ["Microsoft.Extensions.DependencyInjection", "Microsoft.AspNetCore.Builder"],
        })
            .ReplaceLineEndings("\n");
        var approvedPath = Path.Combine(SourceDirectory(), "PublicApi", assemblyName + ".approved.txt");
        var approved = File.Exists(approvedPath) ? File.ReadAllText(approvedPath).ReplaceLineEndings("\n") : "";

        if (actual != approved)
        {
            File.WriteAllText(Path.ChangeExtension(approvedPath, null).Replace(".approved", ".received", StringComparison.Ordinal) + ".txt", actual);
        }

        Assert.True(actual == approved, $"The public API of {assemblyName} changed; compare PublicApi/{assemblyName}.received.txt with the approved file.");
    }

    private static string SourceDirectory([CallerFilePath] string path = "") => Path.GetDirectoryName(path)!;
}
