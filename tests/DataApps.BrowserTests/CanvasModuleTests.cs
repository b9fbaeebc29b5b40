using static Microsoft.Playwright.Assertions;

namespace DataApps.BrowserTests;

/// <summary>The canvas's ES module mounted by hand with a recording <c>setValue</c>: a rerun that has not seen the user's strokes keeps them; the script's reset clears them.</summary>
[Collection(nameof(ShowcaseCollection))]
public sealed class CanvasModuleTests(ShowcaseFixture fixture) : BrowserTest(fixture)
{
    private const string Mount = """
        async () => {
          const host = document.createElement('div');
          host.id = 'canvas-under-test';
          host.style.cssText = 'position: fixed; left: 0; top: 0; z-index: 10000; background: #fff;';
          document.body.append(host);
          const root = host.attachShadow({ mode: 'open' });
          const module = await import('/_content/DataApps.Components.Canvas/canvas.js');
          const args = { width: 300, height: 200, background: '#ffffff', tool: 'freedraw', strokeColor: '#000000', strokeWidth: 3, png: false };
          const sent = [];
          const instance = module.render(root, args, v => sent.push(v), null);
          window.canvasTest = { args, sent, instance };
        }
        """;

    [Fact]
    public async Task AStaleRerunKeepsTheDrawingAndTheScriptsResetClearsIt()
    {
        var page = (await OpenAsync("/")).Page;
        await page.EvaluateAsync(Mount);
        var canvas = page.Locator("#canvas-under-test canvas");
        var box = await canvas.BoundingBoxAsync() ?? throw new InvalidOperationException("no canvas");
        await page.Mouse.MoveAsync(box.X + 20, box.Y + 20);
        await page.Mouse.DownAsync();
        await page.Mouse.MoveAsync(box.X + 120, box.Y + 90, new() { Steps = 5 });
        await page.Mouse.UpAsync();
        await Expect(canvas).ToHaveAttributeAsync("data-strokes", "1");

        // A rerun that has not seen the stroke (a form holding it) still carries null: the drawing stays.
        await page.EvaluateAsync("() => canvasTest.instance.update(canvasTest.args, null)");
        await Expect(canvas).ToHaveAttributeAsync("data-strokes", "1");

        // The rerun of the value it sent, then the script's reset (ui.State[key] = null): cleared.
        await page.EvaluateAsync("() => canvasTest.instance.update(canvasTest.args, canvasTest.sent[0])");
        await Expect(canvas).ToHaveAttributeAsync("data-strokes", "1");
        await page.EvaluateAsync("() => canvasTest.instance.update(canvasTest.args, null)");
        await Expect(canvas).ToHaveAttributeAsync("data-strokes", "0");
        Assert.Equal(1, await page.EvaluateAsync<int>("() => canvasTest.sent.length"));
    }
}
