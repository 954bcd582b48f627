namespace SmeOnboard.Workflows.Runtime;

/// <summary>A write to an undeclared variable or of a value the variable's type does not allow.</summary>
public sealed class VariableTypeException(string variableName, string message) : Exception(message)
{
    public string VariableName { get; } = variableName;
}
