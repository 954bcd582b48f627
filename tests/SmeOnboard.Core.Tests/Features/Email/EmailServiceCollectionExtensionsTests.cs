using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using SmeOnboard.Core.Features.Email;

namespace SmeOnboard.Core.Tests.Features.Email;

public sealed class EmailServiceCollectionExtensionsTests
{
    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void Without_an_smtp_host_mail_goes_to_the_pickup_folder(string? host)
    {
        using var services = Build(new() { ["Email:Smtp:Host"] = host });

        Assert.IsType<PickupFolderMailSender>(services.GetRequiredService<IMailSender>());
    }

    [Fact]
    public void With_an_smtp_host_mail_goes_through_smtp()
    {
        using var services = Build(new() { ["Email:Smtp:Host"] = "smtp.example.test", ["Email:Smtp:Port"] = "2525" });

        Assert.IsType<SmtpMailSender>(services.GetRequiredService<IMailSender>());
        var options = services.GetRequiredService<IOptions<EmailOptions>>().Value;
        Assert.Equal(("smtp.example.test", 2525), (options.Smtp.Host, options.Smtp.Port));
    }

    [Fact]
    public void Settings_are_bound_from_the_email_section()
    {
        using var services = Build(new() { ["Email:FromAddress"] = "hello@portal.example", ["Email:FromName"] = "Portal", ["Email:PickupFolder"] = "/tmp/mail" });

        var options = services.GetRequiredService<IOptions<EmailOptions>>().Value;

        Assert.Equal(("hello@portal.example", "Portal", "/tmp/mail"), (options.FromAddress, options.FromName, options.PickupFolder));
    }

    [Fact]
    public void A_sender_address_that_is_no_email_address_is_refused()
    {
        using var services = Build(new() { ["Email:FromAddress"] = "not an address" });

        var refusal = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<EmailOptions>>().Value);
        Assert.Contains(nameof(EmailOptions.FromAddress), refusal.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_smtp_port_out_of_range_is_refused()
    {
        using var services = Build(new() { ["Email:Smtp:Host"] = "smtp.example.test", ["Email:Smtp:Port"] = "0" });

        var refusal = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<EmailOptions>>().Value);
        Assert.Contains(nameof(SmtpOptions.Port), refusal.Message, StringComparison.Ordinal);
    }

    private static ServiceProvider Build(Dictionary<string, string?> settings)
    {
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(settings).Build());
        services.AddSingleton(TimeProvider.System);
        services.AddEmail();
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
    }
}
