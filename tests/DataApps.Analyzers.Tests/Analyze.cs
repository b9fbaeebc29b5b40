using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace DataApps.Analyzers.Tests;

/// <summary>Compiles a page body with the analyzer, against this runtime's assemblies and DataApps.Core (no package download).</summary>
internal static class Analyze
{
    private static readonly Lazy<ImmutableArray<MetadataReference>> References = new(() =>
    [
        .. ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!)
            .Split(Path.PathSeparator)
            .Where(path => path.Length > 0)
            .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path)),
    ]);

    /// <summary>The DA0001 diagnostics of a page whose <c>Run(Ui ui)</c> body is <paramref name="body"/>.</summary>
    public static async Task<IReadOnlyList<Diagnostic>> PageBodyAsync(string body, string members = "")
    {
        var source = $$"""
            using System;
            using System.Net.Http;
            using DataApps;

            public sealed class ResultsPage : DataPage { protected override void Run(Ui ui) { } }

            public sealed class TestPage : DataPage
            {
                protected override void Run(Ui ui)
                {
            {{body}}
                }

                private static void Log(Exception ex) { }

                private static bool Logged(Exception ex) => false;
            {{members}}
            }
            """;
        var compilation = CSharpCompilation.Create(
            "Page",
            [CSharpSyntaxTree.ParseText(source, new CSharpParseOptions(LanguageVersion.Latest), cancellationToken: TestContext.Current.CancellationToken)],
            References.Value,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        var errors = compilation.GetDiagnostics(TestContext.Current.CancellationToken).Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        Assert.True(errors.Count == 0, "The test page does not compile: " + string.Join("; ", errors));

        var analyzers = compilation.WithAnalyzers([new SwallowedControlFlowAnalyzer()]);
        var diagnostics = await analyzers.GetAnalyzerDiagnosticsAsync(TestContext.Current.CancellationToken);
        return [.. diagnostics.OrderBy(d => d.Location.SourceSpan.Start)];
    }

    /// <summary>The line, within <c>body</c> (1-based), of a diagnostic's location.</summary>
    public static int BodyLine(Diagnostic diagnostic) => diagnostic.Location.GetLineSpan().StartLinePosition.Line + 1 - 10;
}
