using System.Text.Json.Nodes;
using Jint;
using Jint.Native;
using Jint.Native.Json;
using SmeOnboard.Workflows.Model;

namespace SmeOnboard.Workflows.Expressions;

/// <summary>Converts between workflow values (JSON) and JavaScript values.</summary>
internal static class JsonConversion
{
    public static JsValue ToJs(Engine engine, JsonNode? node)
    {
        if (node is null)
            return JsValue.Null;
        if (node is JsonValue value)
        {
            if (value.TryGetValue<string>(out var text))
                return new JsString(text);
            if (value.TryGetValue<bool>(out var flag))
                return flag ? JsBoolean.True : JsBoolean.False;
            if (value.TryGetNumber(out var number))
                return new JsNumber(number);
        }
        return new JsonParser(engine).Parse(node.ToJsonString());
    }

    public static JsonNode? ToJson(Engine engine, JsValue value)
    {
        if (value.IsNull() || value.IsUndefined())
            return null;
        if (value.IsString())
            return JsonValue.Create(value.AsString());
        if (value.IsBoolean())
            return JsonValue.Create(value.AsBoolean());
        if (value.IsNumber())
        {
            var number = value.AsNumber();
            return double.IsFinite(number) ? JsonValue.Create(number) : null;
        }
        var json = new JsonSerializer(engine).Serialize(value);
        return json.IsUndefined() ? null : JsonNode.Parse(json.AsString());
    }
}
