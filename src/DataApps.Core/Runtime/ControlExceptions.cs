using DataApps.Runtime;

namespace DataApps
{
    /// <summary>
    /// Thrown by <c>ui.Stop()</c>, <c>ui.Rerun()</c> and <c>ui.SwitchPage(…)</c> to end the run. Catching it does not cancel
    /// them: the run remembers the request, every later <c>ui</c> call of the run throws it again, and the session carries it out
    /// when the page returns. Let it pass (rethrow it, or catch it before <see cref="Exception"/>) so the code after the call
    /// does not run at all; analyzer DA0001 warns where a <c>catch</c> would swallow it.
    /// </summary>
    /// <example>
    /// <code>
    /// try { rows = await api.LoadAsync(ui.CancellationToken); if (rows.Count == 0) ui.Stop(); }
    /// catch (ControlFlowException) { throw; }
    /// catch (Exception ex) { ui.Error(ex.Message); }
    /// </code>
    /// </example>
    public abstract class ControlFlowException : Exception
    {
        private protected ControlFlowException(string message)
            : base(message)
        {
        }

        /// <summary>The call that threw it, as an author wrote it (<c>ui.Stop()</c>), for messages.</summary>
        internal abstract string Call { get; }

        /// <summary>The same request, thrown again by a later ui call of the run that caught it.</summary>
        internal abstract ControlFlowException Again();
    }

    /// <summary>What <see cref="Ui.Rerun(RerunScope)"/> reruns.</summary>
    public enum RerunScope
    {
        /// <summary>The whole page (the default, as Streamlit's <c>scope="app"</c>).</summary>
        App,

        /// <summary>Only the fragment that calls it; valid only in the fragment's own rerun (Streamlit's <c>scope="fragment"</c>).</summary>
        Fragment,
    }
}

namespace DataApps.Runtime
{
    /// <summary>Thrown by <c>ui.Stop()</c>; ends the run as stopped.</summary>
    internal sealed class StopException : ControlFlowException
    {
        public StopException(bool again = false)
            : base(again ? "ui.Stop() was called earlier in this run (and caught): the run is ending." : "ui.Stop() was called.")
        {
        }

        internal override string Call => "ui.Stop()";

        internal override ControlFlowException Again() => new StopException(again: true);
    }

    /// <summary>Thrown by <c>ui.Rerun()</c>; ends the run and starts another at once.</summary>
    internal sealed class RerunException : ControlFlowException
    {
        public RerunException(RerunScope scope = RerunScope.App, bool again = false)
            : base(again ? $"{CallOf(scope)} was called earlier in this run (and caught): the run is ending." : $"{CallOf(scope)} was called.")
        {
            Scope = scope;
        }

        public RerunScope Scope { get; }

        internal override string Call => CallOf(Scope);

        internal override ControlFlowException Again() => new RerunException(Scope, again: true);

        private static string CallOf(RerunScope scope) => scope == RerunScope.App ? "ui.Rerun()" : "ui.Rerun(RerunScope.Fragment)";
    }

    /// <summary>Thrown by <c>ui.SwitchPage</c>; ends the run like <c>ui.Stop()</c>, then the session shows the other page.</summary>
    internal sealed class SwitchPageException(NavigationRequest request, bool again = false)
        : ControlFlowException(again ? $"ui.SwitchPage(\"{request.Path}\") was called earlier in this run (and caught): the run is ending." : $"ui.SwitchPage(\"{request.Path}\") was called.")
    {
        public NavigationRequest Request { get; } = request;

        internal override string Call => $"ui.SwitchPage(\"{Request.Path}\")";

        internal override ControlFlowException Again() => new SwitchPageException(Request, again: true);
    }
}
