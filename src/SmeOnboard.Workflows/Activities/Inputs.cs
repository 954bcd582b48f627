using System.Text.Json.Nodes;

namespace SmeOnboard.Workflows.Activities;

/// <summary>Short ways to describe the inputs the built-in activities share.</summary>
internal static class Inputs
{
    public static InputDescriptor Line(string name, string display, string description, bool required = false) =>
        new(name, display, InputType.String, UiHint.SingleLine) { Description = description, Required = required };

    public static InputDescriptor Text(string name, string display, string description, bool required = false) =>
        new(name, display, InputType.String, UiHint.MultiLine) { Description = description, Required = required };

    public static InputDescriptor Condition(string name, string display, string description, bool required = true) =>
        new(name, display, InputType.Boolean, UiHint.Code) { Description = description, Required = required };

    public static InputDescriptor Json(string name, string display, string description) =>
        new(name, display, InputType.Object, UiHint.Json) { Description = description };

    public static InputDescriptor Choice(string name, string display, string description, string? defaultValue, params string[] options) =>
        new(name, display, InputType.String, UiHint.Dropdown)
        {
            Description = description,
            Options = options,
            DefaultValue = defaultValue is null ? null : JsonValue.Create(defaultValue),
        };

    public static InputDescriptor ResultVariable(string description = "The variable that receives the data the stimulus carried.") =>
        new("resultVariable", "Result variable", InputType.Variable, UiHint.VariablePicker) { Description = description, AllowsScript = false };

    public static InputDescriptor AssigneeRole() =>
        Choice("assigneeRole", "Assignee role", "Anyone with this role in the organisation may do the task.", null,
            "FirmMember", "FirmAdmin", "VendorDeveloper", "GovOfficer", "PlatformAdmin");

    public static InputDescriptor AssigneeUser() =>
        Line("assigneeUser", "Assignee user", "The user (id or email) who must do the task; takes precedence over the role.");
}
