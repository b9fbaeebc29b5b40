namespace DataApps.Analyzers.Tests;

public sealed class SwallowedControlFlowAnalyzerTests
{
    [Fact]
    public async Task CatchExceptionAroundStopWarnsNamingTheCallAndTheCatch()
    {
        var diagnostics = await Analyze.PageBodyAsync("""
            try
            {
                ui.Stop();
            }
            catch (Exception ex)
            {
                ui.Error(ex.Message);
            }
            """);

        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal("DA0001", diagnostic.Id);
        Assert.Equal(3, Analyze.BodyLine(diagnostic));
        Assert.StartsWith("ui.Stop() ends the run by throwing, and the catch clause at line 15 ", diagnostic.GetMessage(), StringComparison.Ordinal);
        Assert.Contains("catch (ControlFlowException) { throw; }", diagnostic.GetMessage(), StringComparison.Ordinal);
        Assert.EndsWith("docs/control-flow.md#da0001-a-catch-that-swallows-the-request", diagnostic.Descriptor.HelpLinkUri, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("try { ui.Rerun(); } catch { }", "ui.Rerun()")]
    [InlineData("try { ui.SwitchPage(\"/results\"); } catch (System.Exception) { }", "ui.SwitchPage(…)")]
    [InlineData("try { ui.SwitchPage<ResultsPage>(); } catch (Exception e) when (e.Message.Length > 0) { }", "ui.SwitchPage<ResultsPage>()")]
    [InlineData("try { ui.Sidebar.Stop(); } catch (Exception e) when (Logged(e)) { }", "ui.Sidebar.Stop()")]
    [InlineData("ui.Fragment(f => { try { f.Rerun(RerunScope.Fragment); } catch (Exception) { } });", "f.Rerun(…)")]
    [InlineData("try { try { ui.Stop(); } catch (HttpRequestException) { } } catch (Exception) { }", "ui.Stop()")]
    [InlineData("try { try { ui.Stop(); } catch (Exception) { throw; } } catch (Exception ex) { Log(ex); }", "ui.Stop()")]
    [InlineData("try { if (ui.Button(\"Go\")) { for (var i = 0; i < 3; i++) { ui.Rerun(); } } } catch (Exception) { ui.Text(\"x\"); }", "ui.Rerun()")]
    [InlineData("try { ui.Stop(); } catch (HttpRequestException) { } catch (Exception) { }", "ui.Stop()")]
    public async Task SwallowingCatchesWarn(string body, string call)
    {
        var diagnostics = await Analyze.PageBodyAsync(body);

        var diagnostic = Assert.Single(diagnostics);
        Assert.StartsWith(call + " ends the run", diagnostic.GetMessage(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("try { ui.Stop(); } catch (ControlFlowException) { throw; } catch (Exception ex) { Log(ex); }")]
    [InlineData("try { ui.Stop(); } catch (ControlFlowException) { ui.Text(\"handled on purpose\"); } catch (Exception ex) { Log(ex); }")]
    [InlineData("try { ui.Stop(); } catch (Exception ex) { Log(ex); throw; }")]
    [InlineData("try { ui.Stop(); } catch (Exception ex) { if (ex is ControlFlowException) throw; Log(ex); }")]
    [InlineData("try { ui.Stop(); } catch (Exception ex) { throw ex; }")]
    [InlineData("try { ui.Stop(); } catch (Exception ex) when (ex is not ControlFlowException) { Log(ex); }")]
    [InlineData("try { ui.Stop(); } catch (Exception ex) when (!(ex is ControlFlowException)) { Log(ex); }")]
    [InlineData("try { ui.Stop(); } catch (Exception ex) when (ex.Message.Length > 0 && ex is not ControlFlowException) { Log(ex); }")]
    [InlineData("try { ui.Stop(); } catch (Exception ex) when (ex is HttpRequestException) { Log(ex); }")]
    [InlineData("try { ui.Stop(); } catch (Exception ex) when (ex is HttpRequestException { StatusCode: not null } http) { Log(http); }")]
    [InlineData("try { ui.Stop(); } catch (HttpRequestException ex) { Log(ex); }")]
    [InlineData("try { ui.Text(\"x\"); } catch (Exception ex) { Log(ex); ui.Stop(); }")]
    [InlineData("try { ui.Text(\"x\"); } catch (Exception ex) { Log(ex); } finally { ui.Rerun(); }")]
    [InlineData("try { ui.Button(\"Go\", onChange: () => ui.Rerun()); } catch (Exception ex) { Log(ex); }")]
    [InlineData("try { void Local() => ui.Stop(); Local(); } catch (Exception ex) { Log(ex); }")]
    [InlineData("try { new Other().Stop(); } catch (Exception ex) { Log(ex); }")]
    [InlineData("ui.Stop();")]
    public async Task CatchesThatLetTheRequestPassDoNotWarn(string body)
    {
        var diagnostics = await Analyze.PageBodyAsync(body, "private sealed class Other { public void Stop() { } }");

        Assert.Empty(diagnostics);
    }

    [Fact]
    public async Task ACallInAMethodTheTryCallsIsNotSeen()
    {
        // Lexical only (docs/control-flow.md): the call is in StopIfEmpty, not in the try block.
        var diagnostics = await Analyze.PageBodyAsync(
            "try { StopIfEmpty(ui); } catch (Exception ex) { Log(ex); }",
            "private static void StopIfEmpty(Ui ui) => ui.Stop();");

        Assert.Empty(diagnostics);
    }
}
