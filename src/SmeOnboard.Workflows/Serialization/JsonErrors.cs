using System.Text.Json;
using SmeOnboard.Workflows.Validation;

namespace SmeOnboard.Workflows.Serialization;

/// <summary>Turns a System.Text.Json exception into one validation error with its line and path.</summary>
internal static class JsonErrors
{
    public static ValidationError From(JsonException e)
    {
        var where = e.LineNumber is { } line ? $" at line {line + 1}" : "";
        var path = string.IsNullOrEmpty(e.Path) ? "json" : e.Path;
        return new ValidationError(null, path, $"Invalid JSON{where}: {FirstSentence(e.Message)}");
    }

    // System.Text.Json appends its own path and position to the message; we report those separately.
    private static string FirstSentence(string message)
    {
        var cut = message.IndexOf(" Path: ", StringComparison.Ordinal);
        return cut > 0 ? message[..cut] : message;
    }
}
