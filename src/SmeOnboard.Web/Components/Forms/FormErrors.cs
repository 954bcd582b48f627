using Microsoft.AspNetCore.Components.Forms;
using Microsoft.Extensions.Localization;
using SmeOnboard.Core.Common;
using SmeOnboard.Web.Resources;

namespace SmeOnboard.Web.Components.Forms;

/// <summary>Shows server-side failures next to the fields they concern, in the reader's language.</summary>
public sealed class FormErrors(EditContext editContext, IStringLocalizer<SharedResource> localizer)
{
    private readonly ValidationMessageStore _store = new(editContext);

    public bool Any => editContext.GetValidationMessages().Any();

    /// <summary>Adds each error to its field; errors without a field (or with one the form lacks) go to the summary.</summary>
    public void Add(IEnumerable<FieldError> errors, IReadOnlyDictionary<string, string>? fieldMap = null)
    {
        foreach (var error in errors)
        {
            var field = fieldMap?.GetValueOrDefault(error.Field, error.Field) ?? error.Field;
            Add(field, Localize(error));
        }
        editContext.NotifyValidationStateChanged();
    }

    public void Add(string field, string message)
    {
        var property = string.IsNullOrEmpty(field) ? null : editContext.Model.GetType().GetProperty(field);
        _store.Add(property is null ? new FieldIdentifier(editContext.Model, "") : new FieldIdentifier(editContext.Model, field), message);
        editContext.NotifyValidationStateChanged();
    }

    public void Clear() => _store.Clear();

    public string Localize(FieldError error) => localizer.Describe(error);
}
