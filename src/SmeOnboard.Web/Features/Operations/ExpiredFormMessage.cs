using System.Net;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.Extensions.Localization;
using SmeOnboard.Web.Resources;

namespace SmeOnboard.Web.Features.Operations;

/// <summary>
/// A form posted without a valid antiforgery token (a tampered or very old page) is refused before it does anything;
/// this turns the framework's bare 400 into a page that says what happened and what to do.
/// </summary>
public static class ExpiredFormMessage
{
    public static IApplicationBuilder UseExpiredFormMessage(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            var antiforgery = context.Features.Get<IAntiforgeryValidationFeature>();
            if (antiforgery is { IsValid: false } && HttpMethods.IsPost(context.Request.Method) && !context.Request.Path.StartsWithSegments("/api"))
            {
                var L = context.RequestServices.GetRequiredService<IStringLocalizer<SharedResource>>();
                context.Response.StatusCode = StatusCodes.Status400BadRequest;
                context.Response.ContentType = "text/html; charset=utf-8";
                var back = WebUtility.HtmlEncode(context.Request.Path + context.Request.QueryString);
                await context.Response.WriteAsync($"""
                    <!DOCTYPE html>
                    <html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
                    <title>{WebUtility.HtmlEncode(L["Errors.FormExpired.Title"])}</title>
                    <link href="/css/app.css" rel="stylesheet"></head>
                    <body style="font-family: system-ui, sans-serif; max-width: 36rem; margin: 4rem auto; padding: 0 1rem;">
                    <h1 data-testid="form-expired">{WebUtility.HtmlEncode(L["Errors.FormExpired.Title"])}</h1>
                    <p>{WebUtility.HtmlEncode(L["Errors.FormExpired.Body"])}</p>
                    <p><a href="{back}">{WebUtility.HtmlEncode(L["Errors.FormExpired.Action"])}</a></p>
                    </body></html>
                    """);
                return;
            }
            await next(context);
        });
}
