using AngleSharp.Html.Dom;

namespace SmeOnboard.Web.Tests.Infrastructure;

/// <summary>
/// The fields a browser would post for a form, starting from what the server rendered (antiforgery token, the
/// Blazor form name in _handler, defaults). Setting a field the form does not have fails, so a renamed input shows.
/// </summary>
public sealed class HtmlForm
{
    public const string AntiforgeryField = "__RequestVerificationToken";
    public const string HandlerField = "_handler";

    private readonly Dictionary<string, string> _fields = new(StringComparer.Ordinal);
    private readonly HashSet<string> _known = new(StringComparer.Ordinal);

    public HtmlForm(IHtmlFormElement form, Uri pageAddress)
    {
        Action = ResolveAction(form, pageAddress);
        foreach (var element in form.Elements)
        {
            switch (element)
            {
                case IHtmlInputElement input when !string.IsNullOrEmpty(input.Name):
                    _known.Add(input.Name);
                    if (input.Type is "checkbox" or "radio")
                    {
                        if (input.IsChecked)
                        {
                            _fields[input.Name] = input.Value;
                        }
                    }
                    else if (input.Type is not ("submit" or "button" or "reset" or "image"))
                    {
                        _fields[input.Name] = input.Value;
                    }
                    break;
                case IHtmlSelectElement select when !string.IsNullOrEmpty(select.Name):
                    _known.Add(select.Name);
                    _fields[select.Name] = select.Value ?? "";
                    break;
                case IHtmlTextAreaElement area when !string.IsNullOrEmpty(area.Name):
                    _known.Add(area.Name);
                    _fields[area.Name] = area.Value;
                    break;
            }
        }
    }

    public Uri Action { get; }

    /// <summary>Where a browser posts: the action against the page's &lt;base href&gt;, or the page itself when there is none.</summary>
    public static Uri ResolveAction(IHtmlFormElement form, Uri pageAddress)
    {
        var action = form.GetAttribute("action");
        if (string.IsNullOrEmpty(action))
        {
            return pageAddress;
        }
        var baseHref = form.Owner?.QuerySelector("base[href]")?.GetAttribute("href");
        var baseAddress = string.IsNullOrEmpty(baseHref) ? pageAddress : new Uri(pageAddress, baseHref);
        return new Uri(baseAddress, action);
    }

    public string AntiforgeryToken =>
        _fields.GetValueOrDefault(AntiforgeryField) ?? throw new Xunit.Sdk.XunitException($"The form posting to {Action} has no {AntiforgeryField} field.");

    public string Handler =>
        _fields.GetValueOrDefault(HandlerField) ?? throw new Xunit.Sdk.XunitException($"The form posting to {Action} has no {HandlerField} field.");

    public IReadOnlyDictionary<string, string> Fields => _fields;

    public string this[string name]
    {
        get => _fields.GetValueOrDefault(name) ?? "";
        set
        {
            if (!_known.Contains(name))
            {
                throw new Xunit.Sdk.XunitException($"The form posting to {Action} has no field '{name}'; it has {string.Join(", ", _known)}.");
            }
            _fields[name] = value;
        }
    }

    /// <summary>Ticks a checkbox (browsers post "true" for Blazor's InputCheckbox).</summary>
    public HtmlForm Check(string name)
    {
        this[name] = "true";
        return this;
    }

    public HtmlForm Set(string name, string value)
    {
        this[name] = value;
        return this;
    }

    public Task<HttpResponseMessage> SubmitAsync(HttpClient client) =>
        client.PostAsync(Action, new FormUrlEncodedContent(_fields), TestContext.Current.CancellationToken);
}
