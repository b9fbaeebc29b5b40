using System.Security.Claims;

namespace DataApps;

/// <summary>The person using the app (<c>ui.User</c>): anonymous unless the app signs users in (<c>AddOidc</c>).</summary>
/// <remarks>
/// Read from the claims of the sign-in: <see cref="Id"/> from <c>sub</c> (or Entra's <c>oid</c>), <see cref="Name"/> from
/// the identity's name claim (<c>name</c>, then <c>preferred_username</c>), <see cref="Email"/> from <c>email</c>, and
/// <see cref="Roles"/> from the identity's role claim, which sign-in fills from the claim the configuration names.
/// </remarks>
/// <example><c>if (ui.User.IsInRole("ops")) { if (ui.Button("Retrain")) Retrain(); }</c></example>
public sealed class AppUser
{
    private static readonly string[] IdClaims = ["sub", "oid", ClaimTypes.NameIdentifier];
    private static readonly string[] NameClaims = ["name", "preferred_username", ClaimTypes.Name];
    private static readonly string[] EmailClaims = ["email", ClaimTypes.Email, "upn"];

    private readonly HashSet<string> _roles;

    private AppUser(ClaimsPrincipal principal)
    {
        Principal = principal;
        var identity = principal.Identities.FirstOrDefault(i => i.IsAuthenticated);
        IsAuthenticated = identity is not null;
        Claims = [.. principal.Claims];
        Id = First(IdClaims) ?? (IsAuthenticated ? identity!.Name : null);
        Name = identity?.Name ?? First(NameClaims) ?? Id;
        Email = First(EmailClaims);
        var roleTypes = principal.Identities.Select(i => i.RoleClaimType).Append(ClaimTypes.Role).Distinct(StringComparer.Ordinal).ToHashSet(StringComparer.Ordinal);
        _roles = [.. principal.Claims.Where(c => roleTypes.Contains(c.Type)).Select(c => c.Value)];
        Roles = [.. _roles.Order(StringComparer.Ordinal)];

        string? First(string[] types) =>
            types.Select(t => principal.FindFirst(t)?.Value).FirstOrDefault(v => !string.IsNullOrEmpty(v));
    }

    /// <summary>Nobody signed in.</summary>
    public static AppUser Anonymous { get; } = new(new ClaimsPrincipal(new ClaimsIdentity()));

    /// <summary>Whether the user has signed in.</summary>
    public bool IsAuthenticated { get; }

    /// <summary>The user's stable id at the identity provider (<c>sub</c>, or Entra's <c>oid</c>); <c>null</c> when anonymous.</summary>
    public string? Id { get; }

    /// <summary>The name to show; <c>null</c> when anonymous.</summary>
    public string? Name { get; }

    /// <summary>The e-mail address, when the provider gives one.</summary>
    public string? Email { get; }

    /// <summary>The user's roles, in ordinal order.</summary>
    public IReadOnlyList<string> Roles { get; }

    /// <summary>Every claim of the sign-in.</summary>
    public IReadOnlyList<Claim> Claims { get; }

    /// <summary>The signed-in principal, for code that needs ASP.NET Core's view of the user.</summary>
    public ClaimsPrincipal Principal { get; }

    /// <summary>Whether the user has <paramref name="role"/> (compared exactly, as ASP.NET Core does).</summary>
    /// <param name="role">The role name.</param>
    /// <example><c>if (ui.User.IsInRole("ops")) ui.Button("Retrain");</c></example>
    public bool IsInRole(string role) => _roles.Contains(role);

    /// <summary>The user of a signed-in principal (or <see cref="Anonymous"/> when it is not signed in).</summary>
    /// <param name="principal">The principal from ASP.NET Core's authentication.</param>
    public static AppUser FromPrincipal(ClaimsPrincipal? principal) =>
        principal?.Identities.Any(i => i.IsAuthenticated) == true ? new AppUser(principal) : Anonymous;

    /// <summary>A signed-in user made up for tests and tools: id and name <paramref name="name"/>, with <paramref name="roles"/>.</summary>
    /// <param name="name">The user's name (also the id).</param>
    /// <param name="roles">The user's roles.</param>
    /// <example><c>AppTest.For&lt;OpsPage&gt;().As(AppUser.Create("alice", "ops"))</c></example>
    public static AppUser Create(string name, params string[] roles)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(roles);
        var identity = new ClaimsIdentity(
            [new Claim("sub", name), new Claim("name", name), .. roles.Select(r => new Claim("role", r))],
            authenticationType: "DataApps.Test", nameType: "name", roleType: "role");
        return new AppUser(new ClaimsPrincipal(identity));
    }

    /// <inheritdoc />
    public override string ToString() => IsAuthenticated ? $"{Name} ({string.Join(", ", Roles)})" : "anonymous";
}
