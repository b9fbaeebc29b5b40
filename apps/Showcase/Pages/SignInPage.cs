using DataApps;

namespace Showcase.Pages;

/// <summary>Sign-in: who the user is (<c>ui.User</c>), sign-in and sign-out buttons, and elements shown by role.</summary>
[Page("/sign-in", Title = "Sign-in", Icon = "account_circle", Section = "Sign-in", Order = 200)]
public sealed class SignInPage : DataPage
{
    protected override void Run(Ui ui)
    {
        ui.Title("Sign-in and roles");
        ui.Markdown("""
            `ui.User` is the person using the app. Pages carry `[Authorize]`, `[Authorize(Roles = "ops")]` or
            `[Authorize(Policy = "…")]`: a page a user may not see is left out of the navigation, and its URL answers
            403 (or sends an anonymous user to sign in). Inside a page, gating is plain C#.
            """);

        var user = ui.User;
        if (!user.IsAuthenticated)
        {
            ui.Info("You are not signed in. This Showcase signs users in when it runs with a provider: `node tools/dev-identity/server.mjs` " +
                "and `dotnet run --project apps/Showcase --launch-profile dev-identity` (users alice, bob and carol; see docs/auth.md).");
            ui.Login();
        }
        else
        {
            ui.Success($"Signed in as {user.Name}.");
            ui.Table(new[]
            {
                new { Field = "Id", Value = user.Id ?? "" },
                new { Field = "Name", Value = user.Name ?? "" },
                new { Field = "Email", Value = user.Email ?? "" },
                new { Field = "Roles", Value = user.Roles.Count == 0 ? "(none)" : string.Join(", ", user.Roles) },
            });
            ui.Logout();
        }

        ui.Header("By role", divider: true);
        ui.Code("""if (ui.User.IsInRole("ops")) { if (ui.Button("Retrain the model")) … }""", "csharp");
        if (user.IsInRole("ops"))
        {
            if (ui.Button("Retrain the model"))
            {
                ui.Toast("Retraining started (not really).");
            }
        }
        else
        {
            ui.Caption("The Retrain button shows for the ops role only.");
        }

        ui.Header("Protected pages", divider: true);
        ui.PageLink<SignedInOnlyPage>();
        ui.PageLink<OpsOnlyPage>();
        ui.PageLink<SignInPolicyPage>();
    }
}

/// <summary>A page for any signed-in user.</summary>
[Page("/sign-in/members", Title = "Members", Icon = "group", Section = "Sign-in", Order = 201)]
[Microsoft.AspNetCore.Authorization.Authorize]
public sealed class SignedInOnlyPage : DataPage
{
    protected override void Run(Ui ui)
    {
        ui.Title("Members");
        ui.Write($"Every signed-in user sees this page. You are {ui.User.Name}.");
    }
}

/// <summary>A page for the ops role.</summary>
[Page("/sign-in/ops", Title = "Operations", Icon = "build", Section = "Sign-in", Order = 202)]
[Microsoft.AspNetCore.Authorization.Authorize(Roles = "ops")]
public sealed class OpsOnlyPage : DataPage
{
    protected override void Run(Ui ui)
    {
        ui.Title("Operations");
        ui.Write($"Only the ops role sees this page. Your roles: {string.Join(", ", ui.User.Roles)}.");
        ui.Metric("Models in production", 3);
    }
}

/// <summary>A page behind a named policy (analysts and ops).</summary>
[Page("/sign-in/analysis", Title = "Analysis", Icon = "insights", Section = "Sign-in", Order = 203)]
[Microsoft.AspNetCore.Authorization.Authorize(Policy = "Analysts")]
public sealed class SignInPolicyPage : DataPage
{
    protected override void Run(Ui ui)
    {
        ui.Title("Analysis");
        ui.Write("The \"Analysts\" policy (Program.cs) admits the analyst and ops roles.");

        // Roles are read from the provider again every RevalidationInterval: take the analyst role away and this open
        // page stops (its live part too) and shows 403, without a reload.
        ui.Fragment(f =>
        {
            var ticks = f.State.GetOrAdd("ticks", 0) + 1;
            f.State["ticks"] = ticks;
            f.Text($"Live updates: {ticks}");
        }, runEvery: TimeSpan.FromSeconds(1), key: "live");
    }
}
