namespace Labeling.Review;

/// <summary>How far the labelers of one item agree.</summary>
/// <param name="Item">The item's id.</param>
/// <param name="Labels">Each labeler's label.</param>
/// <param name="Agreement">The share of labeler pairs that gave the same label (1 when all agree); <c>null</c> with fewer than two labels.</param>
/// <param name="Majority">The most frequent label, or <c>null</c> on a tie.</param>
internal sealed record ItemAgreement(string Item, IReadOnlyDictionary<string, string> Labels, double? Agreement, string? Majority)
{
    /// <summary>Whether at least two labelers gave different labels.</summary>
    public bool Disagrees => Agreement is < 1;
}

/// <summary>Agreement between labelers over all items.</summary>
/// <param name="Items">Per item, in the order given.</param>
/// <param name="Labelers">The labelers, by name.</param>
/// <param name="Compared">How many items at least two labelers labeled.</param>
/// <param name="PercentAgreement">The mean per-item agreement of the compared items (for two labelers: the share of items they labeled alike); <c>null</c> when none are compared.</param>
/// <param name="Kappa">Cohen's kappa for two labelers, Fleiss' kappa for more; <c>null</c> when it is undefined (see <paramref name="KappaNote"/>).</param>
/// <param name="KappaName">"Cohen's kappa" or "Fleiss' kappa".</param>
/// <param name="KappaNote">Why the kappa is missing, or <c>null</c>.</param>
internal sealed record AgreementReport(IReadOnlyList<ItemAgreement> Items, IReadOnlyList<string> Labelers, int Compared,
    double? PercentAgreement, double? Kappa, string KappaName, string? KappaNote);

/// <summary>Percent agreement, Cohen's kappa (two labelers) and Fleiss' kappa (more), from each labeler's label per item.</summary>
/// <remarks>
/// Fleiss' kappa is computed in its form for a varying number of labelers per item: P_i = Σ n_ij(n_ij − 1) / (n_i(n_i − 1)),
/// P̄ the mean of P_i, p_j = Σ_i n_ij / Σ_i n_i, P̄e = Σ p_j², κ = (P̄ − P̄e) / (1 − P̄e) over the items with at least two labels.
/// With the same number of labelers on every item it is Fleiss' (1971) statistic. Cohen's kappa uses the items both
/// labelers labeled: κ = (p_o − p_e) / (1 − p_e) with p_e from each labeler's own label frequencies.
/// </remarks>
internal static class Agreement
{
    /// <summary>Computes the report; <paramref name="ratings"/> maps each item to the labels its labelers gave (labeler → label).</summary>
    public static AgreementReport Compute(IEnumerable<KeyValuePair<string, IReadOnlyDictionary<string, string>>> ratings)
    {
        var items = ratings.Select(r => PerItem(r.Key, r.Value)).ToList();
        var labelers = items.SelectMany(i => i.Labels.Keys).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var compared = items.Where(i => i.Agreement is not null).ToList();
        double? percent = compared.Count == 0 ? null : compared.Average(i => i.Agreement!.Value);
        if (labelers.Count < 2 || compared.Count == 0)
        {
            return new(items, labelers, compared.Count, percent, null, labelers.Count > 2 ? "Fleiss' kappa" : "Cohen's kappa",
                "Agreement needs items that at least two labelers labeled.");
        }

        var (kappa, name) = labelers.Count == 2 ? (Cohen(compared, labelers[0], labelers[1]), "Cohen's kappa") : (Fleiss(compared), "Fleiss' kappa");
        return new(items, labelers, compared.Count, percent, kappa, name,
            kappa is null ? "Kappa is undefined when the labelers used a single label (chance agreement is 100%)." : null);
    }

    /// <summary>Cohen's kappa of two labelers over the items both labeled; <c>null</c> when chance agreement is 1.</summary>
    public static double? Cohen(IEnumerable<ItemAgreement> items, string a, string b)
    {
        var pairs = items.Where(i => i.Labels.ContainsKey(a) && i.Labels.ContainsKey(b)).Select(i => (A: i.Labels[a], B: i.Labels[b])).ToList();
        if (pairs.Count == 0)
        {
            return null;
        }

        double n = pairs.Count;
        var observed = pairs.Count(p => p.A == p.B) / n;
        var chance = pairs.Select(p => p.A).Concat(pairs.Select(p => p.B)).Distinct()
            .Sum(label => pairs.Count(p => p.A == label) / n * (pairs.Count(p => p.B == label) / n));
        return chance >= 1 ? null : (observed - chance) / (1 - chance);
    }

    /// <summary>Fleiss' kappa over items with at least two labels; <c>null</c> when chance agreement is 1.</summary>
    public static double? Fleiss(IEnumerable<ItemAgreement> items)
    {
        var rated = items.Where(i => i.Labels.Count >= 2).ToList();
        if (rated.Count == 0)
        {
            return null;
        }

        var meanAgreement = rated.Average(i => PairShare(i.Labels.Values));
        double total = rated.Sum(i => i.Labels.Count);
        var chance = rated.SelectMany(i => i.Labels.Values).GroupBy(l => l, StringComparer.Ordinal).Sum(g => Math.Pow(g.Count() / total, 2));
        return chance >= 1 ? null : (meanAgreement - chance) / (1 - chance);
    }

    private static ItemAgreement PerItem(string item, IReadOnlyDictionary<string, string> labels)
    {
        var counts = labels.Values.GroupBy(l => l, StringComparer.Ordinal).Select(g => (Label: g.Key, Count: g.Count())).OrderByDescending(g => g.Count).ToList();
        var majority = counts.Count == 0 || (counts.Count > 1 && counts[1].Count == counts[0].Count) ? null : counts[0].Label;
        return new(item, labels, labels.Count < 2 ? null : PairShare(labels.Values), majority);
    }

    /// <summary>The share of pairs of labels that are equal: Σ n_j(n_j − 1) / (n(n − 1)).</summary>
    private static double PairShare(IEnumerable<string> labels)
    {
        var list = labels.ToList();
        double n = list.Count;
        var same = list.GroupBy(l => l, StringComparer.Ordinal).Sum(g => (double)g.Count() * (g.Count() - 1));
        return same / (n * (n - 1));
    }
}
