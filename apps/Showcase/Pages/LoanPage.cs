using DataApps;
using Microsoft.AspNetCore.Authorization;

namespace Showcase.Pages;

/// <summary>A loan calculator that is also an HTTP API: <c>POST /api/pages/loan</c> with its keyed widgets' values (docs/api.md).</summary>
[Page("/loan", Title = "Loan calculator", Icon = "calculate", Section = "API", Order = 300, Api = true)]
public sealed class LoanPage : DataPage
{
    protected override void Run(Ui ui)
    {
        ui.Title("Loan calculator");
        ui.Caption("This page is also an API: POST /api/pages/loan with {\"amount\": 300000, \"rate\": 3.9, \"years\": \"20\", \"schedule\": true}.");
        var amount = ui.NumberInput("Amount", 250_000, min: 1_000, max: 5_000_000, step: 1_000, key: "amount");
        var rate = ui.Slider("Annual rate (%)", 0.0, 20.0, 4.5, step: 0.05, key: "rate");
        var years = ui.SelectBox("Term (years)", [10, 15, 20, 25, 30], index: 4, key: "years");
        var repayment = ui.Radio("Repayment", ["Annuity", "Linear"], horizontal: true, key: "repayment");

        var schedule = Loan.Schedule(amount, rate, years, repayment == "Linear");
        var (left, right) = ui.Columns(2);
        left.Metric("Monthly payment", Math.Round(schedule[0].Payment / 12, 2), format: "N2");
        right.Metric("Total interest", Math.Round(schedule.Sum(y => y.Interest), 2), format: "N2");

        if (ui.Button("Show schedule", key: "schedule"))
        {
            ui.Subheader("Repayment by year");
            ui.Table(schedule.Select(y => new { y.Year, Paid = Math.Round(y.Payment, 2), Interest = Math.Round(y.Interest, 2), Balance = Math.Round(y.Balance, 2) }), maxRows: 40);
            ui.LineChart(schedule, x: nameof(LoanYear.Year), y: nameof(LoanYear.Balance), title: "Balance");
        }
    }
}

/// <summary>Whether a loan is affordable, for analysts only: the API answers 401 to anonymous callers and 403 without the role.</summary>
[Authorize(Roles = "analyst")]
[Page("/loan/approval", Title = "Loan approval", Icon = "fact_check", Section = "API", Order = 301, Api = true)]
public sealed class LoanApprovalPage : DataPage
{
    protected override void Run(Ui ui)
    {
        ui.Title("Loan approval");
        var income = ui.NumberInput("Yearly income", 60_000, min: 0, max: 10_000_000, step: 1_000, key: "income");
        var amount = ui.NumberInput("Amount", 250_000, min: 1_000, max: 5_000_000, step: 1_000, key: "amount");
        var ratio = amount / Math.Max(income, 1.0);
        ui.Metric("Amount / income", Math.Round(ratio, 2), format: "N2");
        if (ratio <= 5)
        {
            ui.Success($"Approve: {ui.User.Name ?? "you"} may lend {amount:N0}.");
        }
        else
        {
            ui.Warning("Refer: the amount is more than five times the yearly income.");
        }
    }
}

/// <summary>One year of a loan's repayment.</summary>
/// <param name="Year">The year, from 1.</param>
/// <param name="Payment">Paid in the year (principal and interest).</param>
/// <param name="Interest">The interest part of it.</param>
/// <param name="Balance">What is left to repay at the end of the year.</param>
public sealed record LoanYear(int Year, double Payment, double Interest, double Balance);

/// <summary>Monthly repayment arithmetic.</summary>
public static class Loan
{
    /// <summary>The repayment by year of <paramref name="amount"/> at <paramref name="ratePercent"/> a year over <paramref name="years"/>.</summary>
    public static IReadOnlyList<LoanYear> Schedule(int amount, double ratePercent, int years, bool linear)
    {
        var months = years * 12;
        var r = ratePercent / 100 / 12;
        var annuity = r == 0 ? (double)amount / months : amount * r / (1 - Math.Pow(1 + r, -months));
        var balance = (double)amount;
        var result = new List<LoanYear>(years);
        for (var year = 1; year <= years; year++)
        {
            double paid = 0, interest = 0;
            for (var m = 0; m < 12; m++)
            {
                var i = balance * r;
                var principal = linear ? (double)amount / months : annuity - i;
                interest += i;
                paid += principal + i;
                balance = Math.Max(0, balance - principal);
            }

            result.Add(new LoanYear(year, paid, interest, balance));
        }

        return result;
    }
}
