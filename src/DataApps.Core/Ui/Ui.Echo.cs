using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;

namespace DataApps;

/// <summary>Where <c>ui.Echo</c> shows the code of its block.</summary>
public enum CodeLocation
{
    /// <summary>The code, then what the block writes (the default, as in Streamlit).</summary>
    Above,

    /// <summary>What the block writes, then the code.</summary>
    Below,
}

public sealed partial class Ui
{
    /// <summary>Runs a block and shows its source code as a C# code block beside what it writes (Streamlit's <c>st.echo</c>).</summary>
    /// <param name="body">The block.</param>
    /// <param name="codeLocation">Whether the code goes above or below the block's output.</param>
    /// <param name="source">Filled in by the compiler with the block's source text; leave it out.</param>
    /// <remarks>The compiler passes the lambda's text (<see cref="CallerArgumentExpressionAttribute"/>), so it works in a deployed app
    /// with no source files. The <c>() =&gt; { … }</c> wrapper and the common indentation are removed.</remarks>
    /// <example><code>
    /// ui.Echo(() =>
    /// {
    ///     var total = 6 * 7;
    ///     ui.Write("Total:", total);
    /// });
    /// </code></example>
    public void Echo(Action body, CodeLocation codeLocation = CodeLocation.Above, [CallerArgumentExpression(nameof(body))] string source = "")
    {
        ArgumentNullException.ThrowIfNull(body);
        if (codeLocation == CodeLocation.Above)
        {
            Code(EchoSource(source), "csharp");
        }

        body();
        if (codeLocation == CodeLocation.Below)
        {
            Code(EchoSource(source), "csharp");
        }
    }

    /// <summary>Runs an asynchronous block and shows its source code beside what it writes (Streamlit's <c>st.echo</c>).</summary>
    /// <param name="body">The block.</param>
    /// <param name="codeLocation">Whether the code goes above or below the block's output.</param>
    /// <param name="source">Filled in by the compiler with the block's source text; leave it out.</param>
    /// <returns>A task that completes when the block has.</returns>
    /// <example><c>await ui.Echo(async () => ui.Write(await LoadCountAsync()));</c></example>
    public async Task Echo(Func<Task> body, CodeLocation codeLocation = CodeLocation.Above, [CallerArgumentExpression(nameof(body))] string source = "")
    {
        ArgumentNullException.ThrowIfNull(body);
        if (codeLocation == CodeLocation.Above)
        {
            Code(EchoSource(source), "csharp");
        }

        await body();
        if (codeLocation == CodeLocation.Below)
        {
            Code(EchoSource(source), "csharp");
        }
    }

    // "async () => { … }", "static () =>", "(x) =>": the wrapper ends at the first "=>".
    private static readonly Regex LambdaHead = new(@"^(?:(?:static|async)\s+)*(?:\([^)]*\)|[A-Za-z_]\w*)\s*=>\s*", RegexOptions.CultureInvariant);

    /// <summary>The block's statements as written: the lambda's wrapper and braces removed, the common indentation taken away.</summary>
    internal static string EchoSource(string expression)
    {
        var text = (expression ?? "").Replace("\r\n", "\n", StringComparison.Ordinal).Trim();
        var head = LambdaHead.Match(text);
        if (!head.Success)
        {
            return text; // a method group or a delegate variable: shown as passed
        }

        var body = text[head.Length..];
        if (body.Length >= 2 && body[0] == '{' && body[^1] == '}')
        {
            body = body[1..^1];
        }
        else
        {
            body = body.TrimEnd() + ";"; // an expression body is one statement
        }

        var lines = body.Split('\n').Select(l => l.TrimEnd()).ToList();
        while (lines.Count > 0 && lines[0].Length == 0)
        {
            lines.RemoveAt(0);
        }

        while (lines.Count > 0 && lines[^1].Length == 0)
        {
            lines.RemoveAt(lines.Count - 1);
        }

        if (lines.Count == 0)
        {
            return "";
        }

        // A first statement on the line of the opening brace has lost its indentation: measure the others.
        var sameLineStart = !body.StartsWith('\n') && !string.IsNullOrWhiteSpace(body.Split('\n')[0]);
        var measured = lines.Skip(sameLineStart ? 1 : 0).Where(l => l.Length > 0).ToList();
        var indent = measured.Count == 0 ? 0 : measured.Min(l => l.Length - l.TrimStart().Length);
        return string.Join('\n', lines.Select((l, i) => i == 0 && sameLineStart ? l.Trim() : l.Length >= indent ? l[indent..] : l.TrimStart()));
    }
}
