using System.Text.Json;
using System.Text.Json.Nodes;
using SmeOnboard.Workflows.Model;

namespace SmeOnboard.Web.Features.Designer;

/// <summary>A variable as the variables panel edits it: the default as text, read by the variable's type.</summary>
public sealed class VariableRow
{
    public string Name { get; set; } = "";
    public VariableType Type { get; set; } = VariableType.String;
    public string DefaultText { get; set; } = "";

    public static VariableRow From(VariableDefinition variable) => new()
    {
        Name = variable.Name,
        Type = variable.Type,
        DefaultText = variable.Default switch
        {
            null => "",
            JsonValue value when value.TryGetValue<string>(out var text) => text,
            var other => other.ToJsonString(),
        },
    };

    public JsonObject ToJson()
    {
        var json = new JsonObject { ["name"] = Name, ["type"] = Type.ToString() };
        if (DefaultValue() is { } value)
            json["default"] = value;
        return json;
    }

    // Text types keep the text as it is; other types read it as JSON, and the validator names a mismatch.
    private JsonNode? DefaultValue()
    {
        if (string.IsNullOrEmpty(DefaultText))
            return null;
        if (Type is VariableType.String or VariableType.Date)
            return JsonValue.Create(DefaultText);
        try
        {
            return JsonNode.Parse(DefaultText);
        }
        catch (JsonException)
        {
            return JsonValue.Create(DefaultText);
        }
    }
}
