using Microsoft.Extensions.Localization;
using SmeOnboard.Core.Common;

namespace SmeOnboard.Web.Components.Forms;

public static class LocalizerExtensions
{
    /// <summary>The error in the reader's language, or its English message when no translation exists.</summary>
    public static string Describe(this IStringLocalizer localizer, FieldError error)
    {
        var text = localizer[error.Code];
        return text.ResourceNotFound ? error.Message : text.Value;
    }
}
