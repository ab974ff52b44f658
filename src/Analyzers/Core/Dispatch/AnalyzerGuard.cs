using System;

namespace TokenValidationAnalyzers.Core.Dispatch;

/// <summary>
/// Analysers run on every keystroke over half-written code, and an exception becomes AD0001 in the user's
/// build. Released builds swallow what a callback throws (losing one finding beats breaking the build); debug
/// builds let it through so that the robustness tests see it.
/// </summary>
internal static class AnalyzerGuard
{
    public static bool Swallow(Exception exception)
    {
#if DEBUG
        return false;
#else
        return exception is not OperationCanceledException;
#endif
    }
}
