namespace SmeOnboard.Workflows.Model;

/// <summary>The types a workflow variable may have; dates are held as ISO 8601 strings.</summary>
public enum VariableType
{
    String,
    Number,
    Boolean,
    Date,
    Object,
}
