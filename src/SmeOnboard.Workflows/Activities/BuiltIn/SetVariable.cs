using SmeOnboard.Workflows.Model;
using SmeOnboard.Workflows.Validation;

namespace SmeOnboard.Workflows.Activities.BuiltIn;

/// <summary>Sets a workflow variable to a value of its declared type.</summary>
public sealed class SetVariable : IActivity
{
    public ActivityDescriptor Descriptor { get; } = new("SetVariable", Categories.Data, "Set variable",
        "Sets a variable to a literal or to the result of a JavaScript expression.")
    {
        Inputs =
        [
            new("variable", "Variable", InputType.Variable, UiHint.VariablePicker) { Required = true, AllowsScript = false },
            new("value", "Value", InputType.Object, UiHint.Code) { Description = "The new value; it must fit the variable's type." },
        ],
    };

    public ActivityResult Execute(ActivityContext context)
    {
        context.SetVariable(context.GetRequiredString("variable"), context.Get("value"), "value");
        return ActivityResult.Done;
    }

    public IEnumerable<ValidationError> Validate(ActivityNode node, WorkflowDefinition definition)
    {
        var name = node.Input("variable")?.Expression.Value?.ToString();
        var variable = definition.Variables.FirstOrDefault(v => v.Name == name);
        var value = node.Input("value")?.Expression;
        if (variable is not null && value?.Type == ExpressionKind.Literal && !variable.Type.Accepts(value.Value))
            yield return new ValidationError(node.Id, "value",
                $"Variable '{name}' is of type {variable.Type} and cannot hold {VariableTypeExtensions.Describe(value.Value)}.");
    }
}
