using System.Text.Json;
using SmeOnboard.Workflows.Activities;
using SmeOnboard.Workflows.Model;
using SmeOnboard.Workflows.Serialization;

namespace SmeOnboard.Workflows.Validation;

/// <summary>Finds every problem in a definition, each naming the activity and the field it concerns.</summary>
public sealed class WorkflowValidator(ActivityRegistry registry)
{
    /// <summary>Reads JSON and validates the definition; JSON errors come first and alone.</summary>
    public IReadOnlyList<ValidationError> Validate(string json)
    {
        var read = WorkflowJson.Read(json);
        return read.Succeeded ? Validate(read.Definition) : read.Errors;
    }

    public IReadOnlyList<ValidationError> Validate(WorkflowDefinition definition)
    {
        var errors = new List<ValidationError>();
        if (definition.Root.Type != Flowchart.TypeName)
            errors.Add(new(null, "root.type", $"The root must be a {Flowchart.TypeName}, not '{definition.Root.Type}'."));
        ValidateVariables(definition, errors);

        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var node in definition.Root.Activities)
        {
            if (!ids.Add(node.Id))
                errors.Add(new(node.Id, "id", $"The id '{node.Id}' is used by more than one activity."));
            if (registry.Find(node.Type) is not { } activity)
            {
                errors.Add(new(node.Id, "type", $"Unknown activity type '{node.Type}'."));
                continue;
            }
            ValidateInputs(node, activity.Descriptor, definition, errors);
            errors.AddRange(activity.Validate(node, definition));
        }
        ValidateConnections(definition, errors);
        return errors;
    }

    private static void ValidateVariables(WorkflowDefinition definition, List<ValidationError> errors)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var variable in definition.Variables)
        {
            if (string.IsNullOrWhiteSpace(variable.Name))
                errors.Add(new(null, "variables", "A variable has no name."));
            else if (!names.Add(variable.Name))
                errors.Add(new(null, $"variables.{variable.Name}", $"The variable '{variable.Name}' is declared more than once."));
            if (!variable.Type.Accepts(variable.Default))
                errors.Add(new(null, $"variables.{variable.Name}.default",
                    $"Variable '{variable.Name}' is of type {variable.Type} and cannot hold {VariableTypeExtensions.Describe(variable.Default)}."));
        }
    }

    private static void ValidateInputs(ActivityNode node, ActivityDescriptor descriptor, WorkflowDefinition definition, List<ValidationError> errors)
    {
        foreach (var name in node.Inputs.Keys.Where(name => descriptor.Input(name) is null))
            errors.Add(new(node.Id, name, $"'{descriptor.Type}' has no input named '{name}'."));

        foreach (var input in descriptor.Inputs)
        {
            var value = node.Input(input.Name)?.Expression;
            if (value is null || IsEmpty(value))
            {
                if (input.Required && input.DefaultValue is null)
                    errors.Add(new(node.Id, input.Name, $"'{input.DisplayName}' is required."));
                continue;
            }
            if (value.Type == ExpressionKind.JavaScript)
            {
                if (!input.AllowsScript)
                    errors.Add(new(node.Id, input.Name, $"'{input.DisplayName}' must be a literal value, not a script."));
                continue;
            }
            var text = value.Value?.GetValueKind() == JsonValueKind.String ? value.Value.GetValue<string>() : null;
            if (input.Options.Count > 0 && (text is null || !input.Options.Contains(text)))
                errors.Add(new(node.Id, input.Name, $"'{value.Value}' is not one of {string.Join(", ", input.Options)}."));
            if (input.Type == InputType.Variable && !definition.Variables.Any(v => v.Name == text))
                errors.Add(new(node.Id, input.Name, $"There is no variable named '{value.Value}'."));
        }
    }

    private void ValidateConnections(WorkflowDefinition definition, List<ValidationError> errors)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < definition.Root.Connections.Count; i++)
        {
            var connection = definition.Root.Connections[i];
            var field = $"connections[{i}]";
            var source = definition.FindActivity(connection.Source.Activity);
            var target = definition.FindActivity(connection.Target.Activity);
            if (source is null)
                errors.Add(new(connection.Source.Activity, $"{field}.source", $"The connection starts at a missing activity '{connection.Source.Activity}'."));
            if (target is null)
                errors.Add(new(connection.Target.Activity, $"{field}.target", $"The connection ends at a missing activity '{connection.Target.Activity}'."));
            if (source is not null && registry.Find(source.Type) is { } activity)
            {
                var outcomes = activity.OutcomesOf(source);
                if (!outcomes.Contains(connection.Source.Port))
                    errors.Add(new(source.Id, $"{field}.source.port",
                        $"'{source.Type}' has no outcome '{connection.Source.Port}'" + (outcomes.Count > 0 ? $" (it has {string.Join(", ", outcomes)})." : " (it has none).")));
            }
            if (connection.Target.Port != Endpoint.InPort)
                errors.Add(new(connection.Target.Activity, $"{field}.target.port", $"Connections end at port '{Endpoint.InPort}', not '{connection.Target.Port}'."));
            if (!seen.Add($"{connection.Source.Activity}\n{connection.Source.Port}\n{connection.Target.Activity}"))
                errors.Add(new(connection.Source.Activity, field, $"The connection {connection} is drawn twice."));
        }
    }

    private static bool IsEmpty(InputExpression expression) =>
        expression.Value is null || (expression.Value.GetValueKind() == JsonValueKind.String && expression.Value.GetValue<string>().Length == 0);
}
