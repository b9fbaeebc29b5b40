using System.Net;
using System.Text.RegularExpressions;

namespace DataApps.Hosting.Tests.Auth;

/// <summary>A browser without JavaScript for the sign-in flow: it keeps cookies, follows redirects one by one, and fills the provider's forms.</summary>
internal sealed partial class SignInClient : IDisposable
{
    private readonly HttpClient _http;

    public SignInClient(CookieContainer? cookies = null)
    {
        Cookies = cookies ?? new CookieContainer();
        _http = new HttpClient(new HttpClientHandler { CookieContainer = Cookies, AllowAutoRedirect = false }) { Timeout = TimeSpan.FromSeconds(30) };
    }

    public CookieContainer Cookies { get; }

    /// <summary>The addresses visited by the last call, in order.</summary>
    public List<Uri> Visited { get; } = [];

    /// <summary>GETs <paramref name="url"/> and follows redirects.</summary>
    public Task<Page> GetAsync(Uri url) => SendAsync(new HttpRequestMessage(HttpMethod.Get, url));

    /// <summary>GETs <paramref name="url"/> without following a redirect.</summary>
    public async Task<HttpResponseMessage> GetOnceAsync(Uri url) => await _http.GetAsync(url);

    /// <summary>POSTs a form and follows redirects.</summary>
    public Task<Page> PostAsync(Uri url, IEnumerable<KeyValuePair<string, string>> form) =>
        SendAsync(new HttpRequestMessage(HttpMethod.Post, url) { Content = new FormUrlEncodedContent(form) });

    /// <summary>Opens <paramref name="page"/>, signs in at the provider as <paramref name="user"/> (password = user name), and returns where the app sends the browser back.</summary>
    public async Task<Page> SignInAsync(Uri page, string user)
    {
        var login = await GetAsync(page);
        Assert.True(login.Url.AbsolutePath.StartsWith("/interaction/", StringComparison.Ordinal), $"Expected the provider's sign-in form, got {login.Url} ({login.Status}).");
        var back = await PostAsync(new Uri(login.Url, login.Url.AbsolutePath + "/login"), [new("login", user), new("password", user)]);
        if (back.Url.Authority == login.Url.Authority && back.Body.Contains("document.forms[0].submit()", StringComparison.Ordinal))
        {
            back = await SubmitFirstFormAsync(back); // response_mode=form_post: the provider's page posts the code to the app
        }

        Assert.True(back.Url.Authority != login.Url.Authority, $"The provider kept the browser at {back.Url} ({back.Status}):\n{back.Body}");
        return back;
    }

    /// <summary>Submits the first form of <paramref name="page"/> with its hidden fields (what the provider's auto-submitting pages do in a browser).</summary>
    public Task<Page> SubmitFirstFormAsync(Page page)
    {
        var form = FormPattern().Match(page.Body);
        Assert.True(form.Success, $"No form on {page.Url}:\n{page.Body}");
        var action = WebUtility.HtmlDecode(form.Groups["action"].Value);
        var fields = InputPattern().Matches(form.Value).Select(m => KeyValuePair.Create(WebUtility.HtmlDecode(m.Groups["name"].Value), WebUtility.HtmlDecode(m.Groups["value"].Value)));
        return PostAsync(new Uri(page.Url, action), fields);
    }

    /// <summary>The antiforgery token of the first form on <paramref name="page"/>.</summary>
    public static string AntiforgeryToken(Page page) =>
        TokenPattern().Match(page.Body) is { Success: true } m ? WebUtility.HtmlDecode(m.Groups["value"].Value)
        : throw new InvalidOperationException($"No antiforgery token on {page.Url}.");

    private async Task<Page> SendAsync(HttpRequestMessage request)
    {
        Visited.Clear();
        for (var hop = 0; hop < 20; hop++)
        {
            Visited.Add(request.RequestUri!);
            using var response = await _http.SendAsync(request);
            var body = await response.Content.ReadAsStringAsync();
            if ((int)response.StatusCode is >= 300 and < 400 && response.Headers.Location is { } location)
            {
                request = new HttpRequestMessage(HttpMethod.Get, new Uri(request.RequestUri!, location));
                continue;
            }

            return new Page(request.RequestUri!, response.StatusCode, body);
        }

        throw new InvalidOperationException("More than 20 redirects: " + string.Join(" → ", Visited));
    }

    public void Dispose() => _http.Dispose();

    [GeneratedRegex("""<form[^>]*action="(?<action>[^"]*)"[^>]*>.*?</form>""", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex FormPattern();

    [GeneratedRegex("""<input[^>]*type="hidden"[^>]*name="(?<name>[^"]*)"[^>]*value="(?<value>[^"]*)"[^>]*>""", RegexOptions.IgnoreCase)]
    private static partial Regex InputPattern();

    [GeneratedRegex("name=\"__RequestVerificationToken\"[^>]*value=\"(?<value>[^\"]*)\"", RegexOptions.IgnoreCase)]
    private static partial Regex TokenPattern();

    /// <summary>Where the browser ended and what it shows.</summary>
    public sealed record Page(Uri Url, HttpStatusCode Status, string Body);
}
