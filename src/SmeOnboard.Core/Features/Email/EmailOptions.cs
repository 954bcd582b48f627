using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Options;

namespace SmeOnboard.Core.Features.Email;

/// <summary>How the portal sends email: to a local pickup folder (the embedded default) or through SMTP.</summary>
public sealed class EmailOptions
{
    public const string Section = "Email";

    [Required, EmailAddress]
    public string FromAddress { get; set; } = "no-reply@smeonboard.local";

    [Required]
    public string FromName { get; set; } = "SmeOnboard";

    /// <summary>Where messages are written when no SMTP host is configured; relative paths are under the repository root.</summary>
    [Required]
    public string PickupFolder { get; set; } = "data/mail";

    /// <summary>Validated with the rest: data-annotation validation does not look inside nested objects unless told to.</summary>
    [ValidateObjectMembers]
    public SmtpOptions Smtp { get; set; } = new();

    public bool UsesSmtp => !string.IsNullOrWhiteSpace(Smtp.Host);
}

public sealed class SmtpOptions
{
    public string Host { get; set; } = "";

    [Range(1, 65535)]
    public int Port { get; set; } = 587;

    public string UserName { get; set; } = "";

    public string Password { get; set; } = "";

    public bool UseStartTls { get; set; } = true;
}
