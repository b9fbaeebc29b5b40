namespace DataApps.Runtime;

internal sealed partial class AppSession
{
    private AppUser _user = AppUser.Anonymous;

    /// <summary>Who uses this session (<c>ui.User</c>); the host sets it from the sign-in, before the first run.</summary>
    public AppUser User
    {
        get => Volatile.Read(ref _user);
        set => Volatile.Write(ref _user, value ?? AppUser.Anonymous);
    }
}
