using Labeling.Review;

namespace Labeling.Tests;

public sealed class AgreementTests
{
    [Fact]
    public void CohensKappaOfTheTextbookTableIsZeroPointFour()
    {
        // 50 items: both yes 20, A yes B no 5, A no B yes 10, both no 15 → p_o = 0.7, p_e = 0.5, κ = 0.4.
        var ratings = new List<KeyValuePair<string, IReadOnlyDictionary<string, string>>>();
        void Add(int count, string a, string b)
        {
            for (var i = 0; i < count; i++)
            {
                ratings.Add(new($"item-{ratings.Count}", new Dictionary<string, string> { ["A"] = a, ["B"] = b }));
            }
        }

        Add(20, "yes", "yes");
        Add(5, "yes", "no");
        Add(10, "no", "yes");
        Add(15, "no", "no");

        var report = Agreement.Compute(ratings);

        Assert.Equal("Cohen's kappa", report.KappaName);
        Assert.Equal(0.7, report.PercentAgreement!.Value, 10);
        Assert.Equal(0.4, report.Kappa!.Value, 10);
        Assert.Equal(15, report.Items.Count(i => i.Disagrees));
    }

    [Fact]
    public void FleissKappaOfTheTextbookTableIsZeroPointTwoOneZero()
    {
        // Fleiss (1971) as worked on Wikipedia: 10 items, 14 raters, 5 categories → P̄ = 0.378, P̄e = 0.213, κ = 0.210.
        int[][] counts =
        [
            [0, 0, 0, 0, 14], [0, 2, 6, 4, 2], [0, 0, 3, 5, 6], [0, 3, 9, 2, 0], [2, 2, 8, 1, 1],
            [7, 7, 0, 0, 0], [3, 2, 6, 3, 0], [2, 5, 3, 2, 2], [6, 5, 2, 1, 0], [0, 2, 2, 3, 7],
        ];
        var ratings = counts.Select((row, item) =>
        {
            var labels = new Dictionary<string, string>();
            var rater = 0;
            for (var category = 0; category < row.Length; category++)
            {
                for (var k = 0; k < row[category]; k++)
                {
                    labels[$"rater-{rater++}"] = $"c{category + 1}";
                }
            }

            return new KeyValuePair<string, IReadOnlyDictionary<string, string>>($"item-{item + 1}", labels);
        });

        var report = Agreement.Compute(ratings);

        Assert.Equal("Fleiss' kappa", report.KappaName);
        Assert.Equal(14, report.Labelers.Count);
        Assert.Equal(0.378, report.PercentAgreement!.Value, 3);
        Assert.Equal(0.210, report.Kappa!.Value, 3);
        Assert.Equal("c5", report.Items[0].Majority);
        Assert.Null(report.Items[5].Majority); // 7 and 7: a tie
    }

    [Fact]
    public void KappaIsUndefinedAndSaysWhyWhenEveryoneUsesOneLabel()
    {
        var report = Agreement.Compute([new("a", new Dictionary<string, string> { ["x"] = "cat", ["y"] = "cat" })]);

        Assert.Equal(1, report.PercentAgreement);
        Assert.Null(report.Kappa);
        Assert.Contains("single label", report.KappaNote, StringComparison.Ordinal);
    }

    [Fact]
    public void AnItemWithOneLabelIsNotCompared()
    {
        var report = Agreement.Compute([new("a", new Dictionary<string, string> { ["x"] = "cat" })]);

        Assert.Equal(0, report.Compared);
        Assert.Null(report.Items[0].Agreement);
        Assert.Null(report.PercentAgreement);
        Assert.NotNull(report.KappaNote);
    }
}
