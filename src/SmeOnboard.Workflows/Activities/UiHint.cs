namespace SmeOnboard.Workflows.Activities;

/// <summary>Which editor the designer shows for an input.</summary>
public enum UiHint
{
    SingleLine,
    MultiLine,
    Code,
    Dropdown,
    Checkbox,
    DateTimePicker,
    VariablePicker,
    Json,
    ListEditor,
    CaseEditor,
}
