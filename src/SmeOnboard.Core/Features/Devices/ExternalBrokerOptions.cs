using System.ComponentModel.DataAnnotations;

namespace SmeOnboard.Core.Features.Devices;

/// <summary>Where the external broker is and how the portal signs in to it.</summary>
public sealed class ExternalBrokerOptions
{
    [Required]
    public string Host { get; set; } = "";

    [Range(1, 65535)]
    public int Port { get; set; } = 1883;

    public string? UserName { get; set; }

    public string? Password { get; set; }

    public string ClientId { get; set; } = "smeonboard-portal";
}
