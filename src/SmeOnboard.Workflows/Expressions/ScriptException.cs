namespace SmeOnboard.Workflows.Expressions;

/// <summary>A script that did not parse, threw, broke a sandbox limit or wrote a variable with the wrong type.</summary>
public sealed class ScriptException(string message, int? line, bool isVariableTypeError = false) : Exception(message)
{
    /// <summary>The 1-based line of the script where it failed, when known.</summary>
    public int? Line { get; } = line;

    /// <summary>True when the script wrote a value its variable's type does not allow.</summary>
    public bool IsVariableTypeError { get; } = isVariableTypeError;
}
