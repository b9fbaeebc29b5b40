using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

namespace DataApps.Analyzers;

/// <summary>
/// DA0001: a call of <c>ui.Stop()</c>, <c>ui.Rerun()</c> or <c>ui.SwitchPage(…)</c> inside a <c>try</c> whose first catch clause
/// that takes the exception is <c>catch (Exception)</c> or a bare <c>catch</c> and does not rethrow it.
/// </summary>
/// <remarks>
/// Lexical only: the call must be written inside the try block itself, not in a method the try block calls, and not in a
/// lambda or local function (which may run later, as an onChange callback does). A filter (<c>when (…)</c>) is taken to let the
/// exception through when one of its <c>&amp;&amp;</c> parts is <c>e is not ControlFlowException</c> or tests for a type the
/// control exceptions do not derive from (<c>e is HttpRequestException</c>); any other filter may accept it. A catch clause
/// rethrows when it contains <c>throw;</c> or <c>throw e;</c> of its own variable, anywhere in its block.
/// </remarks>
/// <example>
/// <code>
/// try { ui.Stop(); }
/// catch (Exception ex) { ui.Error(ex.Message); }   // DA0001
/// </code>
/// </example>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class SwallowedControlFlowAnalyzer : DiagnosticAnalyzer
{
    /// <summary>The diagnostic id.</summary>
    public const string Id = "DA0001";

    private const string UiType = "DataApps.Ui";
    private const string ControlFlowExceptionType = "DataApps.ControlFlowException";

    internal static readonly DiagnosticDescriptor Rule = new(
        Id,
        title: "A catch clause swallows ui.Stop(), ui.Rerun() or ui.SwitchPage",
        messageFormat: "{0} ends the run by throwing, and the catch clause at line {1} catches that exception without rethrowing it; " +
            "add 'catch (ControlFlowException) {{ throw; }}' before it, or filter it out",
        category: "Usage",
        defaultSeverity: DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "ui.Stop(), ui.Rerun() and ui.SwitchPage end the run with a ControlFlowException. A catch (Exception) or a bare " +
            "catch around them catches it: the request still takes effect when the run ends, but the code in the catch clause and " +
            "after it runs until its next ui call. Let the exception pass.",
        helpLinkUri: "https://github.com/dataapps/dataapps/blob/main/docs/control-flow.md#da0001-a-catch-that-swallows-the-request");

    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Rule);

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(start =>
        {
            var ui = start.Compilation.GetTypeByMetadataName(UiType);
            if (ui is null)
            {
                return; // not a DataApps project
            }

            var control = start.Compilation.GetTypeByMetadataName(ControlFlowExceptionType);
            var exception = start.Compilation.GetTypeByMetadataName("System.Exception");
            start.RegisterSyntaxNodeAction(c => Analyze(c, ui, control, exception), SyntaxKind.InvocationExpression);
        });
    }

    private static void Analyze(SyntaxNodeAnalysisContext context, INamedTypeSymbol ui, INamedTypeSymbol? control, INamedTypeSymbol? exception)
    {
        var invocation = (InvocationExpressionSyntax)context.Node;
        if (NameOf(invocation.Expression) is not ("Stop" or "Rerun" or "SwitchPage"))
        {
            return; // cheap syntactic test before asking the semantic model
        }

        if (context.SemanticModel.GetSymbolInfo(invocation, context.CancellationToken).Symbol is not IMethodSymbol method ||
            !SymbolEqualityComparer.Default.Equals(method.ContainingType, ui))
        {
            return;
        }

        SyntaxNode node = invocation;
        for (var parent = node.Parent; parent is not null; node = parent, parent = parent.Parent)
        {
            if (parent is AnonymousFunctionExpressionSyntax or LocalFunctionStatementSyntax or MemberDeclarationSyntax)
            {
                return; // it may run outside the try (a callback); lexical only
            }

            if (parent is not TryStatementSyntax @try || node != @try.Block)
            {
                continue;
            }

            switch (Verdict(context.SemanticModel, @try, control, exception, context.CancellationToken))
            {
                case (Handling.Swallows, var clause):
                    var line = clause!.GetLocation().GetLineSpan().StartLinePosition.Line + 1;
                    context.ReportDiagnostic(Diagnostic.Create(Rule, invocation.GetLocation(), Describe(invocation), line));
                    return;
                case (Handling.Handled, _):
                    return; // the author catches ControlFlowException on purpose
                default:
                    continue; // passes this try (or is rethrown): the enclosing try decides
            }
        }
    }

    private enum Handling
    {
        Passes,
        Handled,
        Swallows,
    }

    /// <summary>What the first catch clause that takes a control exception does with it.</summary>
    private static (Handling Handling, CatchClauseSyntax? Clause) Verdict(
        SemanticModel model, TryStatementSyntax @try, INamedTypeSymbol? control, INamedTypeSymbol? exception, CancellationToken ct)
    {
        foreach (var clause in @try.Catches)
        {
            var caught = clause.Declaration is { } declaration ? model.GetTypeInfo(declaration.Type, ct).Type : exception;
            if (caught is null)
            {
                continue;
            }

            if (control is not null && IsOrDerives(caught, control))
            {
                return (Rethrows(clause) ? Handling.Passes : Handling.Handled, clause);
            }

            var takesControl = control is null
                ? SymbolEqualityComparer.Default.Equals(caught, exception)
                : IsOrDerives(control, caught);
            if (!takesControl || (clause.Filter is { } filter && Excludes(model, filter.FilterExpression, control, ct)))
            {
                continue;
            }

            return (Rethrows(clause) ? Handling.Passes : Handling.Swallows, clause);
        }

        return (Handling.Passes, null);
    }

    /// <summary>Whether a filter surely lets a control exception through: one of its <c>&amp;&amp;</c> parts excludes it.</summary>
    private static bool Excludes(SemanticModel model, ExpressionSyntax filter, INamedTypeSymbol? control, CancellationToken ct)
    {
        switch (filter)
        {
            case ParenthesizedExpressionSyntax parenthesized:
                return Excludes(model, parenthesized.Expression, control, ct);
            case BinaryExpressionSyntax { RawKind: (int)SyntaxKind.LogicalAndExpression } and:
                return Excludes(model, and.Left, control, ct) || Excludes(model, and.Right, control, ct);
            case PrefixUnaryExpressionSyntax { RawKind: (int)SyntaxKind.LogicalNotExpression } not:
                return Unparenthesize(not.Operand) is BinaryExpressionSyntax { RawKind: (int)SyntaxKind.IsExpression } negated &&
                    IsControl(model.GetTypeInfo(negated.Right, ct).Type, control);
            case BinaryExpressionSyntax { RawKind: (int)SyntaxKind.IsExpression } isType:
                return ExcludesByType(model.GetTypeInfo(isType.Right, ct).Type, control);
            case IsPatternExpressionSyntax isPattern:
                return Excludes(model, isPattern.Pattern, control, ct);
            default:
                return false;
        }
    }

    private static bool Excludes(SemanticModel model, PatternSyntax pattern, INamedTypeSymbol? control, CancellationToken ct) => pattern switch
    {
        UnaryPatternSyntax { RawKind: (int)SyntaxKind.NotPattern } not => TypeOf(model, not.Pattern, ct) is { } type && IsControl(type, control),
        BinaryPatternSyntax { RawKind: (int)SyntaxKind.AndPattern } and => Excludes(model, and.Left, control, ct) || Excludes(model, and.Right, control, ct),
        ParenthesizedPatternSyntax parenthesized => Excludes(model, parenthesized.Pattern, control, ct),
        _ => TypeOf(model, pattern, ct) is { } type && ExcludesByType(type, control),
    };

    private static ITypeSymbol? TypeOf(SemanticModel model, PatternSyntax pattern, CancellationToken ct) => pattern switch
    {
        TypePatternSyntax type => model.GetTypeInfo(type.Type, ct).Type,
        DeclarationPatternSyntax declaration => model.GetTypeInfo(declaration.Type, ct).Type,
        RecursivePatternSyntax { Type: { } type } => model.GetTypeInfo(type, ct).Type,
        ConstantPatternSyntax constant => model.GetSymbolInfo(constant.Expression, ct).Symbol as ITypeSymbol, // `is not T` parses as a constant
        _ => null,
    };

    /// <summary>A positive test for <paramref name="type"/> fails for a control exception when they derive from neither.</summary>
    private static bool ExcludesByType(ITypeSymbol? type, INamedTypeSymbol? control) =>
        type is not null && control is not null && !IsOrDerives(control, type) && !IsOrDerives(type, control);

    private static bool IsControl(ITypeSymbol? type, INamedTypeSymbol? control) => type is not null && control is not null && IsOrDerives(control, type) && IsOrDerives(type, control);

    private static bool IsOrDerives(ITypeSymbol type, ITypeSymbol baseType)
    {
        for (var t = type; t is not null; t = t.BaseType)
        {
            if (SymbolEqualityComparer.Default.Equals(t, baseType))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether the clause rethrows: <c>throw;</c>, or <c>throw e;</c> of its own variable, outside nested functions.</summary>
    private static bool Rethrows(CatchClauseSyntax clause)
    {
        var variable = clause.Declaration?.Identifier.ValueText;
        return clause.Block
            .DescendantNodes(n => n is not AnonymousFunctionExpressionSyntax and not LocalFunctionStatementSyntax)
            .Any(n => n switch
            {
                ThrowStatementSyntax { Expression: null } => true,
                ThrowStatementSyntax { Expression: IdentifierNameSyntax name } => !string.IsNullOrEmpty(variable) && name.Identifier.ValueText == variable,
                _ => false,
            });
    }

    private static ExpressionSyntax Unparenthesize(ExpressionSyntax expression) =>
        expression is ParenthesizedExpressionSyntax p ? Unparenthesize(p.Expression) : expression;

    private static string? NameOf(ExpressionSyntax expression) => expression switch
    {
        MemberAccessExpressionSyntax member => member.Name.Identifier.ValueText,
        MemberBindingExpressionSyntax binding => binding.Name.Identifier.ValueText,
        SimpleNameSyntax name => name.Identifier.ValueText,
        _ => null,
    };

    /// <summary>The call as written, shortened: <c>ui.Stop()</c>, <c>f.Rerun(…)</c>, <c>ui.SwitchPage&lt;ResultsPage&gt;(…)</c>.</summary>
    private static string Describe(InvocationExpressionSyntax invocation) =>
        $"{invocation.Expression.WithoutTrivia()}({(invocation.ArgumentList.Arguments.Count == 0 ? "" : "…")})";
}
