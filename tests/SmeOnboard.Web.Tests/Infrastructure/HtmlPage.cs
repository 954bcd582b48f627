using System.Net;
using AngleSharp;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;

namespace SmeOnboard.Web.Tests.Infrastructure;

/// <summary>A server-rendered page parsed with AngleSharp, as a browser without JavaScript would see it.</summary>
public sealed class HtmlPage
{
    private HtmlPage(HttpResponseMessage response, IDocument document, Uri address)
    {
        Address = address;
        Response = response;
        Document = document;
    }

    public HttpResponseMessage Response { get; }

    /// <summary>The address the page was served from.</summary>
    public Uri Address { get; }

    public IDocument Document { get; }

    /// <summary>The readable text of the body (no style or script contents), whitespace collapsed.</summary>
    public string Text
    {
        get
        {
            var body = (IElement?)Document.Body?.Clone(deep: true);
            if (body is null)
            {
                return "";
            }
            foreach (var hidden in body.QuerySelectorAll("style, script").ToList())
            {
                hidden.Remove();
            }
            return string.Join(' ', body.TextContent.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        }
    }

    /// <summary>The page's HTML as served, for "does not contain" checks that must also cover attributes.</summary>
    public string Html => Document.DocumentElement.OuterHtml;

    /// <summary>GETs <paramref name="url"/> and requires a 200 page.</summary>
    public static async Task<HtmlPage> LoadAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(url, TestContext.Current.CancellationToken);
        Assert.True(response.StatusCode == HttpStatusCode.OK,
            $"GET {url} answered {(int)response.StatusCode} {response.StatusCode} (Location: {response.Headers.Location}), expected a 200 page.");
        return await ParseAsync(response);
    }

    public static async Task<HtmlPage> ParseAsync(HttpResponseMessage response)
    {
        var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        var address = response.RequestMessage?.RequestUri ?? Browser.BaseAddress;
        var context = BrowsingContext.New(Configuration.Default);
        var document = await context.OpenAsync(request => request.Content(html).Address(address), TestContext.Current.CancellationToken);
        return new HtmlPage(response, document, address);
    }

    public IElement? ByTestId(string testId) => Document.QuerySelector($"[data-testid='{testId}']");

    /// <summary>The element with this data-testid; fails with the page's text when it is missing.</summary>
    public IElement RequireTestId(string testId) =>
        ByTestId(testId) ?? throw new Xunit.Sdk.XunitException($"No element with data-testid '{testId}' on {Address}. Page text: {Text}");

    /// <summary>Messages Blazor's ValidationMessage components rendered next to the fields.</summary>
    public IReadOnlyList<string> ValidationMessages =>
        Document.QuerySelectorAll(".validation-message").Select(e => e.TextContent.Trim()).ToList();

    /// <summary>The statically rendered form whose Blazor form name (the hidden _handler field) is <paramref name="handler"/>.</summary>
    public HtmlForm Form(string handler)
    {
        var forms = Document.QuerySelectorAll("form").OfType<IHtmlFormElement>().ToList();
        var form = forms.FirstOrDefault(f => f.QuerySelector("input[name='_handler']")?.GetAttribute("value") == handler)
            ?? throw new Xunit.Sdk.XunitException(
                $"No form with _handler '{handler}' on {Address}; forms found: " +
                string.Join(", ", forms.Select(f => f.QuerySelector("input[name='_handler']")?.GetAttribute("value") ?? f.GetAttribute("action"))));
        return new HtmlForm(form, Address);
    }

    /// <summary>A form found by its action, for plain forms that Blazor did not render from an EditForm (e.g. sign-out).</summary>
    public HtmlForm FormPostingTo(string path)
    {
        var form = Document.QuerySelectorAll("form").OfType<IHtmlFormElement>()
            .FirstOrDefault(f => HtmlForm.ResolveAction(f, Address).AbsolutePath == path)
            ?? throw new Xunit.Sdk.XunitException($"No form posting to {path} on {Address}.");
        return new HtmlForm(form, Address);
    }
}
