using SmeOnboard.Core.Common;

namespace SmeOnboard.Core.Features.Marketplace.Webhooks;

/// <summary>Which addresses a vendor may receive webhooks at: https, or plain http to the loopback where allowed.</summary>
public static class WebhookUrls
{
    public const int MaxLength = 500;

    public static FieldError? Check(string url, bool allowLoopbackHttp)
    {
        if (url.Length > MaxLength || !Uri.TryCreate(url, UriKind.Absolute, out var uri) || !string.IsNullOrEmpty(uri.UserInfo))
            return new FieldError("url", "Errors.WebhookUrlInvalid", "Enter an absolute address such as https://example.com/hooks/smeonboard.");
        if (uri.Scheme == Uri.UriSchemeHttps || (allowLoopbackHttp && uri.Scheme == Uri.UriSchemeHttp && uri.IsLoopback))
            return null;
        return new FieldError("url", "Errors.WebhookUrlHttps", "The address must use https.");
    }
}
