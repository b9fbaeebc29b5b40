using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace DataApps.BrowserTests;

/// <summary>
/// The annotator's ES module on its own in Chromium, mounted by hand on a Showcase page with a recording <c>setValue</c>:
/// how <c>update(args, value)</c> tells its own values coming back, stale reruns and values the script set apart.
/// </summary>
[Collection(nameof(ShowcaseCollection))]
public sealed class ImageAnnotatorModuleTests(ShowcaseFixture fixture) : BrowserTest(fixture)
{
    // Mounts the module in a fixed 800 px wide host over the page; window.annotator has the args, the instance and what it sent.
    private const string Mount = """
        async () => {
          const host = document.createElement('div');
          host.id = 'annotator-under-test';
          host.style.cssText = 'position: fixed; left: 0; top: 0; width: 800px; z-index: 10000; background: #fff;';
          document.body.append(host);
          const root = host.attachShadow({ mode: 'open' });
          const module = await import('/_content/DataApps.Components.ImageAnnotator/imageAnnotator.js');
          const args = { src: '/images/street.svg', labels: ['person', 'car'], boxes: [{ label: 'car', x: 100, y: 100, width: 200, height: 100 }] };
          const sent = [];
          const instance = module.render(root, args, v => sent.push(v), null);
          window.annotator = { args, sent, instance };
        }
        """;

    [Fact]
    public async Task AStaleRerunKeepsTheUsersBoxesTheirEchoIsQuietAndTheScriptsResetApplies()
    {
        var page = (await OpenAsync("/")).Page;
        await page.EvaluateAsync(Mount);
        var annotator = page.Locator("#annotator-under-test .annotator");
        await Expect(annotator).ToHaveAttributeAsync("data-width", "800");
        await Expect(annotator).ToHaveAttributeAsync("data-boxes", "1");
        var stage = await page.Locator("#annotator-under-test .stage").BoundingBoxAsync() ?? throw new InvalidOperationException("no image");
        var scale = stage.Width / 800;

        // The user draws a person: the module sends both boxes.
        await page.Locator("#annotator-under-test button.label[data-label='person']").ClickAsync();
        await page.Mouse.MoveAsync((float)(stage.X + (400 * scale)), (float)(stage.Y + (50 * scale)));
        await page.Mouse.DownAsync();
        await page.Mouse.MoveAsync((float)(stage.X + (450 * scale)), (float)(stage.Y + (150 * scale)), new MouseMoveOptions { Steps = 4 });
        await page.Mouse.UpAsync();
        Assert.Equal(1, await page.EvaluateAsync<int>("() => annotator.sent.length"));
        await Expect(annotator).ToHaveAttributeAsync("data-boxes", "2");

        // A rerun that has not seen it (a form holding it) still carries null: the user's boxes stay.
        await page.EvaluateAsync("() => annotator.instance.update(annotator.args, null)");
        await Expect(annotator).ToHaveAttributeAsync("data-boxes", "2");

        // The rerun of the value it sent: nothing changes, nothing is sent again.
        await page.EvaluateAsync("() => annotator.instance.update(annotator.args, annotator.sent[0])");
        await Expect(annotator).ToHaveAttributeAsync("data-boxes", "2");

        // The script resets the value (ui.State[key] = null): back to the pre-filled box.
        await page.EvaluateAsync("() => annotator.instance.update(annotator.args, null)");
        await Expect(annotator).ToHaveAttributeAsync("data-boxes", "1");

        // The script sets boxes of its own: they are shown.
        await page.EvaluateAsync("() => annotator.instance.update(annotator.args, [{ label: 'person', x: 1, y: 1, width: 5, height: 5 }, { label: 'car', x: 9, y: 9, width: 5, height: 5 }, { label: 'car', x: 20, y: 20, width: 5, height: 5 }])");
        await Expect(annotator).ToHaveAttributeAsync("data-boxes", "3");
        Assert.Equal(1, await page.EvaluateAsync<int>("() => annotator.sent.length"));
    }

    [Fact]
    public async Task TheDeleteKeyRemovesTheSelectedBoxAndEscapeOnlyClearsTheSelection()
    {
        var page = (await OpenAsync("/")).Page;
        await page.EvaluateAsync(Mount);
        var annotator = page.Locator("#annotator-under-test .annotator");
        await Expect(annotator).ToHaveAttributeAsync("data-width", "800");
        var car = page.Locator("#annotator-under-test .box[data-label='car']");

        await car.ClickAsync();
        await Expect(annotator).ToHaveAttributeAsync("data-selected", "0");
        await page.Keyboard.PressAsync("Escape");
        await Expect(annotator).ToHaveAttributeAsync("data-selected", "-1");
        await car.ClickAsync();
        await page.Keyboard.PressAsync("Delete");

        await Expect(annotator).ToHaveAttributeAsync("data-boxes", "0");
        Assert.Equal("[]", await page.EvaluateAsync<string>("() => JSON.stringify(annotator.sent.at(-1))"));
    }
}
