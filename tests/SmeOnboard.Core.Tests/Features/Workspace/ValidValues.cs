using System.Text.Json.Nodes;
using SmeOnboard.Core.Features.Templates;

namespace SmeOnboard.Core.Tests.Features.Workspace;

/// <summary>Values a careful person would enter in a template form: every field filled, each of its type.</summary>
internal static class ValidValues
{
    public static JsonObject For(TemplateForm form)
    {
        var values = new JsonObject();
        foreach (var field in form.Fields)
        {
            values[field.Name] = field.Type switch
            {
                "number" => 42.5,
                "integer" => 40,
                "date" => "2026-03-02",
                "checkbox" => true,
                "choice" => field.Options![0].Value,
                "photo" or "file" => new JsonObject { ["name"] = "first-part.jpg", ["content"] = Convert.ToBase64String(SampleFiles.Jpeg) },
                "signature" => SampleFiles.SignatureDataUrl,
                _ => "Checked and recorded",
            };
        }
        // Counts must add up where a workflow computes with them (good parts never exceed parts made).
        if (values["goodCount"] is not null)
            values["goodCount"] = 38;
        return values;
    }
}
