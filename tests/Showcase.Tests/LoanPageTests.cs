using DataApps;
using DataApps.Testing;
using Showcase.Pages;

namespace Showcase.Tests;

public sealed class LoanPageTests
{
    [Fact]
    public async Task TheDefaultLoanShowsItsMonthlyPaymentAndNoSchedule()
    {
        using var app = AppTest.For<LoanPage>();

        await app.RunAsync();

        Assert.Equal("1,266.71", app.Metric("Monthly payment").Value); // 250,000 at 4.5 % over 30 years
        Assert.Empty(app.Get<TableElement>());
    }

    [Fact]
    public async Task ShowScheduleListsEveryYearDownToNothingLeft()
    {
        using var app = AppTest.For<LoanPage>();
        await app.RunAsync();

        await app.SelectBox("years").SetValue("10").RunAsync();
        await app.Button("schedule").Click().RunAsync();

        var table = Assert.Single(app.Get<TableElement>());
        Assert.Equal(10, table.RowCount);
        Assert.Equal("0", table.Cells[^1]);
        Assert.Single(app.Get<ChartElement>());
    }

    [Fact]
    public async Task ALinearLoanPaysLessInterestThanAnAnnuity()
    {
        using var app = AppTest.For<LoanPage>();
        await app.RunAsync();
        var annuity = decimal.Parse(app.Metric("Total interest").Value, System.Globalization.CultureInfo.InvariantCulture);

        await app.Radio("repayment").SetValue("Linear").RunAsync();

        Assert.True(decimal.Parse(app.Metric("Total interest").Value, System.Globalization.CultureInfo.InvariantCulture) < annuity);
    }

    [Fact]
    public async Task TheApprovalPageIsForAnalystsAndApprovesUpToFiveTimesTheIncome()
    {
        using var app = AppTest.For<LoanApprovalPage>();
        await app.RunAsync();
        Assert.NotEqual(DataApps.Auth.PageAccess.Allowed, app.Access);

        using var analyst = AppTest.For<LoanApprovalPage>();
        analyst.User = AppUser.Create("alice", "analyst");
        await analyst.RunAsync();
        await analyst.NumberInput("income").SetValue(100_000).RunAsync();

        Assert.StartsWith("Approve", analyst.Success(), StringComparison.Ordinal);
        await analyst.NumberInput("income").SetValue(10_000).RunAsync();
        Assert.StartsWith("Refer", analyst.Get<WarningElement>()[0].Body, StringComparison.Ordinal);
    }
}
