using Microsoft.Extensions.Options;

namespace DataApps.Hosting.Services;

/// <summary>Checks a service's options at startup, naming the configuration key to fix.</summary>
internal sealed class ModelServiceOptionsValidation(string name) : IValidateOptions<ModelServiceOptions>
{
    public ValidateOptionsResult Validate(string? optionsName, ModelServiceOptions options)
    {
        if (optionsName != name)
        {
            return ValidateOptionsResult.Skip;
        }

        var key = $"DataApps:Services:{name}";
        var failures = new List<string>();
        if (options.Url is null)
        {
            failures.Add($"{key}:Url is not set: set it to the service's base address, e.g. http://127.0.0.1:5080/ " +
                $"(appsettings.json, or the environment variable DataApps__Services__{name}__Url).");
        }
        else if (!options.Url.IsAbsoluteUri || (options.Url.Scheme != Uri.UriSchemeHttp && options.Url.Scheme != Uri.UriSchemeHttps))
        {
            failures.Add($"{key}:Url is '{options.Url}': it must be an absolute http:// or https:// address.");
        }

        Positive(failures, key, nameof(options.Timeout), options.Timeout);
        Positive(failures, key, nameof(options.AttemptTimeout), options.AttemptTimeout);
        Positive(failures, key, nameof(options.ProbeTimeout), options.ProbeTimeout);
        if (options.AttemptTimeout >= options.Timeout)
        {
            failures.Add($"{key}:AttemptTimeout ({options.AttemptTimeout}) must be shorter than {key}:Timeout ({options.Timeout}), which covers all attempts.");
        }

        if (options.Retries is < 0 or > 10)
        {
            failures.Add($"{key}:Retries is {options.Retries}: use 0 to 10.");
        }

        if (options.BreakAfter < 2)
        {
            failures.Add($"{key}:BreakAfter is {options.BreakAfter}: use at least 2 calls.");
        }

        if (options.BreakFor < TimeSpan.FromMilliseconds(500))
        {
            failures.Add($"{key}:BreakFor is {options.BreakFor}: use at least 0.5 s.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void Positive(List<string> failures, string key, string property, TimeSpan value)
    {
        if (value <= TimeSpan.Zero)
        {
            failures.Add($"{key}:{property} is {value}: it must be longer than zero.");
        }
    }
}
