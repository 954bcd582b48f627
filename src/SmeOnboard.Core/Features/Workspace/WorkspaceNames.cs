using System.Text.Json.Nodes;
using SmeOnboard.Core.Features.Templates;
using SmeOnboard.Workflows.Model;

namespace SmeOnboard.Core.Features.Workspace;

/// <summary>
/// The names an installation gives what it creates. Every id starts with the installation's prefix (the slug, and the
/// copy number from the second copy on), so copies never share a workflow or form id; organisations keep separate rows.
/// </summary>
public static class WorkspaceNames
{
    public static string Prefix(string slug, int copyNumber) => copyNumber == 1 ? slug : $"{slug}-{copyNumber}";

    public static string DefinitionId(string prefix, string templateDefinitionId) => $"{prefix}-{templateDefinitionId}";

    public static string FormKey(string prefix, string formId) => $"{prefix}-{formId}";

    /// <summary>
    /// The template's workflow as the firm's own: its id and name made the installation's, and every form a human task
    /// or form trigger names replaced by the installation's form key.
    /// </summary>
    public static WorkflowDefinition Localise(WorkflowDefinition definition, string prefix, int copyNumber) => new()
    {
        DefinitionId = DefinitionId(prefix, definition.DefinitionId),
        Name = copyNumber == 1 ? definition.Name : $"{definition.Name} ({copyNumber})",
        Description = definition.Description,
        Variables = definition.Variables,
        Root = new Flowchart
        {
            Activities = definition.Root.Activities.Select(activity => LocaliseForm(activity, prefix)).ToList(),
            Connections = definition.Root.Connections,
        },
    };

    private static ActivityNode LocaliseForm(ActivityNode activity, string prefix)
    {
        if (activity.Type is not ("HumanTask" or "FormSubmitted")
            || activity.Input("form")?.Expression is not { Type: ExpressionKind.Literal, Value: JsonValue value }
            || !value.TryGetValue<string>(out var formId))
            return activity;
        var inputs = activity.Inputs.ToDictionary(i => i.Key, i => i.Value);
        inputs["form"] = ActivityInput.Literal(JsonValue.Create(FormKey(prefix, formId)), inputs["form"].TypeName);
        return new ActivityNode { Id = activity.Id, Type = activity.Type, Name = activity.Name, Inputs = inputs, Metadata = activity.Metadata };
    }

    /// <summary>Whether <paramref name="candidate"/> is a newer template version than <paramref name="installed"/>.</summary>
    public static bool IsNewer(string candidate, string installed) =>
        Version.TryParse(candidate, out var a) && Version.TryParse(installed, out var b) ? a > b : string.CompareOrdinal(candidate, installed) > 0;
}
