using DataApps.Hosting.Circuits;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;

namespace DataApps.Hosting.Tests.Circuits;

/// <summary>A circuit's session follows its user: the same person with new roles keeps it, and a page they may no longer see ends it.</summary>
public sealed class SessionHostTests : IDisposable
{
    private readonly ServiceProvider _services;
    private readonly IServiceScope _circuit;

    public SessionHostTests()
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<Microsoft.Extensions.Configuration.IConfiguration>(new Microsoft.Extensions.Configuration.ConfigurationBuilder().Build());
        services.AddSingleton<IHostEnvironment>(new Environment());
        services.AddDataApps();
        _services = services.BuildServiceProvider();
        _circuit = _services.CreateScope();
    }

    private SessionHost Host => _circuit.ServiceProvider.GetRequiredService<SessionHost>();

    // A page with a live part: a fragment rerun every second by its own timer.
    private static PageDescriptor LivePage() => new("/live", "Live", null, null, 0, typeof(LambdaPage))
    {
        Factory = _ => new LambdaPage(ui =>
        {
            ui.Fragment(f => f.Text("tick"), runEvery: TimeSpan.FromSeconds(1), key: "live");
            return Task.CompletedTask;
        }),
    };

    [Fact]
    public async Task EndingTheSessionStopsItsFragmentTimersAndTheNextUseStartsAFreshOne()
    {
        Host.UseUser(AppUser.Create("alice", "analyst"));
        await Host.Navigate(LivePage());
        var old = Host.Session;
        Assert.Single(old.FragmentIds);

        Host.End();

        Assert.Empty(old.FragmentIds); // their timers are disposed with them
        Assert.Throws<ObjectDisposedException>(() => { _ = old.RequestRunAsync(); });
        Assert.NotSame(old, Host.Session);
        Assert.Equal(["analyst"], Host.Session.User.Roles);
    }

    [Fact]
    public async Task TheSamePersonWithOtherRolesKeepsTheSessionAndItsUserHasTheNewRoles()
    {
        Host.UseUser(AppUser.Create("alice", "analyst"));
        await Host.Navigate(LivePage());
        var session = Host.Session;

        Host.UseUser(AppUser.Create("alice"));

        Assert.Same(session, Host.Session);
        Assert.Empty(session.User.Roles);
        Assert.Single(session.FragmentIds);
    }

    public void Dispose()
    {
        _circuit.Dispose();
        _services.Dispose();
    }

    private sealed class Environment : IHostEnvironment
    {
        public string EnvironmentName { get; set; } = Environments.Production;

        public string ApplicationName { get; set; } = "Tests";

        public string ContentRootPath { get; set; } = AppContext.BaseDirectory;

        public IFileProvider ContentRootFileProvider { get; set; } = new NullFileProvider();
    }
}
