using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using SmeOnboard.Core.Features.Devices;

namespace SmeOnboard.Web.Features.Devices;

/// <summary>
/// Readings from devices that cannot speak MQTT: the same payload, checks and limits as the broker, with the device's
/// secret as a bearer token. A wrong or missing token answers like an unknown device (401), so ids cannot be probed.
/// </summary>
internal static class DeviceIngestEndpoint
{
    public const string RateLimitPolicy = "device-ingest";

    public static async Task<Results<Accepted, UnauthorizedHttpResult, ProblemHttpResult>> Post(
        string deviceId, HttpRequest request, DeviceStore devices, DeviceIngest ingest, IOptions<DeviceOptions> options, TimeProvider clock, CancellationToken cancellationToken)
    {
        var header = request.Headers.Authorization.ToString();
        var token = header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) ? header["Bearer ".Length..].Trim() : null;
        var row = DeviceIds.IsValid(deviceId) && token is not null ? await devices.FindForSignInAsync(deviceId, cancellationToken) : null;
        if (row is null || !DeviceSecrets.Matches(token, row.SecretHash))
            return TypedResults.Unauthorized();
        var device = KnownDevice.Of(row);
        var limit = options.Value.MaxPayloadBytes;
        var body = await ReadUpToAsync(request.Body, limit + 1, cancellationToken);
        var rejection = body.Length > limit
            ? ingest.Refuse(device, new DeviceRejection(clock.GetUtcNow(), RejectionCode.TooLarge, $"More than {limit} bytes."))
            : ingest.Accept(device, DeviceTopics.Readings(row.OrgId, row.Id), body);
        if (rejection is null)
            return TypedResults.Accepted((string?)null);
        var status = rejection.Code switch
        {
            RejectionCode.TooLarge => StatusCodes.Status413PayloadTooLarge,
            RejectionCode.Busy => StatusCodes.Status503ServiceUnavailable,
            _ => StatusCodes.Status400BadRequest,
        };
        return TypedResults.Problem(new ProblemDetails { Status = status, Title = $"The reading was refused: {rejection.Code}.", Detail = rejection.Detail });
    }

    private static async Task<byte[]> ReadUpToAsync(Stream body, int max, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[8192];
        int read;
        while (buffer.Length < max && (read = await body.ReadAsync(chunk.AsMemory(0, (int)Math.Min(chunk.Length, max - buffer.Length)), cancellationToken)) > 0)
            buffer.Write(chunk, 0, read);
        return buffer.ToArray();
    }
}
