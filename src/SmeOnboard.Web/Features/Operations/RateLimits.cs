using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace SmeOnboard.Web.Features.Operations;

/// <summary>
/// Slows password guessing and bulk sign-ups: form posts to these pages are limited per client address.
/// Reading the pages is not limited, so a person who mistypes can always see the form again.
/// </summary>
public static class RateLimits
{
    public const string SignIn = "sign-in";
    public const string SignUp = "sign-up";

    public static IServiceCollection AddPortalRateLimits(this IServiceCollection services)
    {
        services.AddOptions<RateLimitOptions>().BindConfiguration(RateLimitOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.OnRejected = async (context, cancellationToken) =>
            {
                context.HttpContext.Response.ContentType = "text/plain; charset=utf-8";
                if (context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter))
                {
                    context.HttpContext.Response.Headers.RetryAfter = ((int)retryAfter.TotalSeconds).ToString(System.Globalization.CultureInfo.InvariantCulture);
                }
                await context.HttpContext.Response.WriteAsync(
                    "Too many attempts from your address. Wait a minute, then try again. / 尝试次数过多，请一分钟后再试。", cancellationToken);
            };
            options.AddPolicy(SignIn, context => PostsPerMinute(context, o => o.SignInPermitsPerMinute));
            options.AddPolicy(SignUp, context => PostsPerMinute(context, o => o.SignUpPermitsPerMinute));
        });
        return services;
    }

    private static RateLimitPartition<string> PostsPerMinute(HttpContext context, Func<RateLimitOptions, int> permits)
    {
        if (!HttpMethods.IsPost(context.Request.Method))
        {
            return RateLimitPartition.GetNoLimiter("reads");
        }
        var limit = permits(context.RequestServices.GetRequiredService<IOptions<RateLimitOptions>>().Value);
        var client = context.Connection.RemoteIpAddress?.ToString() ?? "unknown";
        return RateLimitPartition.GetFixedWindowLimiter(client, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = limit,
            Window = TimeSpan.FromMinutes(1),
            QueueLimit = 0,
        });
    }
}
