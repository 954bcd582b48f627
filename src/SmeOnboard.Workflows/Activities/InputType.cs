namespace SmeOnboard.Workflows.Activities;

/// <summary>The type of value an activity input expects.</summary>
public enum InputType
{
    String,
    Number,
    Boolean,
    Date,
    Duration,
    Object,
    StringList,

    /// <summary>The name of a workflow variable.</summary>
    Variable,

    /// <summary>A list of { label, condition } cases, as the Switch activity takes.</summary>
    Cases,
}
