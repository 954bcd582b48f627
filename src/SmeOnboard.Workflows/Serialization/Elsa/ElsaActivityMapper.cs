using System.Text.Json.Nodes;
using SmeOnboard.Workflows.Activities.BuiltIn;
using SmeOnboard.Workflows.Model;
using SmeOnboard.Workflows.Validation;

namespace SmeOnboard.Workflows.Serialization.Elsa;

/// <summary>Maps the Elsa activities that become exactly one of our activities, input by input.</summary>
internal sealed class ElsaActivityMapper(ElsaImportContext context)
{
    /// <summary>Our node for the Elsa activity, or null when the type is not supported (it is then recorded as such).</summary>
    /// <param name="nested">
    /// True inside a nested flowchart, where Elsa's Start is just a way in and End completes only that flowchart;
    /// both become pass-through joins there, and the flattener wires End to the flowchart's exit.
    /// </param>
    public ActivityNode? Map(JsonObject activity, string id, string type, bool nested)
    {
        var inputs = new Dictionary<string, ActivityInput>();
        string ourType;
        switch (type)
        {
            case ElsaTypes.Start or ElsaTypes.End when nested:
                ourType = nameof(Join);
                inputs["mode"] = ActivityInput.Literal(Join.WaitAll);
                break;
            case ElsaTypes.Start:
                ourType = nameof(ManualStart);
                break;
            case ElsaTypes.End:
                ourType = nameof(End);
                break;
            case ElsaTypes.WriteLine:
                ourType = nameof(WriteLine);
                Copy(activity, id, "text", "text", inputs);
                break;
            case ElsaTypes.SetVariable:
                ourType = nameof(SetVariable);
                MapSetVariable(activity, id, inputs);
                break;
            case ElsaTypes.FlowDecision:
                ourType = nameof(Decision);
                Copy(activity, id, "condition", "condition", inputs);
                break;
            case ElsaTypes.FlowJoin:
                ourType = nameof(Join);
                // Elsa's FlowJoin waits for any branch unless told otherwise.
                inputs["mode"] = ElsaInputs.Read(activity, "mode", id, context.Errors) ?? ActivityInput.Literal(Join.WaitAny);
                break;
            case ElsaTypes.FlowFork:
                ourType = nameof(Fork);
                inputs["branches"] = ElsaInputs.Read(activity, "branches", id, context.Errors) ?? ActivityInput.Literal(new JsonArray());
                break;
            case ElsaTypes.Delay:
                ourType = nameof(Delay);
                Copy(activity, id, "timeSpan", "duration", inputs);
                break;
            case ElsaTypes.Cron:
                ourType = nameof(Schedule);
                Copy(activity, id, "cronExpression", "cron", inputs);
                break;
            case ElsaTypes.Fault:
                ourType = nameof(Fault);
                // Elsa allows a fault without a message; ours needs one for the incident.
                inputs["message"] = ElsaInputs.Read(activity, "message", id, context.Errors) ?? ActivityInput.Literal("Faulted.");
                Copy(activity, id, "code", "code", inputs);
                break;
            default:
                context.MarkUnsupported(type, id, ElsaJson.String(activity["name"]));
                return null;
        }
        return new ActivityNode { Id = id, Type = ourType, Name = ElsaJson.String(activity["name"]), Inputs = inputs, Metadata = Metadata(activity) };
    }

    /// <summary>Where Elsa Studio drew the activity.</summary>
    public static ActivityMetadata? Metadata(JsonObject activity) =>
        activity["metadata"]?["designer"]?["position"] is JsonObject position
        && position["x"].TryGetNumber(out var x) && position["y"].TryGetNumber(out var y)
            ? new ActivityMetadata { Designer = new DesignerMetadata { Position = new Position(x, y) } }
            : null;

    private void Copy(JsonObject activity, string id, string elsaName, string ourName, Dictionary<string, ActivityInput> inputs)
    {
        if (ElsaInputs.Read(activity, elsaName, id, context.Errors) is { } input)
            inputs[ourName] = input;
    }

    private void MapSetVariable(JsonObject activity, string id, Dictionary<string, ActivityInput> inputs)
    {
        if (context.VariableName(activity["variable"]) is not { } name)
        {
            context.Errors.Add(new ValidationError(id, "variable", "The activity does not name a variable."));
            return;
        }
        inputs["variable"] = ActivityInput.Literal(name);
        if (ElsaInputs.Read(activity, "value", id, context.Errors) is not { } value)
            return;
        // Elsa keeps literals as text ("5" for a number); ours must already have the variable's type.
        if (value.Expression.Type == ExpressionKind.Literal && context.Variable(name) is { } variable)
        {
            if (!ElsaValues.TryConvert(value.Expression.Value, variable.Type, out var converted))
            {
                context.Errors.Add(new ValidationError(id, "value", $"'{value.Expression.Value}' is not a value of type {variable.Type} for variable '{name}'."));
                return;
            }
            value = ActivityInput.Literal(converted, value.TypeName);
        }
        inputs["value"] = value;
    }
}
