using Microsoft.AspNetCore.Components;
using Microsoft.JSInterop;

namespace DataApps.Components.Views.Media;

/// <summary>
/// Loops a player from its start time and stops it at its end time (mediaTimes.js), for the audio and video views; a player with
/// neither needs no script and the browser's own <c>loop</c> attribute.
/// </summary>
internal sealed class TimedPlayer(IJSRuntime js) : IAsyncDisposable
{
    /// <summary>The script, a JS module in this library's static assets.</summary>
    public const string ScriptPath = "./_content/DataApps.Components/mediaTimes.js";

    private IJSObjectReference? _module;
    private IJSObjectReference? _player;
    private (TimeSpan, TimeSpan?, bool)? _attached;

    /// <summary>Whether the browser's <c>loop</c> attribute does the job (no start or end time).</summary>
    public static bool NativeLoop(TimeSpan start, TimeSpan? end, bool loop) => loop && start <= TimeSpan.Zero && end is null;

    /// <summary>Attaches the script to <paramref name="player"/> when the times need it, or again when they changed.</summary>
    public async Task UpdateAsync(ElementReference player, TimeSpan start, TimeSpan? end, bool loop)
    {
        var needed = loop ? !NativeLoop(start, end, loop) : end is not null;
        if (!needed || _attached == (start, end, loop))
        {
            return;
        }

        await DetachAsync();
        _module ??= await js.InvokeAsync<IJSObjectReference>("import", ScriptPath);
        _player = await _module.InvokeAsync<IJSObjectReference>("attach", player, start.TotalSeconds, end?.TotalSeconds, loop);
        _attached = (start, end, loop);
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            await DetachAsync();
            if (_module is not null)
            {
                await _module.DisposeAsync();
            }
        }
        catch (JSDisconnectedException)
        {
            // The circuit is gone; so is the player.
        }
    }

    private async Task DetachAsync()
    {
        if (_player is not null)
        {
            await _player.InvokeVoidAsync("dispose");
            await _player.DisposeAsync();
            _player = null;
        }
    }
}
