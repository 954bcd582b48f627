using Microsoft.AspNetCore.Http.HttpResults;
using SmeOnboard.Core.Common;

namespace SmeOnboard.Web.Features.Workflows;

/// <summary>Field errors as RFC 7807 validation problem details: messages by field, and the codes beside them for clients.</summary>
internal static class FieldErrorProblems
{
    public static ValidationProblem From(IReadOnlyList<FieldError> errors) =>
        TypedResults.ValidationProblem(
            errors.GroupBy(e => e.Field).ToDictionary(g => g.Key, g => g.Select(e => e.Message).ToArray()),
            title: "The request cannot be carried out as it stands.",
            extensions: new Dictionary<string, object?> { ["codes"] = errors.Select(e => e.Code).Distinct().ToArray() });
}
