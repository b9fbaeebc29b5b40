using System.Text.RegularExpressions;

namespace DataApps.BrowserTests.Packaging;

/// <summary>
/// One section of docs/getting-started.md read as a script, so that the test follows the doc's text rather than a copy
/// of it: its <c>shell</c> blocks are commands, one per line (a <c> #</c> starts a comment), and each <c>csharp</c> block is the file named by the last
/// <c>`….cs`</c> in the prose before it ("Replace `Program.cs`:").
/// </summary>
internal sealed partial record DocSection(IReadOnlyList<DocStep> Steps)
{
    public static DocSection Read(string markdownPath, string heading)
    {
        var lines = File.ReadAllLines(markdownPath);
        var start = Array.FindIndex(lines, l => l.StartsWith("## ", StringComparison.Ordinal) && l.Contains(heading, StringComparison.Ordinal));
        Assert.True(start >= 0, $"{markdownPath} has no section \"## {heading}\".");
        var end = Array.FindIndex(lines, start + 1, l => l.StartsWith("## ", StringComparison.Ordinal));
        var section = lines[(start + 1)..(end < 0 ? lines.Length : end)];

        var steps = new List<DocStep>();
        var prose = new List<string>();
        for (var i = 0; i < section.Length; i++)
        {
            if (!section[i].StartsWith("```", StringComparison.Ordinal))
            {
                prose.Add(section[i]);
                continue;
            }

            var language = section[i][3..].Trim();
            var close = Array.FindIndex(section, i + 1, l => l.StartsWith("```", StringComparison.Ordinal));
            Assert.True(close > i, $"An unclosed code block in \"## {heading}\" of {markdownPath}.");
            var block = section[(i + 1)..close];
            if (language == "csharp")
            {
                var file = FileName().Matches(string.Join('\n', prose)).LastOrDefault()?.Groups[1].Value;
                Assert.True(file is not null, $"A C# block of \"## {heading}\" names no file (`Name.cs`) before it.");
                steps.Add(new DocStep.WriteFile(file, string.Join('\n', block) + "\n"));
            }
            else if (language == "shell")
            {
                steps.AddRange(block.Select(l => l.Split(" #")[0].Trim()).Where(l => l.Length > 0).Select(l => new DocStep.Command(l)));
            }

            prose.Clear();
            i = close;
        }

        return new DocSection(steps);
    }

    [GeneratedRegex(@"`([\w./-]+\.cs)`")]
    private static partial Regex FileName();
}

/// <summary>A step of a doc section: a shell command, or a file to write.</summary>
internal abstract record DocStep
{
    public sealed record Command(string Line) : DocStep
    {
        /// <summary>The words of the command (the doc's commands need no quoting).</summary>
        public string[] Words => Line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
    }

    public sealed record WriteFile(string Path, string Content) : DocStep;
}
